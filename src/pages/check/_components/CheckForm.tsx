import { useId, useState } from 'react';
import ChipGroup from '@site/src/components/ChipGroup';
import { countWord, DORA_DONT_KNOW, DORA_PERCENT, doraMetrics, FEEDBACK_ARC_IDS, arcTitle, getFeedbackArc, getPhase, phaseLabel, PHASE_IDS, readPercent } from '@site/src/data';
import { AGREEMENT_SCALE, checkStatements, DONT_KNOW, statementsAbout, type CheckSubject } from '@site/src/data/check';
import { readAnswer, type CheckState, type DoraAnswer } from '@site/src/lib/checkLink';
import type { Answer } from '@site/src/lib/checkScore';
import fields from './fields.module.css';
import styles from './CheckForm.module.css';

interface Props {
  state: CheckState;
  onAnswer: (index: number, answer: Answer) => void;
  onDora: (index: number, answer: DoraAnswer | undefined) => void;
}

const SCALE_OPTIONS = [
  ...AGREEMENT_SCALE.map((label, i) => ({ value: String(i + 1), label })),
  { value: 'x', label: DONT_KNOW },
];

const answerValue = (answer: Answer): string | undefined => (answer === undefined ? undefined : answer === 'dont-know' ? 'x' : String(answer));
const readValue = (value: string): Answer => readAnswer(value) ?? undefined;

function Statements({ subject, state, onAnswer }: { subject: CheckSubject } & Pick<Props, 'state' | 'onAnswer'>) {
  return statementsAbout(subject).map(({ statement, index }) => (
    <div key={index} className={styles.statement}>
      <ChipGroup
        layout="question"
        legend={
          <>
            <span className={styles.statementNumber}>{index + 1}.</span> {statement.text}
          </>
        }
        name={`statement-${index + 1}`}
        options={SCALE_OPTIONS}
        selected={answerValue(state.answers[index])}
        onSelect={(value) => onAnswer(index, readValue(value))}
      />
    </div>
  ));
}

function DoraFigures({ state, onDora }: Pick<Props, 'state' | 'onDora'>) {
  const baseId = useId();
  return doraMetrics.map((figure, i) => {
    const id = `${baseId}-${figure.id}`;
    const answer = state.dora[i];
    const { question } = figure.survey;
    if (figure.survey.answer.kind === 'range') {
      return (
        <div key={figure.id} className={styles.figure}>
          <label htmlFor={id} className={fields.label}>
            {figure.name}
          </label>
          <p className={fields.hint} id={`${id}-q`}>
            {question}
          </p>
          <select
            id={id}
            className={fields.input}
            aria-describedby={`${id}-q`}
            value={answer === undefined ? '' : String(answer === 'dont-know' ? 'x' : answer)}
            onChange={(event) => onDora(i, event.target.value === '' ? undefined : event.target.value === 'x' ? 'dont-know' : Number(event.target.value))}
          >
            <option value="">Not given</option>
            {figure.survey.answer.choices.map((choice, c) => (
              <option key={choice.label} value={String(c + 1)}>
                {choice.label}
              </option>
            ))}
            <option value="x">{DORA_DONT_KNOW}</option>
          </select>
        </div>
      );
    }
    return <PercentFigure key={figure.id} id={id} name={figure.name} question={question} answer={answer} onChange={(next) => onDora(i, next)} />;
  });
}

interface PercentProps {
  id: string;
  name: string;
  question: string;
  answer: DoraAnswer | undefined;
  onChange: (answer: DoraAnswer | undefined) => void;
}

/**
 * A rate given as a percentage. The field keeps what the reader typed, so "150" stays on screen
 * with a message saying what is wanted (and the check ignores it) instead of vanishing.
 */
function PercentFigure({ id, name, question, answer, onChange }: PercentProps) {
  const given = typeof answer === 'number' ? String(answer) : '';
  const [text, setText] = useState(given);
  // When the answer changes from outside (Back, Forward, a saved check opened), show it.
  const [lastGiven, setLastGiven] = useState(given);
  if (given !== lastGiven) {
    setLastGiven(given);
    // Text the check does not count stands for "not given", so it stays while the answer is none.
    if ((readPercent(text) ?? undefined) !== (given === '' ? undefined : Number(given))) setText(given);
  }
  const isDontKnow = answer === 'dont-know';
  const isInvalid = !isDontKnow && readPercent(text) === null;
  return (
    <div className={styles.figure}>
      <label htmlFor={id} className={fields.label}>
        {name} (percent)
      </label>
      <p className={fields.hint} id={`${id}-q`}>
        {question}
      </p>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        className={`${fields.input} ${styles.percent}`}
        aria-describedby={isInvalid ? `${id}-q ${id}-error` : `${id}-q`}
        aria-invalid={isInvalid || undefined}
        disabled={isDontKnow}
        value={isDontKnow ? '' : text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(readPercent(event.target.value) ?? undefined);
        }}
      />{' '}
      <label className={styles.inline}>
        <input type="checkbox" checked={isDontKnow} onChange={(event) => onChange(event.target.checked ? 'dont-know' : (readPercent(text) ?? undefined))} />{' '}
        {DORA_DONT_KNOW}
      </label>
      {isInvalid && (
        <p id={`${id}-error`} className={styles.fieldError}>
          Give a whole number from {DORA_PERCENT.min} to {DORA_PERCENT.max}; “{text.trim().slice(0, 12)}” is not counted.
        </p>
      )}
    </div>
  );
}

/**
 * Every statement as a labelled radio group, grouped by phase and by feedback arc, then the optional
 * DORA figures. Without JavaScript it is a worksheet to print and fill in by hand.
 */
export default function CheckForm({ state, onAnswer, onDora }: Props) {
  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()} aria-label="Loop check statements">
      <h2 id="check-phases">The phases</h2>
      {PHASE_IDS.map((id) => (
        <section key={id} aria-labelledby={`check-phase-${id}`} className={styles.group}>
          <h3 id={`check-phase-${id}`}>{phaseLabel(getPhase(id))}</h3>
          <Statements subject={{ kind: 'phase', id }} state={state} onAnswer={onAnswer} />
        </section>
      ))}
      <h2 id="check-arcs">The feedback arcs</h2>
      {FEEDBACK_ARC_IDS.map((id) => (
        <section key={id} aria-labelledby={`check-arc-${id}`} className={styles.group}>
          <h3 id={`check-arc-${id}`}>{arcTitle(getFeedbackArc(id))}</h3>
          <Statements subject={{ kind: 'arc', id }} state={state} onAnswer={onAnswer} />
        </section>
      ))}
      <h2 id="check-dora">Your DORA figures (optional)</h2>
      <p>
        If you know them, give your team’s {countWord(doraMetrics.length)} delivery figures as DORA’s own survey asks for them: ranges for the times
        and frequency, percentages for the rates. They are shown beside your result, with the phases each one covers.
      </p>
      <DoraFigures state={state} onDora={onDora} />
      <p className={fields.hint}>{checkStatements.length} statements in all.</p>
    </form>
  );
}
