import { createContext, useContext, type ReactNode } from 'react';
import type { RoleGroup } from '@site/src/data';

const CurrentRoleGroupContext = createContext<RoleGroup | null>(null);

/** Gives a role guide its group: src/theme/DocItem/Content does it for pages in docs/roles/. */
export function CurrentRoleGroupProvider({ group, children }: { group: RoleGroup | null; children: ReactNode }) {
  return <CurrentRoleGroupContext.Provider value={group}>{children}</CurrentRoleGroupContext.Provider>;
}

/** The role group of the guide being rendered; `component` names the caller in the error outside one. */
export function useCurrentRoleGroup(component: string): RoleGroup {
  const group = useContext(CurrentRoleGroupContext);
  if (group === null) {
    throw new Error(`${component} shows a role guide: use it on a page in docs/roles/, or inside a CurrentRoleGroupProvider.`);
  }
  return group;
}
