import MDXComponents from '@theme-original/MDXComponents';
import LoopDiagram from '@site/src/components/LoopDiagram';
import MappingTable from '@site/src/components/MappingTable';
import PhaseMetrics from '@site/src/components/PhaseMetrics';
import PhaseGuide from '@site/src/components/PhaseGuide';

// The components every docs page uses, registered once so MDX files need no imports.
export default {
  ...MDXComponents,
  LoopDiagram,
  MappingTable,
  PhaseMetrics,
  PhaseGuide,
};
