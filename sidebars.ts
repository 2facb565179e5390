import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { guideOutline, type GuideGroup } from './src/data';

type Item = string | { type: 'category'; label: string; collapsed: boolean; link?: { type: 'doc'; id: string }; items: Item[] };

/** A group's pages, nested as its `groups` say; nested groups start collapsed, so the sidebar stays short. */
const itemsOf = (entry: GuideGroup): Item[] =>
  entry.groups === undefined
    ? [...entry.docIds]
    : entry.groups.map((group) => ({ type: 'category', label: group.label, collapsed: true, items: itemsOf(group) }));

// The outline and its loop order come from the model (src/data/routes.ts): reordering phases there
// reorders the sidebar.
const sidebars = {
  guide: guideOutline.map(
    (entry): Item =>
      typeof entry === 'string'
        ? entry
        : {
            type: 'category',
            label: entry.label,
            collapsed: false,
            ...(entry.indexDocId ? { link: { type: 'doc' as const, id: entry.indexDocId } } : {}),
            items: itemsOf(entry),
          },
  ),
} satisfies SidebarsConfig;

export default sidebars;
