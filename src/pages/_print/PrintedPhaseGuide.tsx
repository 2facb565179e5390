import PhaseArcs from '@site/src/components/PhaseArcs';
import PhaseDiagram from '@site/src/components/PhaseDiagram';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import PhaseFacet from '@site/src/components/PhaseFacet';
import PhaseIntro from '@site/src/components/PhaseIntro';
import PhaseMetrics from '@site/src/components/PhaseMetrics';
import PhaseNav from '@site/src/components/PhaseNav';
import SiteLink from '@site/src/components/SiteLink';
import { PHASE_IDS } from '@site/src/data';
import WhatToTry from '@site/src/components/WhatToTry';
import { phasePractices } from '@site/src/data/practices';

/**
 * One phase's guide as docs/phases/_guide.mdx lays it out, built from the same components and the
 * model, for /print. The phase comes from the DocItemProvider around it. The headings sit one level
 * lower (under the phase's own h2) and have no ids: six guides on one page would repeat each id six
 * times. The MDX keeps its headings as Markdown, for the page's table of contents; a test checks that
 * both list the same sections in the same order.
 */
export default function PrintedPhaseGuide() {
  // The loop is described in words, and the loop check offered, once on the page: in the first guide.
  const phase = useCurrentPhase('PrintedPhaseGuide');
  const isFirst = phase.id === PHASE_IDS[0];
  return (
    <>
      <PhaseIntro />
      <PhaseDiagram describe={isFirst} />
      <h3>What happens</h3>
      <PhaseFacet facet="whatHappens" />
      <h3>Key artifacts</h3>
      <PhaseFacet facet="keyArtifacts" />
      <h3>Who is involved</h3>
      <PhaseFacet facet="people" />
      <h3>What can go wrong</h3>
      <PhaseFacet facet="failureModes" />
      {isFirst && (
        <p>
          Is your team running into these? The <SiteLink to="check">loop check</SiteLink> asks about each of them, and
          about every feedback arc, and shows where your loop is stuck.
        </p>
      )}
      <h3>What to try</h3>
      <WhatToTry level={4} practices={phasePractices(phase.id)} />
      <h3>Metrics for this phase</h3>
      <PhaseMetrics />
      <h3>Where HVE-Core helps</h3>
      <PhaseFacet facet="hveCoreHelps" />
      <h3>Feedback arcs</h3>
      <PhaseArcs />
      <PhaseNav />
    </>
  );
}
