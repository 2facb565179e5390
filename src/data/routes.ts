/**
 * Every internal address of the site, computed from ids: pages, sections, the finder with its query,
 * and the published files. Links, the navbar, the footer, the sidebar and the browser tests all come
 * from here, so a page is added or moved in one place. Paths are without the base URL.
 */
import type { ArcId } from './arcs';
import { countWord } from './format';
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';
import { isPhaseId, PHASE_IDS, type PhaseId } from './phases';
import { isRoleGroupId, ROLE_GROUP_IDS, type RoleGroupId } from './roleGroups';

/** Where the docs plugin serves docs/: a doc's path is this plus its id. */
const DOCS_BASE = '/docs';
export const docPath = (docId: string): string => `${DOCS_BASE}/${docId}`;

/** Folders under docs/ whose pages each present one item of the model. */
export const PHASES_DIR = 'phases';
export const FRAMEWORKS_DIR = 'frameworks';
export const ROLES_DIR = 'roles';

/** Doc ids (file paths under docs/, without extension) of the guide's other pages. */
export const docIds = {
  overview: 'value-delivery-loop',
  feedbackArcs: 'feedback-arcs',
  embed: 'embed',
  sources: 'sources',
  /** The list of role guides; each guide is a page in docs/roles/. */
  roles: 'roles',
} as const;

export const phaseDocId = (phase: PhaseId): string => `${PHASES_DIR}/${phase}`;
export const frameworkDocId = (framework: FrameworkId): string => `${FRAMEWORKS_DIR}/${framework}`;
export const roleDocId = (group: RoleGroupId): string => `${ROLES_DIR}/${group}`;
export const rolePath = (group: RoleGroupId): string => docPath(roleDocId(group));

export const phasePath = (phase: PhaseId): string => docPath(phaseDocId(phase));

/**
 * The phase a doc presents: "phases/build" → "build"; undefined for a doc outside docs/phases/. A doc
 * in that folder whose id is not a phase throws, naming it, so a misnamed phase page fails the build.
 */
export function phaseOfDoc(docId: string): PhaseId | undefined {
  const prefix = `${PHASES_DIR}/`;
  if (!docId.startsWith(prefix)) return undefined;
  const id = docId.slice(prefix.length);
  if (!isPhaseId(id)) {
    throw new Error(`docs/${docId}.mdx presents phase "${id}", which is not a phase. Use one of: ${PHASE_IDS.join(', ')}.`);
  }
  return id;
}
export const frameworkPath = (framework: FrameworkId): string => docPath(frameworkDocId(framework));

export const paths = {
  home: '/',
  overview: docPath(docIds.overview),
  feedbackArcs: docPath(docIds.feedbackArcs),
  embed: docPath(docIds.embed),
  sources: docPath(docIds.sources),
  roles: docPath(docIds.roles),
  finder: '/metrics',
  /** The loop check: a team rates its loop. */
  check: '/check',
  /** The six phase guides on one page, in loop order, for print. */
  printGuide: '/print',
  /** The whole model as JSON, its JSON Schema, and its mappings as CSV (src/plugins/publishModel.ts). */
  publishedModel: '/value-delivery-loop.json',
  modelSchema: '/value-delivery-loop.schema.json',
  mappingCsv: '/value-delivery-loop.csv',
  /** For AI assistants: the site's pages as a list, and all of their text (src/plugins/markdownCopies.ts). */
  llms: '/llms.txt',
  llmsFull: '/llms-full.txt',
} as const;

/** A drawing of the loop to download (src/plugins/loopImages.ts). */
export const loopImagePath = (mode: 'light' | 'dark', format: 'svg' | 'png'): string => `/img/value-delivery-loop-${mode}.${format}`;

/** The Markdown copy of a page: "/docs/phases/verify" → "/docs/phases/verify.md", "/" → "/index.md". */
export const markdownPath = (pagePath: string): string => (pagePath === '/' ? '/index.md' : `${pagePath}.md`);

/** The section of the feedback-arcs page about one arc; the arc id is the anchor. */
export const arcPath = (arc: ArcId | { readonly id: ArcId }): string =>
  `${paths.feedbackArcs}#${typeof arc === 'string' ? arc : arc.id}`;

/** The metric finder's state in its address. Values are raw: the finder checks them when it reads them. */
export interface FinderQuery {
  readonly q?: string;
  readonly phase?: string;
  readonly framework?: string;
}

/** "?q=MTTR&phase=release", leaving out empty values, so a plain finder address stays plain. */
export function finderSearch({ q = '', phase = '', framework = '' }: FinderQuery): string {
  const params = new URLSearchParams();
  if (q !== '') params.set('q', q);
  if (phase !== '') params.set('phase', phase);
  if (framework !== '') params.set('framework', framework);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** The finder showing a query or filter: `finderPath({ q: 'MTTR' })` → "/metrics?q=MTTR". */
export const finderPath = (query: FinderQuery = {}): string => `${paths.finder}${finderSearch(query)}`;

/** A loop check's answers in its address, as src/lib/checkLink.ts writes them. */
export interface CheckQuery {
  /** The statement list's version. */
  readonly v: string;
  /** One character per statement. */
  readonly a: string;
  /** The DORA figures, when any were given. */
  readonly d?: string;
}

/** The loop check, showing these answers: `checkPath({ v: '1', a: '5…' })` → "/check?v=1&a=5…". */
export function checkPath(query?: CheckQuery): string {
  if (!query) return paths.check;
  const params = new URLSearchParams({ v: query.v, a: query.a });
  if (query.d !== undefined && query.d !== '') params.set('d', query.d);
  return `${paths.check}?${params.toString()}`;
}

/** An entry of the guide's sidebar: a doc id, or a category of doc ids (with a page of its own, or none). */
export type GuideEntry = string | { readonly label: string; readonly indexDocId?: string; readonly docIds: readonly string[] };

/** The guide's sidebar in reading order; sidebars.ts turns it into Docusaurus's format. */
export const guideOutline: readonly GuideEntry[] = [
  docIds.overview,
  { label: `The ${countWord(PHASE_IDS.length)} phases`, docIds: PHASE_IDS.map(phaseDocId) },
  docIds.feedbackArcs,
  { label: 'Metric frameworks', docIds: FRAMEWORK_IDS.map(frameworkDocId) },
  { label: 'Role guides', indexDocId: docIds.roles, docIds: ROLE_GROUP_IDS.map(roleDocId) },
  docIds.embed,
  docIds.sources,
];

/** Every page of the site: the home page, the guide in sidebar order, then the other pages. */
export const pagePaths: readonly string[] = [
  paths.home,
  ...guideOutline.flatMap((entry) => (typeof entry === 'string' ? [entry] : [...(entry.indexDocId ? [entry.indexDocId] : []), ...entry.docIds])).map(docPath),
  paths.finder,
  paths.check,
  paths.printGuide,
];

/**
 * The role group a doc presents: "roles/security" → "security"; undefined outside docs/roles/. A doc
 * in that folder whose id is not a role group throws, naming it, so the build fails.
 */
export function roleGroupOfDoc(docId: string): RoleGroupId | undefined {
  const prefix = `${ROLES_DIR}/`;
  if (!docId.startsWith(prefix)) return undefined;
  const id = docId.slice(prefix.length);
  if (!isRoleGroupId(id)) {
    throw new Error(`docs/${docId}.mdx presents role group "${id}", which has no data. Add it to src/data/roleGroups.ts or use one of: ${ROLE_GROUP_IDS.join(', ')}.`);
  }
  return id;
}
