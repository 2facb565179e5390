import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import PhaseLink from '@site/src/components/PhaseLink';
import TableFrame, { Body, Cell, ColumnHeader, Head, Row, RowHeader, Table } from '@site/src/components/TableFrame';
import { paths, phases } from '@site/src/data';

/** The anchor of the Sources section that says what HVE-Core is (its heading's id); every mention of it links there. */
export const HVE_CORE_ANCHOR = 'hve-core';
/** The anchor of its table of the loop page's three remarks on where HVE-Core is thin. */
export const HVE_CORE_COVERAGE_ANCHOR = 'where-the-page-says-hve-core-is-thin';

/** A link to the one explanation of HVE-Core, on the Sources page. */
export function HveCoreLink({ children = 'HVE-Core', anchor = HVE_CORE_ANCHOR }: { children?: ReactNode; anchor?: string }) {
  return <Link to={`${paths.sources}#${anchor}`}>{children}</Link>;
}

/**
 * The loop page's three remarks on where HVE-Core's tools are thin, side by side and in its words,
 * computed from the phases that carry one, so they read as one assessment rather than three claims.
 */
export default function HveCoreCoverage() {
  const remarks = phases.filter((phase) => phase.hveCoreOutlook !== undefined);
  return (
    <TableFrame label="The loop page’s three remarks on HVE-Core’s coverage">
      <Table>
        <caption>The loop page’s three remarks on HVE-Core’s coverage, in loop order</caption>
        <Head>
          <ColumnHeader>Phase</ColumnHeader>
          <ColumnHeader>The page’s remark</ColumnHeader>
        </Head>
        <Body>
          {remarks.map((phase) => (
            <Row key={phase.id}>
              <RowHeader>
                <PhaseLink phase={phase.id} />
              </RowHeader>
              <Cell column="The page’s remark">{phase.hveCoreOutlook}</Cell>
            </Row>
          ))}
        </Body>
      </Table>
    </TableFrame>
  );
}
