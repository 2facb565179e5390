import '@testing-library/jest-dom/vitest';
import axe from 'axe-core';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';

afterEach(() => cleanup());

/**
 * Runs axe on a rendered container and fails with the list of violations.
 * jsdom cannot compute colour contrast, so that rule is left to the Playwright suite.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const results = await axe.run(container, {
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  expect(summary).toEqual([]);
}
