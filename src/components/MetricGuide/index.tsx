import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import LoopDiagram from '@site/src/components/LoopDiagram';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Body, Cell, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import {
  esspLabel,
  getFramework,
  getMeasure,
  guideTitle,
  metricPath,
  paths,
  presentMeasure,
  type GuidedMeasureId,
  type Measure,
  type MeasureView,
  type PhaseEntry,
} from '@site/src/data';
import {
  measurementGuides,
  relatedMeasures,
  SPACE_LEVELS,
  spaceExamples,
  spaceExamplesCitation,
  spaceLevelLabels,
  spaceUsageAdvice,
  type MeasurementGuide,
} from '@site/src/data/measurement';
import { midSentence } from '@site/src/lib/describeLoop';
import { finderPath } from '@site/src/lib/finderParams';
import { useDocItemOf } from '@site/src/hooks/useDocItem';
import HowToMeasure from './HowToMeasure';
import { Cite, FactList } from './parts';

/** Drawn under each phase where the model uses the measure, so the diagram marks them in words, not colour alone. */
export const USED_HERE = 'Uses it';
/** Drawn under the phases where the model places an ESSP metric's zone. */
export const ZONE_HERE = 'Its zone';

/** Section a: the framework's definition first, with its source, then what kind of measure it is. */
function Definition({ view }: { view: MeasureView }) {
  const { measure } = view;
  const framework = getFramework(view.framework);
  const names = view.names;
  return (
    <section aria-labelledby="definition">
      <Heading as="h2" id="definition">
        Definition
      </Heading>
      <p>
        <strong>{framework.name}’s definition</strong>, in our words: {view.definition.text}{' '}
        <small>
          (Source: <a href={view.definition.source.url}>{view.definition.source.title}</a>)
        </small>
      </p>
      <dl>
        {view.direction !== undefined && (
          <div>
            <dt>Which way is better</dt>
            <dd>{view.direction === 'lower-is-better' ? 'Lower is better.' : 'Higher is better.'}</dd>
          </div>
        )}
        {measure.framework === 'dora' && (
          <>
            <div>
              <dt>DORA factor</dt>
              <dd>
                {view.factor}. DORA has measured it since {measure.added}.
              </dd>
            </div>
            {(names.former.length > 0 || names.abbreviations.length > 0) && (
              <div>
                <dt>Former names and abbreviations</dt>
                <dd>{[...names.former, ...names.abbreviations].join(', ')}</dd>
              </div>
            )}
            {view.history !== undefined && (
              <div>
                <dt>History</dt>
                <dd>{view.history}</dd>
              </div>
            )}
          </>
        )}
        {measure.framework === 'essp' && measure.kind === 'metric' && <EsspFacts measure={measure} />}
        {measure.kind === 'dimension' && (
          <div>
            <dt>Dimension</dt>
            <dd>
              The {measure.letter} of SPACE, one of its five dimensions.
            </dd>
          </div>
        )}
        {names.seed !== undefined && names.seed.toLowerCase() !== names.current.toLowerCase() && (
          <div>
            <dt>In the loop model</dt>
            <dd>The model’s source calls it {names.seed}.</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function EsspFacts({ measure }: { measure: Extract<Measure, { framework: 'essp'; kind: 'metric' }> }) {
  const zone = getMeasure(measure.zone);
  return (
    <>
      <div>
        <dt>ESSP zone</dt>
        <dd>
          {zone.name}: {zone.definition.text}
        </dd>
      </div>
      <div>
        <dt>As GitHub publishes it</dt>
        <dd>{esspLabel(measure)}</dd>
      </div>
      <div>
        <dt>SPACE dimension</dt>
        <dd>
          GitHub files it under <Link to={metricPath(measure.spaceDimension)}>{getMeasure(measure.spaceDimension).name}</Link>.
        </dd>
      </div>
      {measure.sameAs !== undefined && (
        <div>
          <dt>Taken from DORA</dt>
          <dd>
            It is DORA’s <Link to={metricPath(measure.sameAs)}>{midSentence(getMeasure(measure.sameAs).name)}</Link>.
          </dd>
        </div>
      )}
    </>
  );
}

/** Section c: the framework's own warnings. */
function Pitfalls({ guide, view }: { guide: MeasurementGuide; view: MeasureView }) {
  return (
    <section aria-labelledby="pitfalls">
      <Heading as="h2" id="pitfalls">
        Pitfalls
      </Heading>
      <p>What {view.framework === 'space' ? 'the SPACE paper' : getFramework(view.framework).name} warns against:</p>
      <FactList facts={guide.pitfalls} />
    </section>
  );
}

/** A phase's entry, with the model's words labelled as the model's. */
function PhaseUse({ entry, view }: { entry: PhaseEntry; view: MeasureView }) {
  return (
    <li>
      <PhaseLink phase={entry.phase} />
      {entry.label !== undefined && <>: the model’s label here is “{entry.label}”.</>}
      {entry.note !== undefined && <> The model’s note: “{entry.note}”.</>}
      {entry.covered && !entry.calledOut && view.framework === 'dora' && <> The model’s DORA table lists this phase; the phase’s own list of metrics does not name it.</>}
    </li>
  );
}

/** Section d: the phases the model uses the measure in, marked on the loop in words, each with the model's note. */
function InTheLoop({ view, guide }: { view: MeasureView; guide: MeasurementGuide }) {
  const { measure } = view;
  const zone = measure.framework === 'essp' && measure.kind === 'metric' ? presentMeasure(getMeasure(measure.zone)) : undefined;
  const mapped = zone ?? view;
  const mark = zone === undefined ? USED_HERE : ZONE_HERE;
  const entries = mapped.perPhase.filter((entry) => entry.covered || entry.calledOut);
  const name = midSentence(view.names.current);
  return (
    <section aria-labelledby="in-the-loop">
      <Heading as="h2" id="in-the-loop">
        Where the loop model uses it
      </Heading>
      {entries.length === 0 ? (
        <p>
          The loop model does not use {name}: {midSentence(view.unmappedNote ?? 'it maps it to no phase.')}
        </p>
      ) : (
        <>
          {zone !== undefined && (
            <p>
              The loop model maps ESSP’s zones, not its metrics: it places the {zone.names.current} zone, which holds {name}, in the phases
              marked “{ZONE_HERE}”.
            </p>
          )}
          {view.modelPhrase !== undefined && (
            <p>
              The model’s phrase for it, from its DORA table: “{view.modelPhrase}”.
            </p>
          )}
          {mapped.modelNote !== undefined && (
            <p>
              The model on the {mapped.names.current} zone: {mapped.modelNote}
            </p>
          )}
          {mapped.frameworkDiffers !== undefined && <p>{mapped.frameworkDiffers}</p>}
          <LoopDiagram
            size="compact"
            notes={new Map(mapped.phases.map((phase) => [phase, mark]))}
            caption={`The loop with the phases where the model uses ${zone === undefined ? name : `the ${zone.names.current} zone`} marked “${mark}”.`}
            hint="Select a phase to open its guide."
          />
          <ul>
            {entries.map((entry) => (
              <PhaseUse key={entry.phase} entry={entry} view={mapped} />
            ))}
          </ul>
          {view.kind === 'dimension' && (
            <p>These per-phase labels are the loop model’s illustrations of the dimension, not examples from the SPACE paper.</p>
          )}
          {guide.modelDifference !== undefined && (
            <p>
              <strong>Where the model and DORA differ:</strong> {guide.modelDifference.text}{' '}
              <small>
                (DORA’s side: <a href={guide.modelDifference.source.url}>{guide.modelDifference.source.title}</a>)
              </small>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Section e: companion measures, the finder and the loop check. */
function Related({ id, view }: { id: GuidedMeasureId; view: MeasureView }) {
  const related = relatedMeasures(id);
  return (
    <section aria-labelledby="related">
      <Heading as="h2" id="related">
        Related
      </Heading>
      <ul>
        {related.map(({ id: other, reason }) => (
          <li key={other}>
            <Link to={metricPath(other)}>{guideTitle(getMeasure(other))}</Link>: {reason.text}{' '}
            <small>
              (<Cite cited={reason} />)
            </small>
          </li>
        ))}
        <li>
          <Link to={finderPath({ q: view.names.current })}>Find {midSentence(view.names.current)} in the metric finder</Link>, with everything
          else that covers its phases.
        </li>
        <li>
          <Link to={paths.check}>Rate your team’s loop in the loop check</Link>, DORA figures included.
        </li>
      </ul>
    </section>
  );
}

/** Section f, SPACE only: the paper's example metrics by level, and its advice on using SPACE. */
function SpaceExtras({ id }: { id: keyof typeof spaceExamples }) {
  const name = getMeasure(id).name;
  return (
    <>
      <section aria-labelledby="examples-by-level">
        <Heading as="h2" id="examples-by-level">
          The paper’s example metrics by level
        </Heading>
        <TableFrame label={`Example metrics for ${name}`}>
          <Table>
            <caption>The SPACE paper’s example metrics for {name}, by level</caption>
            <HeaderRow columns={['Level', 'Example metrics']} />
            <Body>
              {SPACE_LEVELS.map((level) => (
                <Row key={level}>
                  <RowHeader>{spaceLevelLabels[level]}</RowHeader>
                  <Cell column="Example metrics">{spaceExamples[id][level].join('; ')}</Cell>
                </Row>
              ))}
            </Body>
          </Table>
        </TableFrame>
        <p>
          <small>
            Source: <Cite cited={spaceExamplesCitation} />. {spaceExamplesCitation.via}
          </small>
        </p>
      </section>
      <section aria-labelledby="using-space">
        <Heading as="h2" id="using-space">
          Using SPACE
        </Heading>
        <FactList facts={spaceUsageAdvice} />
      </section>
    </>
  );
}

const isSpaceId = (id: GuidedMeasureId): id is keyof typeof spaceExamples => id in spaceExamples;

/**
 * A metric's guide, made from the data: its definition in the framework's own terms, how to measure it,
 * the framework's pitfalls, where the loop model uses it (marked on the loop), related measures and, for a
 * SPACE dimension, the paper's examples and advice. A page in docs/metrics/ presents the measure its id
 * names (src/theme/DocItem/Content provides it); an id with no data fails the build, naming the page.
 */
export default function MetricGuide() {
  const id = useDocItemOf('metric', 'MetricGuide').id;
  const view = presentMeasure(getMeasure(id));
  const guide = measurementGuides[id];
  const { measure } = view;
  return (
    <>
      <p>{view.summary}.</p>
      <Definition view={view} />
      <HowToMeasure guide={guide} {...(measure.framework === 'dora' ? { dora: measure } : {})} />
      <Pitfalls guide={guide} view={view} />
      <InTheLoop view={view} guide={guide} />
      <Related id={id} view={view} />
      {isSpaceId(id) && <SpaceExtras id={id} />}
    </>
  );
}
