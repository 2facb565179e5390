import PhaseLink from '@site/src/components/PhaseLink';
import { doraDisagreements } from '@site/src/data';

/** Where the seed's DORA table and the phases' own metric lists differ, computed rather than typed. */
export default function DoraDifferences() {
  const differences = doraDisagreements();
  if (differences.length === 0) return <p>The DORA table and the phases’ metric lists agree.</p>;
  return (
    <ul>
      {differences.map(({ metric, coveredNotCalledOut, calledOutNotCovered }) => (
        <li key={metric.id}>
          <strong>{metric.title}</strong>
          {coveredNotCalledOut.length > 0 && (
            <>
              : the table lists{' '}
              {coveredNotCalledOut.map((id, index) => (
                <span key={id}>
                  {index > 0 && ' and '}
                  <PhaseLink phase={id} />
                </span>
              ))}
              , but {coveredNotCalledOut.length === 1 ? 'that phase does not name it among its' : 'those phases do not name it among their'}{' '}
              metrics.
            </>
          )}
          {calledOutNotCovered.length > 0 && (
            <>
              {' '}
              It is named by{' '}
              {calledOutNotCovered.map((id, index) => (
                <span key={id}>
                  {index > 0 && ' and '}
                  <PhaseLink phase={id} />
                </span>
              ))}
              , which the table does not list.
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
