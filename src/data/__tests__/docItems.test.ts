import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docItemFolders, getMeasure, getPhase, guideTitle, itemOfDoc, phaseLabel, type DocItem } from '..';
import { getRoleGroup } from '../roles';

const docsDir = path.resolve(__dirname, '../../../docs');

/** The title an item's page must have. A new kind of item page fails to compile here until it has one. */
function titleOf(item: DocItem): string {
  switch (item.kind) {
    case 'phase':
      return phaseLabel(getPhase(item.id));
    case 'role':
      return getRoleGroup(item.id).name;
    case 'metric':
      return guideTitle(getMeasure(item.id));
  }
}

/** The front matter's plain, 'single-quoted' or "double-quoted" one-line values. */
function frontMatter(source: string): Record<string, string> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(source)?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const match = /^([\w-]+):\s*(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    const raw = match[2].trim();
    fields[match[1]] = raw.startsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
  }
  return fields;
}

/** Each page of a folder, as the docs plugin names it: the folder, then the front matter's id or the file name. */
const pagesIn = (dir: string) =>
  readdirSync(path.join(docsDir, dir))
    // Files starting with "_" are partials (a shared outline), not pages.
    .filter((file) => /\.mdx?$/.test(file) && !file.startsWith('_'))
    .map((file) => {
      const fields = frontMatter(readFileSync(path.join(docsDir, dir, file), 'utf8'));
      return { file: `docs/${dir}/${file}`, docId: `${dir}/${fields.id ?? file.replace(/\.mdx?$/, '')}`, title: fields.title };
    });

describe('the item a doc presents', () => {
  it.each([
    ['phases/verify', { kind: 'phase', id: 'verify' }],
    ['roles/platform-operations', { kind: 'role', id: 'platform-operations' }],
    ['metrics/dora-change-lead-time', { kind: 'metric', id: 'dora-change-lead-time' }],
    ['metrics/essp-ai-leverage', { kind: 'metric', id: 'essp-ai-leverage' }],
    ['frameworks/dora', undefined],
    ['roles', undefined],
    ['value-delivery-loop', undefined],
  ])('%s', (docId, item) => {
    expect(itemOfDoc(docId)).toEqual(item);
  });

  it.each([
    ['phases/deploy', 'docs/phases/deploy.mdx presents phase "deploy", which is not in src/data/phases.ts. Add it there, or name the page after one of: discover, shape, build, verify, release, learn.'],
    // An ESSP zone is a group of metrics, not a metric with a page.
    ['metrics/essp-velocity', /^docs\/metrics\/essp-velocity\.mdx presents metric "essp-velocity", which is not in GUIDED_MEASURE_IDS in src\/data\/measureIds\.ts\. /],
    ['metrics/lead-time', /^docs\/metrics\/lead-time\.mdx presents metric "lead-time", which is not in GUIDED_MEASURE_IDS/],
    ['roles/marketing', /^docs\/roles\/marketing\.mdx presents role group "marketing", which is not in src\/data\/roleGroups\.ts\. .*: product-leadership, /],
  ])('%s fails the build, naming the page and what it may be named', (docId, message) => {
    expect(() => itemOfDoc(docId)).toThrow(message);
  });
});

describe.each(docItemFolders.map((folder) => ({ ...folder, pages: pagesIn(folder.dir) })))('docs/$dir/', ({ dir, ids, pages }) => {
  it('has a page for every id, and no page without one', () => {
    expect(pages.map((page) => page.docId).sort()).toEqual(ids.map((id) => `${dir}/${id}`).sort());
  });

  it.each(pages)('$file is titled with its item’s name', ({ docId, title }) => {
    const item = itemOfDoc(docId);
    if (item === undefined) throw new Error(`${docId} presents no item`);
    expect(title).toBe(titleOf(item));
  });
});
