import { useEffect, useMemo, useState } from 'react';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { counts, countWord, paths } from '@site/src/data';
import { AGREEMENT_SCALE, CHECK_VERSION, checkStatements, DONT_KNOW, STATEMENTS_PER_ARC, subjectName } from '@site/src/data/check';
import { checkAddress, checkPath, describeLinkProblem, encodeCheck, hasAnswers, type CarriedOver, type DoraAnswer } from '@site/src/lib/checkLink';
import { plural } from '@site/src/lib/plural';
import { MAX_RATING, SCORE_BANDS, scoreCheck, weakestScores, type Answer, type CheckScores } from '@site/src/lib/checkScore';
import PrivacyNote from '@site/src/components/PrivacyNote';
import { pageNames } from '@site/src/data/site';
import { useAddressState } from '@site/src/hooks/useAddressState';
import Announce from './_components/Announce';
import CheckForm from './_components/CheckForm';
import CheckResult from './_components/CheckResult';
import History from './_components/History';
import { ratedShareText, scoreText } from './_components/scoreText';
import TeamMerge from './_components/TeamMerge';
import fields from './_components/fields.module.css';
import styles from './styles.module.css';

const DESCRIPTION =
  'Rate your team’s Value Delivery Loop, phase by phase and arc by arc, and see on the loop where it is stuck and which metrics to watch. Private: nothing leaves your browser.';

/** "3.5 and above", "2.5 to 3.4", "below 2.5", from the bands the score uses. */
const bandsInWords = SCORE_BANDS.map((band, i) => {
  const above = SCORE_BANDS[i - 1];
  if (i === 0) return `${band.from.toFixed(1)} and above is “${band.label}”`;
  if (i === SCORE_BANDS.length - 1) return `below ${above?.from.toFixed(1)} “${band.label}”`;
  return `${band.from.toFixed(1)} to ${((above?.from ?? MAX_RATING) - 0.1).toFixed(1)} “${band.label}”`;
}).join(', ');

/** Said over a check read from a link or saved check of an earlier statement list. */
function CarriedOverNotice({ carriedOver }: { carriedOver: CarriedOver }) {
  const { fromVersion, cleared, reworded } = carriedOver;
  return (
    <div className={styles.notice} role="status" aria-label="Made with an earlier list of statements">
      <p>
        This check was made with version {fromVersion} of the statements; this site asks version {CHECK_VERSION}. Since
        then, {plural(reworded.length, { one: 'statement was', other: 'statements were' })} reworded so that each asks one
        thing. Every answer to an unchanged statement was carried over.{' '}
        {cleared.length === 0
          ? 'None of the reworded statements had an answer, so nothing was left out.'
          : `${plural(cleared.length, { one: 'answer', other: 'answers' })} to reworded statements ${cleared.length === 1 ? 'was' : 'were'} left blank: rate ${cleared.length === 1 ? 'it' : 'them'} again.`}
      </p>
      {cleared.length > 0 && (
        <ul aria-label="Left blank">
          {cleared.map((index) => (
            <li key={index}>
              {index + 1}. {checkStatements[index]?.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function summary(scores: CheckScores): string {
  const { rated, total } = scores.answered;
  const weakest = weakestScores(scores);
  const bottleneck =
    weakest.length === 0
      ? 'No phase or arc has enough answers for a score yet.'
      : `Weakest: ${weakest.map((score) => `${subjectName(score.subject)}, ${scoreText(score)}`).join('; ')}.`;
  return `${rated} of ${total} statements rated. ${bottleneck}`;
}

/**
 * /check: a team rates its own loop. The answers are the address (replaced as the reader answers), so
 * a link reopens the same result anywhere, and Back, Forward and a saved check's "Open" link change
 * them; a link that cannot be read shows why, over a blank check. The server renders a blank worksheet.
 */
export default function CheckPage() {
  const [{ state, problem, carriedOver }, setAddress] = useAddressState(checkAddress);
  const [date, setDate] = useState<Date | null>(null);
  useEffect(() => {
    // Reading the clock after hydration is the point: the static HTML was rendered without it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDate(new Date());
  }, []);

  const onAnswer = (index: number, answer: Answer): void =>
    setAddress({ state: { ...state, answers: state.answers.map((a, i) => (i === index ? answer : a)) } });
  const onDora = (index: number, answer: DoraAnswer | undefined): void =>
    setAddress({ state: { ...state, dora: state.dora.map((a, i) => (i === index ? answer : a)) } });

  const answered = hasAnswers(state);
  const scores = useMemo(() => scoreCheck(state.answers), [state]);
  const statusText = answered ? summary(scores) : 'Rate a statement to see your loop’s scores.';
  const query = answered ? encodeCheck(state) : undefined;
  const sharePath = useBaseUrl(query ? checkPath(query) : paths.check);
  // Only the browser knows the address the reader is on; the server renders no answers, so no link.
  const shareUrl = query && typeof window !== 'undefined' ? new URL(sharePath, window.location.origin).href : '';

  return (
    <Layout title={pageNames.check.title} description={DESCRIPTION}>
      <main className={`container margin-vert--lg ${styles.page}`} data-has-result={answered || undefined}>
        <h1>{pageNames.check.title}</h1>
        <p className={styles.lead}>
          Rate how your team’s loop works: {checkStatements.length} statements, one for each thing that can go wrong in
          the {countWord(counts.phases)} phases and {countWord(STATEMENTS_PER_ARC)} for each of the {countWord(counts.feedbackArcs)} feedback arcs. The
          result starts with what to try where your loop is weakest, and shows on the loop itself where it is stuck and
          which metrics would show it getting better. It takes a
          few minutes; answer for the team as it works today.
        </p>
        <PrivacyNote>
          Everything happens in your browser: no server sees your answers, and the site
          sets no cookies and runs no analytics. Your answers are kept in this page’s address, so you decide whom to send
          the link to; they are stored in this browser only if you press “Save this check”.
        </PrivacyNote>
        <noscript>
          <p className={styles.warning}>
            Scoring needs JavaScript. Without it this page is a worksheet: print it, or fill it in by hand, and count the
            scores as “How the score works” explains.
          </p>
        </noscript>
        {problem !== undefined && (
          <p className={styles.warning} role="alert">
            {describeLinkProblem(problem.kind, problem.version)} The check below is blank.
          </p>
        )}
        {carriedOver !== undefined && <CarriedOverNotice carriedOver={carriedOver} />}
        <p>
          <a href="#result">Skip to your result</a>
        </p>

        <CheckForm state={state} onAnswer={onAnswer} onDora={onDora} />

        <section aria-labelledby="result" className={styles.result}>
          <h2 id="result">Your result</h2>
          <p className={styles.status}>{statusText}</p>
          <Announce text={statusText} />
          {answered && date && <CheckResult scores={scores} state={state} date={date} />}
          <div className={styles.howItWorks}>
          <h3 id="how-the-score-works">How the score works</h3>
          <p>
            Each answer counts from 1 (“{AGREEMENT_SCALE[0]}”) to {MAX_RATING} (“{AGREEMENT_SCALE[MAX_RATING - 1]}”); “
            {DONT_KNOW}” counts toward nothing. A phase’s or an arc’s score is the mean of its statements’ answers, once at
            least {ratedShareText} of them are rated; before that it has “not
            enough answers”. Scores of {bandsInWords}. These bands are this site’s own convention, chosen to put the
            middle of the scale (“{AGREEMENT_SCALE[2]}”) in “{SCORE_BANDS[1].label}”; they are not DORA’s, and no
            study stands behind them. The weakest phase and the weakest arc are where the loop is stuck; a
            tie goes to the phase earlier in the loop, whose trouble flows into every phase after it, and to the arc the
            source lists first, starting with the one it calls the most important.
          </p>
          </div>
        </section>

        <section aria-labelledby="share" className={styles.share}>
          <h2 id="share">Share it</h2>
          {answered ? (
            <>
              <p>This link reopens exactly these answers, in any browser. Send it to your team, or keep it.</p>
              <label htmlFor="share-link" className={fields.label}>
                Link to this result
              </label>
              <input id="share-link" className={`${fields.input} ${styles.shareInput}`} type="text" readOnly value={shareUrl} onFocus={(event) => event.target.select()} />{' '}
              <button type="button" className="button button--secondary" onClick={() => window.print()}>
                Print the result
              </button>
            </>
          ) : (
            <p>Once you have rated a statement, a link to your result appears here.</p>
          )}
        </section>

        <section aria-labelledby="history" className={styles.history}>
          <h2 id="history">Your saved checks</h2>
          <p>
            Save a check to compare it with later ones. Saved checks stay in this browser’s storage; export them to keep or
            move them, and delete them when you like.
          </p>
          <History query={query} />
        </section>

        <section aria-labelledby="team" className={styles.team}>
          <h2 id="team">Run it as a team</h2>
          <TeamMerge />
        </section>

        <p className={fields.hint}>
          New to the loop? <Link to={paths.overview}>Read how it works</Link> before you rate it.
        </p>
      </main>
    </Layout>
  );
}
