import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '@site/src/test/setup';
import PrivacyNote from '..';

describe('PrivacyNote', () => {
  it('opens with “Private by design.” and then says what the page keeps where, as one paragraph', async () => {
    const { container } = render(<PrivacyNote>Your records are read in this browser and sent nowhere.</PrivacyNote>);
    const opening = screen.getByText('Private by design.');
    expect(opening.tagName).toBe('STRONG');
    expect(opening.closest('p')).toHaveTextContent(/^Private by design\. Your records are read in this browser and sent nowhere\.$/);
    await expectNoAxeViolations(container);
  });
});
