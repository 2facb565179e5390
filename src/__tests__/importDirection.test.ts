// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import-direction rules of .ci/eslint.config.mjs, run through ESLint itself on snippets that
// stand in for files at the given paths (the files need not exist).
const eslint = new ESLint({ overrideConfigFile: '.ci/eslint.config.mjs' });

/** The restricted-import errors ESLint reports for `import { x } from '<source>'` in `filePath`. */
async function directionErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${source}';\nexport { x };\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('an import against the arrow fails lint', () => {
  it.each([
    ['src/data/phases.ts', '../lib/checkScore'],
    ['src/data/phases.ts', '@site/src/lib/checkScore'],
    ['src/data/__tests__/phases.test.ts', '../../components/PhaseNav'],
    ['src/data/phases.ts', 'react'],
    ['src/data/routes.ts', '@docusaurus/Link'],
    ['src/lib/loopSvg.ts', '@site/src/components/LoopDiagram'],
    ['src/lib/__tests__/publishedModel.test.ts', '../../plugins/publishModel'],
    ['src/lib/mermaid.ts', '@docusaurus/useBaseUrl'],
    ['src/components/PhaseNav/index.tsx', '@site/src/pages/check/_components/Announce'],
    ['src/components/PhaseNav/index.tsx', '@site/src/theme/DocItem/Content'],
    ['src/hooks/useSomething.ts', '../pages/metrics/_components/MetricFinder'],
    ['src/pages/print.tsx', '@site/docs/phases/build.mdx'],
    ['src/theme/DocItem/Content/index.tsx', '@site/src/pages/index'],
    ['docusaurus.config.ts', './src/lib/prismContrast'],
    ['sidebars.ts', './src/plugins/markdownCopies'],
    ['e2e/check.spec.ts', '../src/lib/checkLink'],
  ])('%s importing %s', async (filePath, source) => {
    expect(await directionErrors(filePath, source)).toHaveLength(1);
  });
});

describe('an import along the arrow passes', () => {
  it.each([
    ['src/data/index.ts', './phases'],
    ['src/lib/loopSvg.ts', '../data'],
    ['src/lib/__tests__/checkLink.test.ts', '../../data/check'],
    ['src/components/PhaseNav/index.tsx', '@site/src/lib/loopLayout'],
    ['src/components/PhaseNav/index.tsx', '@theme/Heading'],
    ['src/pages/metrics/index.tsx', '@site/src/components/PhaseLink'],
    ['src/plugins/loopImages.ts', '../lib/loopSvg'],
    ['docusaurus.config.ts', './src/data'],
    ['docusaurus.config.ts', './src/plugins/loopImages'],
    ['sidebars.ts', './src/data'],
    ['e2e/print.spec.ts', '../src/data'],
  ])('%s importing %s', async (filePath, source) => {
    expect(await directionErrors(filePath, source)).toEqual([]);
  });
});

describe('pages ship only the texts they show', () => {
  it('only /check imports the loop check’s statements and the modules that read them', async () => {
    expect(await directionErrors('src/pages/metrics/index.tsx', '@site/src/data/check')).toHaveLength(1);
    expect(await directionErrors('src/pages/index.tsx', '@site/src/lib/checkScore')).toHaveLength(1);
    expect(await directionErrors('src/components/PhaseMetrics/index.tsx', '@site/src/data/check')).toHaveLength(1);
    expect(await directionErrors('src/pages/check/index.tsx', '@site/src/data/check')).toEqual([]);
    expect(await directionErrors('src/pages/check/_components/CheckForm.tsx', '@site/src/lib/checkScore')).toEqual([]);
  });

  it('the role guide may import the check’s statements alone; other components and pages may not', async () => {
    expect(await directionErrors('src/components/RoleGuide/index.tsx', '@site/src/data/checkStatements')).toEqual([]);
    expect(await directionErrors('src/components/RoleGuide/__tests__/RoleGuide.test.tsx', '../../../data/checkStatements')).toEqual([]);
    expect(await directionErrors('src/components/RoleGuide/index.tsx', '@site/src/data/check')).toHaveLength(1);
    expect(await directionErrors('src/components/RoleGuide/index.tsx', '@site/src/lib/checkScore')).toHaveLength(1);
    expect(await directionErrors('src/components/WhatToTry/index.tsx', '@site/src/data/checkStatements')).toHaveLength(1);
    expect(await directionErrors('src/components/RoleList/index.tsx', '../../data/checkStatements')).toHaveLength(1);
    expect(await directionErrors('src/pages/index.tsx', '@site/src/data/checkStatements')).toHaveLength(1);
    expect(await directionErrors('src/theme/DocItem/Content/index.tsx', '@site/src/data/checkStatements')).toHaveLength(1);
    expect(await directionErrors('src/pages/check/_components/CheckForm.tsx', '@site/src/data/checkStatements')).toEqual([]);
  });

  it('only the role guide and role list components import the role groups’ texts', async () => {
    expect(await directionErrors('src/pages/index.tsx', '@site/src/data/roles')).toHaveLength(1);
    expect(await directionErrors('src/components/PhaseFacet/index.tsx', '@site/src/data/roles')).toHaveLength(1);
    expect(await directionErrors('src/components/RoleGuide/index.tsx', '@site/src/data/roles')).toEqual([]);
    expect(await directionErrors('src/components/RoleList/index.tsx', '@site/src/data/roles')).toEqual([]);
    // The group ids are not the texts: anything may import them.
    expect(await directionErrors('src/pages/index.tsx', '@site/src/data/roleGroups')).toEqual([]);
  });
});
