import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import Count from '..';

describe('Count', () => {
  it('writes a count from the model as a word', () => {
    const { container } = render(
      <p>
        <Count of="feedbackArcs" capital /> arcs, <Count of="spaceCells" /> labels
      </p>,
    );
    expect(container).toHaveTextContent('Four arcs, thirty labels');
  });

  it('fails on an unknown count, naming it', () => {
    expect(() => render(<Count of="feedbackArc" />)).toThrow(/Unknown count "feedbackArc"/);
  });
});
