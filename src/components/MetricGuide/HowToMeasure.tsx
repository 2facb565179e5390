import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import TableFrame, { Body, Cell, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import {
  DORA_DONT_KNOW,
  DORA_PERCENT,
  doraSurveySource,
  getMeasure,
  guideTitle,
  metricPath,
  type DoraMetric,
  type DoraMetricId,
} from '@site/src/data';
import {
  dataSourceLabels,
  toolComparisonSummary,
  tools,
  toolVariantsFor,
  TOOL_IDS,
  type Measurement,
  type MeasurementGuide,
  type Statistic,
  type SurveyItem,
  type ToolVariant,
} from '@site/src/data/measurement';
import { Cite, FactItem, FactList } from './parts';

const STATISTIC_TEXT = {
  median: 'The median',
  mean: 'The mean',
  percentage: 'A percentage',
  'count-per-period': 'A count per period',
  unspecified: 'None named',
} as const satisfies Record<Statistic, string>;

/** What starts and stops the clock, or what is counted, by the kind of measurement. */
function WhatIsMeasured({ how }: { how: Measurement }) {
  switch (how.kind) {
    case 'duration':
      return (
        <>
          <FactItem term="The clock starts when" fact={how.clock.start} />
          <FactItem term="The clock stops when" fact={how.clock.stop} />
        </>
      );
    case 'frequency':
      return <FactItem term="What is counted" fact={how.counted} />;
    case 'ratio':
      return (
        <>
          <FactItem term="What is counted" fact={how.numerator} />
          <FactItem term="Divided by" fact={how.denominator} />
        </>
      );
    case 'score':
      return <FactItem term="Measured with" fact={how.measuredWith} />;
    case 'inputs':
      return (
        <FactItem term="Worked out from">
          {how.inputs.items.join(', ')}{' '}
          <small>
            (<Cite cited={how.inputs} />; the formula itself is not given there)
          </small>
        </FactItem>
      );
    case 'survey':
    case 'dimension':
      return null;
  }
}

function SurveyItemText({ survey }: { survey: SurveyItem }) {
  return (
    <FactItem term="The survey item">
      {survey.item} {survey.wording === 'ours' && '(in our words)'}
      {survey.scale !== null ? ` Answered on a scale from ${survey.scale.min} to ${survey.scale.max}.` : ' The source gives no answer scale.'}
      {survey.respondents !== undefined && ` ${survey.respondents}`}
      {survey.origin !== undefined && ` The item comes from ${survey.origin}.`}{' '}
      <small>
        (<Cite cited={survey} />)
      </small>
    </FactItem>
  );
}

/** DORA's survey question and its answer choices, word for word. */
function DoraSurvey({ metric }: { metric: DoraMetric }) {
  const { question, answer } = metric.survey;
  return (
    <>
      <Heading as="h3" id="survey-question">
        DORA’s survey question
      </Heading>
      <p>{question} (in our words)</p>
      <p>The answer choices:</p>
      <ul>
        {answer.kind === 'range' ? (
          answer.choices.map((choice) => <li key={choice.label}>{choice.label}</li>)
        ) : (
          <li>
            A percentage from {DORA_PERCENT.min} to {DORA_PERCENT.max}
          </li>
        )}
        <li>{DORA_DONT_KNOW}</li>
      </ul>
      <p>
        <small>
          Source: <a href={doraSurveySource.url}>{doraSurveySource.title}</a>.
        </small>
      </p>
    </>
  );
}

const TOOL_COLUMNS = ['Tool', 'What it counts', 'Clock starts', 'Clock stops', 'How it aggregates', 'Caveat'] as const;
type ToolColumn = Exclude<(typeof TOOL_COLUMNS)[number], 'Tool'>;

function cellText(variant: ToolVariant, column: ToolColumn): string | undefined {
  if (!variant.computed) return column === 'What it counts' ? 'Does not compute this metric' : column === 'Caveat' ? variant.caveat : undefined;
  switch (column) {
    case 'What it counts':
      return variant.counts;
    case 'Clock starts':
      return variant.clockStart;
    case 'Clock stops':
      return variant.clockStop;
    case 'How it aggregates':
      return variant.aggregate;
    case 'Caveat':
      return variant.caveat;
  }
}

/** Where Four Keys, DevLake, GitLab and Middleware compute a DORA metric differently, as a table. */
export function ToolTable({ metric }: { metric: DoraMetric }) {
  const variants = toolVariantsFor(metric.id);
  // A column no tool fills (a clock, for a count) is left out.
  const columns = TOOL_COLUMNS.filter((column) => column === 'Tool' || variants.some((variant) => cellText(variant, column) !== undefined));
  const dataColumns = columns.filter((column): column is ToolColumn => column !== 'Tool');
  return (
    <>
      <Heading as="h3" id="where-tools-disagree">
        Where tools disagree
      </Heading>
      <p>{toolComparisonSummary(metric.id)}</p>
      <TableFrame label={`How tools compute ${metric.name.toLowerCase()}`}>
        <Table>
          <caption>How four well-known tools compute {metric.name.toLowerCase()}</caption>
          <HeaderRow columns={columns} />
          <Body>
            {variants.map((variant) => (
              <Row key={variant.tool}>
                <RowHeader>
                  <a href={variant.source.url}>{tools[variant.tool].name}</a>
                </RowHeader>
                {dataColumns.map((column) => (
                  <Cell key={column} column={column}>
                    {cellText(variant, column) ?? '—'}
                  </Cell>
                ))}
              </Row>
            ))}
          </Body>
        </Table>
      </TableFrame>
      <p>What each tool counts as a deployment, and how far to trust what was read:</p>
      <ul>
        {TOOL_IDS.map((id) => (
          <li key={id}>
            <strong>{tools[id].name}:</strong> {tools[id].deployment}
            {'status' in tools[id] && ` ${tools[id].status}`} <small>({tools[id].source.published})</small>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Section b: how to measure it, from src/data/measurement.ts, with DORA's survey and the tools' differences. */
export default function HowToMeasure({ guide, dora }: { guide: MeasurementGuide; dora?: DoraMetric }) {
  const how = guide.howToMeasure;
  const survey = how.kind === 'survey' || how.kind === 'score' || how.kind === 'dimension' ? how.survey : undefined;
  const compareOn: DoraMetricId | undefined = guide.toolComparisonOn;
  return (
    <section aria-labelledby="how-to-measure">
      <Heading as="h2" id="how-to-measure">
        How to measure it
      </Heading>
      <dl>
        <WhatIsMeasured how={how} />
        {survey !== undefined && <SurveyItemText survey={survey} />}
        <FactItem term="What counts as a deployment" fact={how.deployment} />
        <FactItem term="What counts as a failure" fact={how.failure} />
        <FactItem term="Unit">{how.unit}</FactItem>
        <FactItem term="Aggregate">
          {STATISTIC_TEXT[how.aggregate.statistic]}.{' '}
          {how.aggregate.basis.map((fact) => (
            <span key={fact.text}>
              {fact.text}{' '}
              <small>
                (<Cite cited={fact} />)
              </small>{' '}
            </span>
          ))}
          {how.aggregate.whyNotMean}
        </FactItem>
        <FactItem term="Scope" fact={how.scope} />
        <FactItem term="Where the data usually is">
          <ul>
            {how.dataSources.map((id) => (
              <li key={id}>{dataSourceLabels[id]}</li>
            ))}
          </ul>
        </FactItem>
      </dl>
      {how.kind === 'dimension' && (
        <>
          <p>What the SPACE paper suggests looking at for this dimension:</p>
          <FactList facts={how.signals} />
        </>
      )}
      {how.advice !== undefined && how.advice.length > 0 && (
        <>
          <p>Advice on measuring it:</p>
          <FactList facts={how.advice} />
        </>
      )}
      {how.notes?.map((note) => <p key={note}>{note}</p>)}
      {dora !== undefined && (
        <>
          <DoraSurvey metric={dora} />
          <ToolTable metric={dora} />
        </>
      )}
      {compareOn !== undefined && (
        <p>
          GitHub takes this metric from DORA, so tools compute it as they compute DORA’s: see{' '}
          <Link to={`${metricPath(compareOn)}#where-tools-disagree`}>where tools disagree on {guideTitle(getMeasure(compareOn))}</Link>.
        </p>
      )}
    </section>
  );
}
