import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { FRAMEWORK_IDS, PHASE_IDS } from './src/data';

// Loop order comes from the model, so reordering phases there reorders the sidebar.
const sidebars = {
  guide: [
    'value-delivery-loop',
    {
      type: 'category',
      label: 'The six phases',
      collapsed: false,
      items: PHASE_IDS.map((id) => `phases/${id}`),
    },
    'feedback-arcs',
    {
      type: 'category',
      label: 'Metric frameworks',
      collapsed: false,
      items: FRAMEWORK_IDS.map((id) => `frameworks/${id}`),
    },
    'embed',
    'sources',
  ],
} satisfies SidebarsConfig;

export default sidebars;
