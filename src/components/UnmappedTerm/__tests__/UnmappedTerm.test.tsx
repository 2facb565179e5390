import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import UnmappedTerm from '..';

describe('UnmappedTerm', () => {
  it('explains a term the frameworks do not define, with its source', () => {
    const { container } = render(<UnmappedTerm term="reliability" />);
    expect(container).toHaveTextContent(/^DORA treats reliability \(once called availability\) as operational performance/);
    expect(screen.getByRole('link', { name: 'Source' })).toHaveAttribute('href', 'https://dora.dev/guides/dora-metrics/history/');
  });

  it('says what rework rate is, from its record, and that the model maps it to no phase', () => {
    const { container } = render(<UnmappedTerm term="rework rate" />);
    expect(container).toHaveTextContent(
      'Deployment rework rate is the fifth DORA metric, added in 2024: the share of deployments that were unplanned and made to deal with a production incident or user-facing bug. This draft model does not map it to phases yet. Source.',
    );
    expect(screen.getByRole('link', { name: 'Source' })).toHaveAttribute('href', 'https://dora.dev/guides/dora-metrics/');
  });

  it('throws on a term it cannot explain, naming it', () => {
    expect(() => render(<UnmappedTerm term="velocity points" />)).toThrow(/Unknown unmapped term "velocity points"/);
  });

  it('does not explain away a measure the model maps', () => {
    expect(() => render(<UnmappedTerm term="MTTR" />)).toThrow(/Unknown unmapped term "MTTR"/);
  });
});
