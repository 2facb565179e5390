// `npm start` (see dev.config.ts): the development server compiles and renders pages, code included.
import { expect, test } from '@playwright/test';
import { getPhase, paths, phaseLabel, phasePath } from '../src/data';
import { collectErrors, rel, waitForHydration } from './support';

test('the development server renders a phase guide and highlights the embed page’s code', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(rel(phasePath('verify')));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(phaseLabel(getPhase('verify')));
  await waitForHydration(page);
  await page.goto(rel(paths.embed));
  // Prism loads the first time a page shows code (src/theme/CodeBlock); in development too.
  await expect(page.locator('.theme-code-block .token').first()).toBeVisible();
  expect(errors).toEqual([]);
});
