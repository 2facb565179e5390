// @vitest-environment node
// Docs pages link to their source only when the build knows the repository (REPOSITORY_URL, set by
// the Pages workflow). The browser suite's build has it set; this covers a build without it.
import { afterEach, describe, expect, it, vi } from 'vitest';

async function docsOptions(repositoryUrl: string | undefined): Promise<Record<string, unknown>> {
  vi.resetModules();
  if (repositoryUrl === undefined) vi.stubEnv('REPOSITORY_URL', '');
  else vi.stubEnv('REPOSITORY_URL', repositoryUrl);
  const { default: config } = await import('../../docusaurus.config');
  const [, options] = (config.presets?.[0] ?? []) as [string, { docs: Record<string, unknown> }];
  return options.docs;
}

afterEach(() => vi.unstubAllEnvs());

describe('edit links', () => {
  it('are left out when no repository address is given', async () => {
    expect((await docsOptions(undefined)).editUrl).toBeUndefined();
  });

  it('point at the main branch of the given repository', async () => {
    expect((await docsOptions('https://github.com/example/loop/')).editUrl).toBe('https://github.com/example/loop/edit/main/');
  });
});
