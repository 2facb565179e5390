import { arcs, frameworks, loop, metrics, phases, unmappedTerms, type FrameworkId, type PhaseId } from '../data';

export const SCHEMA_VERSION = 1;

/** The shape of /value-delivery-loop.json. */
export interface PublishedModel {
  schemaVersion: typeof SCHEMA_VERSION;
  title: string;
  status: string;
  source: { title: string; url: string };
  phases: {
    id: PhaseId;
    number: number;
    numeral: string;
    name: string;
    shortName: string;
    summary: string;
    whatHappens: string[];
    keyArtifacts: string[];
    people: string[];
    peopleNote?: string;
    risks: string[];
    metricCallouts: { metric: string; note?: string }[];
    metricsNote?: string;
    hveCoreHelps: string[];
    hveCoreOutlook?: string;
    tip?: string;
  }[];
  arcs: { id: string; from: PhaseId; to: PhaseId; kind: 'forward' | 'feedback'; label: string; whyItMatters: string; isMostImportant: boolean }[];
  frameworks: { id: FrameworkId; name: string; fullName: string; about: string; sources: { title: string; url: string; published: string }[] }[];
  metrics: {
    id: string;
    framework: FrameworkId;
    name: string;
    currentName?: string;
    fullName?: string;
    measures: string;
    definition: string;
    aliases: string[];
    phases: PhaseId[];
    perPhase: Partial<Record<PhaseId, string>>;
    sourceUrl: string;
  }[];
  unmappedTerms: { terms: string[]; explanation: string; seeAlso: string[] }[];
}

/** The whole model as plain JSON, built from src/data only. */
export function toPublishedModel(): PublishedModel {
  return {
    schemaVersion: SCHEMA_VERSION,
    title: loop.title,
    status: loop.draftNotice,
    source: { title: loop.source.title, url: loop.source.url },
    phases: phases.map((p) => ({
      id: p.id,
      number: p.number,
      numeral: p.numeral,
      name: p.name,
      shortName: p.shortName,
      summary: p.summary,
      whatHappens: [...p.whatHappens],
      keyArtifacts: [...p.keyArtifacts],
      people: [...p.people],
      ...(p.peopleNote ? { peopleNote: p.peopleNote } : {}),
      risks: [...p.risks],
      metricCallouts: p.metricCallouts.map((c) => ({ metric: c.metric, ...(c.note ? { note: c.note } : {}) })),
      ...(p.metricsNote ? { metricsNote: p.metricsNote } : {}),
      hveCoreHelps: [...p.hveCoreHelps],
      ...(p.hveCoreOutlook ? { hveCoreOutlook: p.hveCoreOutlook } : {}),
      ...(p.tip ? { tip: p.tip } : {}),
    })),
    arcs: arcs.map((a) => ({ ...a })),
    frameworks: frameworks.map((f) => ({
      id: f.id,
      name: f.name,
      fullName: f.fullName,
      about: f.about,
      sources: f.sources.map((s) => ({ ...s })),
    })),
    metrics: metrics.map((m) => ({
      id: m.id,
      framework: m.framework,
      name: m.name,
      ...(m.framework === 'dora' ? { currentName: m.currentName } : {}),
      ...(m.framework === 'space' ? { fullName: m.fullName } : {}),
      measures: m.measures,
      definition: m.definition,
      aliases: [...m.aliases],
      phases: [...m.phases],
      perPhase: { ...m.perPhase },
      sourceUrl: m.sourceUrl,
    })),
    unmappedTerms: unmappedTerms.map((t) => ({ terms: [...t.terms], explanation: t.explanation, seeAlso: [...t.seeAlso] })),
  };
}
