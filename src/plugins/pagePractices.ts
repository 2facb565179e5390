import type { Plugin } from '@docusaurus/types';
import { PHASE_IDS } from '../data';
import { arcPractices, phasePractices, rolePractices } from '../data/practices';
import { ROLE_GROUP_IDS } from '../data/roleGroups';

/** The plugin's name: its files are imported as `@generated/page-practices/default/<file>`. */
export const PAGE_PRACTICES_PLUGIN = 'page-practices';

/**
 * The module a page imports: `phase-<id>.json` for a phase guide, `arcs.json` for the feedback arcs
 * page, `role-<id>.json` for a role guide.
 */
export const pagePracticesFiles = (): Record<string, unknown> => ({
  ...Object.fromEntries(PHASE_IDS.map((phase) => [`phase-${phase}.json`, phasePractices(phase)])),
  ...Object.fromEntries(ROLE_GROUP_IDS.map((group) => [`role-${group}.json`, rolePractices(group)])),
  'arcs.json': arcPractices(),
});

/**
 * Writes, for each page that shows practices from the data, the practices it shows, as a JSON module
 * its MDX imports (`import practices from '@generated/page-practices/default/phase-verify.json'`). A page
 * then ships its own practices rather than the whole catalogue in src/data/practices.ts, which
 * only /print and /check, which show practices from every phase, load.
 */
export default function pagePracticesPlugin(): Plugin {
  return {
    name: PAGE_PRACTICES_PLUGIN,
    async contentLoaded({ actions }) {
      await Promise.all(Object.entries(pagePracticesFiles()).map(([file, data]) => actions.createData(file, JSON.stringify(data))));
    },
  };
}
