import MDXComponents from '@theme-original/MDXComponents';
import Count from '@site/src/components/Count';
import LoopDiagram from '@site/src/components/LoopDiagram';
import MappingTable from '@site/src/components/MappingTable';
import PhaseLink from '@site/src/components/PhaseLink';
import SiteLink from '@site/src/components/SiteLink';

// Components used across many pages are registered once; one-off components are imported where used.
export default {
  ...MDXComponents,
  Count,
  LoopDiagram,
  MappingTable,
  PhaseLink,
  SiteLink,
};
