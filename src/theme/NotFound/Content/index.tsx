import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import NotFoundContentOriginal from '@theme-original/NotFound/Content';
import type { Props } from '@theme/NotFound/Content';
import { frameworks, paths, phaseLabel, phasePath, phases } from '@site/src/data';
import styles from './styles.module.css';

/**
 * Keeps Docusaurus's "Page Not Found" message and adds a way back in: readers often arrive here from
 * an old link in a wiki or slide deck, so we offer the overview, each phase, the finder and search.
 */
export default function NotFoundContent(props: Props): ReactNode {
  const names = frameworks.map((framework) => framework.name);
  const frameworkList = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
  return (
    <>
      <NotFoundContentOriginal {...props} />
      <nav aria-labelledby="not-found-ways-in" className={`container ${styles.waysIn}`}>
        <div className="row">
          <div className="col col--6 col--offset-3">
            <Heading as="h2" id="not-found-ways-in">
              Where to go from here
            </Heading>
            <ul>
              <li>
                <Link to={paths.overview}>The loop at a glance</Link>: the phases and their feedback arcs.
              </li>
              <li>
                <Link to={paths.finder}>The metric finder</Link>: look up a {frameworkList} metric and see which phases it covers.
              </li>
            </ul>
            <Heading as="h3" id="not-found-phases">
              Phases of the loop
            </Heading>
            <ol aria-labelledby="not-found-phases" className={styles.phases}>
              {phases.map((phase) => (
                <li key={phase.id}>
                  <Link to={phasePath(phase.id)}>{phaseLabel(phase)}</Link>
                </li>
              ))}
            </ol>
            <p>Looking for something else? Use the search box in the navigation bar at the top of the page.</p>
          </div>
        </div>
      </nav>
    </>
  );
}
