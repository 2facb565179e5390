/**
 * Every internal address of the site, computed from ids: pages, sections and the published files.
 * Links, the navbar, the footer, the sidebar and the browser tests all come from here, so a page is
 * added or moved in one place. Paths are without the base URL. An address that holds a page's state
 * (the finder's query, a loop check's answers) is written beside its reader, in src/lib/finderParams.ts
 * and src/lib/checkLink.ts, so each format is typed once.
 */
import type { ArcId } from './arcs';
import { countWord } from './format';
import { FRAMEWORK_IDS, type FrameworkId } from './frameworks';
import { DORA_METRIC_IDS, GUIDED_MEASURE_IDS, SPACE_DIMENSION_IDS, type GuidedMeasureId } from './measureIds';
import { esspZones, metricsOfZone } from './measures';
import { PHASE_IDS, type PhaseId } from './phases';
import { ROLE_GROUP_IDS, type RoleGroupId } from './roleGroups';
import { pageNames } from './site';

/** Where the docs plugin serves docs/: a doc's path is this plus its id. */
const DOCS_BASE = '/docs';
export const docPath = (docId: string): string => `${DOCS_BASE}/${docId}`;

/** Folders under docs/ whose pages each present one item of the model. */
export const PHASES_DIR = 'phases';
export const FRAMEWORKS_DIR = 'frameworks';
export const ROLES_DIR = 'roles';
export const METRICS_DIR = 'metrics';

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

/** A metric's or SPACE dimension's guide: docs/metrics/<id>.mdx, at /docs/metrics/<id>. */
export const metricDocId = (measure: GuidedMeasureId): string => `${METRICS_DIR}/${measure}`;
export const metricPath = (measure: GuidedMeasureId): string => docPath(metricDocId(measure));
/** Whether a measure has a guide page: every metric and SPACE dimension; ESSP's zones group metrics that do. */
export const hasGuide = (id: string): id is GuidedMeasureId => (GUIDED_MEASURE_IDS as readonly string[]).includes(id);

/**
 * A folder under docs/ whose every page presents one item of the model, named by the page's id:
 * docs/phases/build.mdx presents the phase "build". `itemOf` reads a doc id; a doc in the folder whose
 * id has no item throws, naming the page and the ids there are, so a misnamed page fails the build.
 */
function itemFolder<const Kind extends string, const Id extends string>(
  kind: Kind,
  dir: string,
  ids: readonly Id[],
  /** What the id names, in the error, and the module that defines the ids. */
  about: { readonly noun: string; readonly definedIn: string },
) {
  const isId = (value: string): value is Id => (ids as readonly string[]).includes(value);
  return {
    kind,
    dir,
    ids,
    itemOf(docId: string): { readonly kind: Kind; readonly id: Id } | undefined {
      if (!docId.startsWith(`${dir}/`)) return undefined;
      const id = docId.slice(dir.length + 1);
      if (!isId(id)) {
        throw new Error(
          `docs/${docId}.mdx presents ${about.noun} "${id}", which is not in ${about.definedIn}. Add it there, or name the page after one of: ${ids.join(', ')}.`,
        );
      }
      return { kind, id };
    },
  };
}

/** The folders of item pages. */
export const docItemFolders = [
  itemFolder('phase', PHASES_DIR, PHASE_IDS, { noun: 'phase', definedIn: 'src/data/phases.ts' }),
  itemFolder('role', ROLES_DIR, ROLE_GROUP_IDS, { noun: 'role group', definedIn: 'src/data/roleGroups.ts' }),
  itemFolder('metric', METRICS_DIR, GUIDED_MEASURE_IDS, { noun: 'metric', definedIn: 'GUIDED_MEASURE_IDS in src/data/measureIds.ts' }),
] as const;

/** The item a page presents: `{ kind: 'phase', id: 'build' }` for docs/phases/build.mdx. */
export type DocItem = NonNullable<ReturnType<(typeof docItemFolders)[number]['itemOf']>>;
export type DocItemKind = DocItem['kind'];
/** The id of an item of one kind: `DocItemId<'phase'>` is `PhaseId`. */
export type DocItemId<Kind extends DocItemKind> = Extract<DocItem, { kind: Kind }>['id'];

/** The item a doc presents, from its id ("phases/build"); undefined for a doc outside the item folders. */
export function itemOfDoc(docId: string): DocItem | undefined {
  for (const folder of docItemFolders) {
    const item = folder.itemOf(docId);
    if (item !== undefined) return item;
  }
  return undefined;
}

/** The folder under docs/ of an item kind's pages: "phases" for 'phase'. */
export function docItemDir(kind: DocItemKind): string {
  const folder = docItemFolders.find((candidate) => candidate.kind === kind);
  if (folder === undefined) throw new Error(`No folder of item pages for "${kind}".`);
  return folder.dir;
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
  /** DORA's five figures from a team's own delivery records, computed in the browser. */
  measure: '/measure',
  /** The six phase guides on one page, in loop order, for print. */
  printGuide: '/print',
  /** The whole model as JSON, its JSON Schema, and its mappings as CSV (src/plugins/publishModel.ts). */
  publishedModel: '/value-delivery-loop.json',
  modelSchema: '/value-delivery-loop.schema.json',
  mappingCsv: '/value-delivery-loop.csv',
  /** The JSON Schema of /measure's record files (src/plugins/measureSchema.ts). */
  measureSchema: '/measure-records.schema.json',
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

/** A group of pages inside a sidebar category; `groups`, when given, nest it further (and hold all of `docIds`). */
export interface GuideGroup {
  readonly label: string;
  /** Every page in the group, in reading order, nested groups included. */
  readonly docIds: readonly string[];
  readonly groups?: readonly GuideGroup[];
}

/**
 * An entry of the guide's sidebar: a doc id, or a category of doc ids (with a page of its own, or none).
 * `docIds` always lists all its pages; `groups`, where given, is how the sidebar nests them.
 */
export type GuideEntry = string | (GuideGroup & { readonly indexDocId?: string });

const group = (label: string, groups: readonly GuideGroup[]): GuideGroup => ({ label, docIds: groups.flatMap((g) => g.docIds), groups });

/** The metric guides: DORA's metrics, ESSP's metrics under their zones, SPACE's dimensions. */
const metricGroups: readonly GuideGroup[] = [
  { label: 'DORA metrics', docIds: DORA_METRIC_IDS.map(metricDocId) },
  group(
    'ESSP metrics',
    esspZones.map((zone) => ({ label: zone.name, docIds: metricsOfZone(zone.id).map((metric) => metricDocId(metric.id)) })),
  ),
  { label: 'SPACE dimensions', docIds: SPACE_DIMENSION_IDS.map(metricDocId) },
];

/** The guide's sidebar in reading order; sidebars.ts turns it into Docusaurus's format. */
export const guideOutline: readonly GuideEntry[] = [
  docIds.overview,
  { label: `The ${countWord(PHASE_IDS.length)} phases`, docIds: PHASE_IDS.map(phaseDocId) },
  docIds.feedbackArcs,
  { label: 'Metric frameworks', docIds: FRAMEWORK_IDS.map(frameworkDocId) },
  group('Metrics', metricGroups),
  { label: pageNames.roles.title, indexDocId: docIds.roles, docIds: ROLE_GROUP_IDS.map(roleDocId) },
  docIds.embed,
  docIds.sources,
];

/** Every page of the site: the home page, the guide in sidebar order, then the other pages. */
export const pagePaths: readonly string[] = [
  paths.home,
  ...guideOutline.flatMap((entry) => (typeof entry === 'string' ? [entry] : [...(entry.indexDocId ? [entry.indexDocId] : []), ...entry.docIds])).map(docPath),
  paths.finder,
  paths.check,
  paths.measure,
  paths.printGuide,
];
