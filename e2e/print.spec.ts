import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { phasePath } from '../src/data';
import { rel, waitForHydration } from './support';

test('a phase page prints its content without the navigation chrome', async ({ page }, testInfo) => {
  await page.goto(rel(phasePath('verify')));
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: /docs sidebar/i })).toBeHidden();
  await expect(page.getByRole('navigation', { name: /docs pages/i })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('link', { name: /skip to main content/i })).toBeHidden();

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const article = page.getByRole('article');
  await expect(article).toBeVisible();
  // The diagram and the tables stay on paper.
  const kept = [...(await article.getByRole('figure').all()), ...(await article.getByRole('table').all())];
  expect(kept.length).toBeGreaterThan(1);
  for (const element of kept) await expect(element).toBeVisible();

  // Not a check: a PDF for a person to look at, test-results/…/verify.pdf (pdftoppm turns it into PNGs).
  writeFileSync(testInfo.outputPath('verify.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
});
