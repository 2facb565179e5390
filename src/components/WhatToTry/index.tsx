import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useCurrentPhase } from '@site/src/components/CurrentPhase';
import { getMeasure, metricPath, type GuidedMeasureId } from '@site/src/data';
// Types only: a page passes the practices it shows (made at build time, src/plugins/pagePractices.ts),
// so this component never loads the whole catalogue.
import type { PhasePractices, Practice, WhatToTry as WhatToTryEntry } from '@site/src/data/practices';
import { sourceKinds, type PracticeSource } from '@site/src/data/practiceSources';
import styles from './styles.module.css';

/** The one line every page with practices says once: whose selection this is. */
export const SELECTION_NOTE =
  'The practices below are this site’s selection, drawn from the articles linked with each; the first steps are in the site’s own words, not the articles’.';

export function SelectionNote() {
  return <p className={styles.note}>{SELECTION_NOTE}</p>;
}

/** A source as the practices name it: "Continuous integration (DORA capability article)". */
export function SourceLink({ source }: { source: PracticeSource }) {
  const kind = sourceKinds[source.kind];
  return (
    <>
      <a href={source.url}>{source.title}</a> ({kind.name}
      {source.part === undefined ? '' : `, ${source.part}`})
    </>
  );
}

/** A link to a metric's guide, by the metric's name. */
export function MetricGuideLink({ measure }: { measure: GuidedMeasureId }) {
  return <Link to={metricPath(measure)}>{getMeasure(measure).name}</Link>;
}

function PracticeItem({ practice, compact }: { practice: Practice; compact: boolean }) {
  const { evidence } = practice;
  return (
    <li className={styles.practice}>
      <p>
        <strong>{practice.name}.</strong> <span className={styles.firstStep}>{practice.firstStep}</span>
      </p>
      <p className={styles.detail}>
        From <SourceLink source={practice.source} />.
      </p>
      {!compact && evidence !== undefined && (
        <p className={`${styles.detail} ${styles.evidence}`}>
          How to tell it is working: {evidence.signal}
          {evidence.measure !== undefined && (
            <>
              {' '}
              The metric to watch: <MetricGuideLink measure={evidence.measure} />.
            </>
          )}
        </p>
      )}
    </li>
  );
}

interface ListProps {
  whatToTry: WhatToTryEntry;
  /** What the list is for, as its accessible name: "What to try: ④ …". */
  label: string;
  /** Leave out "how to tell it is working" (the check's team list, where space is short). */
  compact?: boolean;
  /** Printed, show each practice by its name and source only (the check's report, which keeps to two pages). */
  printNamesOnly?: boolean;
}

/**
 * The practices for one failure mode or arc, each with its source and how to tell it is working; or,
 * where the site knows of none, a plain statement saying so and the nearest reading, as such.
 */
export function PracticeList({ whatToTry, label, compact = false, printNamesOnly = false }: ListProps) {
  if (whatToTry.kind === 'none-known') {
    return (
      <div className={styles.noneKnown} role="group" aria-label={label}>
        <p>
          <strong>The site knows of no sourced practice for this.</strong> {whatToTry.note}
        </p>
        {whatToTry.nearest !== undefined && whatToTry.nearest.length > 0 && (
          <p className={styles.detail}>
            Nearest reading, which does not address it directly:{' '}
            {whatToTry.nearest.map((source, i) => (
              <span key={source.url}>
                {i > 0 && '; '}
                <SourceLink source={source} />
              </span>
            ))}
            .
          </p>
        )}
      </div>
    );
  }
  return (
    <ul className={`${styles.list} ${printNamesOnly ? styles.printNamesOnly : ''}`} aria-label={label}>
      {whatToTry.practices.map((practice) => (
        <PracticeItem key={practice.id} practice={practice} compact={compact} />
      ))}
    </ul>
  );
}

/**
 * The practices in one line, each named and linked to its source: for lists where the full entries
 * would crowd the page (the team merge's "talk about these").
 */
export function PracticeLine({ whatToTry }: { whatToTry: WhatToTryEntry }) {
  if (whatToTry.kind === 'none-known') return <>The site knows of no sourced practice for this.</>;
  return (
    <>
      {whatToTry.practices.map((practice, i) => (
        <span key={practice.id}>
          {i > 0 && '; '}
          <a href={practice.source.url}>{practice.name}</a> ({practice.source.title})
        </span>
      ))}
      .
    </>
  );
}

/** A heading of the level a page needs: h3 on a phase page, h4 inside /print's phase sections. */
function LevelHeading({ level, children }: { level: 3 | 4; children: ReactNode }) {
  return level === 3 ? <h3 className={styles.risk}>{children}</h3> : <h4 className={styles.risk}>{children}</h4>;
}

interface Props {
  /**
   * The phase's practices, as `phasePractices(phase)` gives them: a phase guide imports them from
   * `@generated/page-practices/default/phase-<id>.json`, /print computes them. MDX props are not
   * type-checked, so missing practices, or another phase's, throw, naming the page's phase.
   */
  practices: PhasePractices | undefined;
  /** The level of each risk's heading: 3 on a phase page (under "What to try"), 4 on /print. */
  level?: 3 | 4;
}

/**
 * "What to try" on a phase guide: each thing that can go wrong in the page's phase, with its
 * practices. The phase comes from the page (or a DocItemProvider), like the other sections.
 */
export default function WhatToTry({ practices, level = 3 }: Props) {
  const phase = useCurrentPhase('WhatToTry');
  if (practices?.phase !== phase.id) {
    throw new Error(
      practices === undefined
        ? `<WhatToTry> on the guide of "${phase.id}" was given no practices: pass those of @generated/page-practices/default/phase-${phase.id}.json.`
        : `<WhatToTry> on the guide of "${phase.id}" was given ${typeof practices.phase === 'string' ? `the practices of "${practices.phase}"` : 'practices that are not a phase guide’s'}: import phase-${phase.id}.json.`,
    );
  }
  const byId = new Map(practices.failureModes.map((entry) => [entry.id, entry.whatToTry]));
  return (
    <>
      <SelectionNote />
      {phase.failureModes.map((mode) => {
        const whatToTry = byId.get(mode.id);
        if (whatToTry === undefined) throw new Error(`The practices given to <WhatToTry> on the guide of "${phase.id}" lack failure mode "${mode.id}".`);
        return (
          <section key={mode.id} className={styles.entry}>
            <LevelHeading level={level}>{mode.text}</LevelHeading>
            <PracticeList whatToTry={whatToTry} label={`What to try: ${mode.text}`} />
          </section>
        );
      })}
    </>
  );
}
