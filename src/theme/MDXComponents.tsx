import MDXComponents from '@theme-original/MDXComponents';
import Count from '@site/src/components/Count';
import LoopDiagram from '@site/src/components/LoopDiagram';
import MappingTable from '@site/src/components/MappingTable';
import PhaseArcs from '@site/src/components/PhaseArcs';
import PhaseFacet from '@site/src/components/PhaseFacet';
import PhaseLink from '@site/src/components/PhaseLink';
import PhaseMetrics from '@site/src/components/PhaseMetrics';
import PhaseNav from '@site/src/components/PhaseNav';

// Components used across many pages are registered once; one-off components are imported where used.
// Phase pages are six copies of one outline, so their section components are registered too.
export default {
  ...MDXComponents,
  Count,
  LoopDiagram,
  MappingTable,
  PhaseArcs,
  PhaseFacet,
  PhaseLink,
  PhaseMetrics,
  PhaseNav,
};
