import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { guideOutline } from './src/data';

// The outline and its loop order come from the model (src/data/routes.ts): reordering phases there
// reorders the sidebar.
const sidebars = {
  guide: guideOutline.map((entry) =>
    typeof entry === 'string'
      ? entry
      : ({
          type: 'category',
          label: entry.label,
          collapsed: false,
          ...(entry.indexDocId ? { link: { type: 'doc' as const, id: entry.indexDocId } } : {}),
          items: [...entry.docIds],
        } as const),
  ),
} satisfies SidebarsConfig;

export default sidebars;
