import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type { Props } from '@theme/DocItem/Content';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { CurrentPhaseProvider } from '@site/src/components/CurrentPhase';
import { getPhase, phaseOfDoc } from '@site/src/data';

/**
 * A page in docs/phases/ presents the phase its id names, so the sections of its guide read the phase
 * from here instead of each taking a `phase` prop. An id that is not a phase fails the build.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const phaseId = phaseOfDoc(metadata.id);
  return (
    <CurrentPhaseProvider phase={phaseId === undefined ? null : getPhase(phaseId)}>
      <Content {...props} />
    </CurrentPhaseProvider>
  );
}
