import { useId, useMemo, useState } from 'react';
import TableFrame, { Body, Cell, HeaderRow, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { PracticeLine } from '@site/src/components/WhatToTry';
import { AGREEMENT_SCALE, checkStatements, subjectName, subjectOf, whatToTryForStatement } from '@site/src/data/check';
import { MAX_TEAM_LINKS, mergeTeam } from '@site/src/lib/checkTeam';
import { plural } from '@site/src/lib/plural';
import Announce from './Announce';
import { ratedText } from './scoreText';
import fields from './fields.module.css';
import styles from './TeamMerge.module.css';

const SCORE_COLUMNS = ['Phase or arc', 'Team median', 'Members with a score'] as const;
/** How many of the widest-spread statements to list. */
const TALK_ABOUT = 5;

/** Paste several members' result links and see the team's median per phase and arc, and where it disagrees. */
export default function TeamMerge() {
  const [text, setText] = useState('');
  const inputId = useId();
  const hintId = useId();
  const merged = useMemo(() => mergeTeam(text), [text]);
  const summary =
    text.trim() === ''
      ? ''
      : `${plural(merged.members.length, { one: 'member', other: 'members' })} merged${
          merged.problems.length > 0 ? `, ${plural(merged.problems.length, { one: 'line', other: 'lines' })} left out` : ''
        }.`;
  const spreads = merged.spreads.filter((entry) => entry.spread > 0).slice(0, TALK_ABOUT);

  return (
    <>
      <label htmlFor={inputId} className={fields.label}>
        Team members’ result links, one per line (up to {MAX_TEAM_LINKS})
      </label>
      <p id={hintId} className={fields.hint}>
        Each member does the check on their own, then copies the link under their result. The links never leave this page.
      </p>
      <textarea
        id={inputId}
        className={`${fields.input} ${styles.teamInput}`}
        rows={5}
        value={text}
        aria-describedby={hintId}
        spellCheck={false}
        onChange={(event) => setText(event.target.value)}
      />
      <p className={styles.status}>{summary}</p>
      <Announce text={summary} />
      {merged.problems.length > 0 && (
        <ul className={styles.problems} aria-label="Lines left out">
          {merged.problems.map((problem) => (
            <li key={problem.line}>
              Line {problem.line}: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {merged.members.length > 0 && (
        <>
          <TableFrame label="The team's scores">
            <Table>
              <caption>The team’s median score for each phase and feedback arc</caption>
              <HeaderRow columns={SCORE_COLUMNS} />
              <Body>
                {merged.scores.map((score) => (
                  <Row key={score.subject.id}>
                    <RowHeader>
                      {subjectName(score.subject)}
                      {(score.subject.id === merged.bottleneck.phase || score.subject.id === merged.bottleneck.arc) && (
                        <strong> (the team’s weakest)</strong>
                      )}
                    </RowHeader>
                    <Cell column={SCORE_COLUMNS[1]}>
                      {score.median === undefined || score.label === undefined ? 'Not enough answers' : ratedText(score.median, score.label)}
                    </Cell>
                    <Cell column={SCORE_COLUMNS[2]}>
                      {score.members} of {merged.members.length}
                    </Cell>
                  </Row>
                ))}
              </Body>
            </Table>
          </TableFrame>
          <h3>Talk about these</h3>
          {spreads.length === 0 ? (
            <p>The members agree on every statement at least two of them rated.</p>
          ) : (
            <>
              <p>
                Where answers spread, members see the loop differently. Talk about why before acting on the median: the
                reasons are usually more useful than the score. Each statement comes with the practices this site
                suggests for it, drawn from the linked sources.
              </p>
              <ol>
                {spreads.map((entry) => {
                  const statement = checkStatements[entry.index];
                  if (!statement) return null;
                  const counts = AGREEMENT_SCALE.map((label, value) => ({ label, n: entry.ratings.filter((r) => r === value + 1).length })).filter(
                    (c) => c.n > 0,
                  );
                  return (
                    <li key={entry.index}>
                      “{statement.text}” ({subjectName(subjectOf(statement))}): answers from{' '}
                      {AGREEMENT_SCALE[Math.min(...entry.ratings) - 1]?.toLowerCase()} to {AGREEMENT_SCALE[Math.max(...entry.ratings) - 1]?.toLowerCase()} (
                      {counts.map((c) => `${c.n} ${c.label.toLowerCase()}`).join(', ')}).{' '}
                      <span className={styles.practices}>
                        What to try, if the team agrees it is a problem: <PracticeLine whatToTry={whatToTryForStatement(statement)} />
                      </span>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </>
      )}
    </>
  );
}
