import Link from '@docusaurus/Link';
import { phaseLabel, phasePath, rolePath } from '@site/src/data';
import { involvementOf, roleGroups } from '@site/src/data/roles';
import styles from './styles.module.css';

/** Every role group, each with its guide and the phases it is involved in: where each reader starts. */
export default function RoleList() {
  return (
    <ul className={styles.list}>
      {roleGroups.map((group) => (
        <li key={group.id}>
          <Link to={rolePath(group.id)} className={styles.name}>
            {group.name}
          </Link>
          : {group.summary} In{' '}
          {involvementOf(group.id).map(({ phase }, i) => (
            <span key={phase.id}>
              {i > 0 && ', '}
              <Link to={phasePath(phase.id)}>{phaseLabel(phase, { short: true })}</Link>
            </span>
          ))}
          .
        </li>
      ))}
    </ul>
  );
}
