import type { ReactNode } from 'react';
import Content from '@theme-original/DocItem/Content';
import type { Props } from '@theme/DocItem/Content';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { CurrentPhaseProvider } from '@site/src/components/CurrentPhase';
import { CurrentRoleGroupProvider } from '@site/src/components/CurrentRoleGroup';
import { getPhase, getRoleGroup, phaseOfDoc, roleGroupOfDoc } from '@site/src/data';

/**
 * A page in docs/phases/ presents the phase its id names, and a page in docs/roles/ the role group
 * its id names, so their sections read it from here instead of each taking a prop. An id with no
 * data fails the build, naming the page.
 */
export default function ContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const phaseId = phaseOfDoc(metadata.id);
  const groupId = roleGroupOfDoc(metadata.id);
  return (
    <CurrentPhaseProvider phase={phaseId === undefined ? null : getPhase(phaseId)}>
      <CurrentRoleGroupProvider group={groupId === undefined ? null : getRoleGroup(groupId)}>
        <Content {...props} />
      </CurrentRoleGroupProvider>
    </CurrentPhaseProvider>
  );
}
