import type { Page } from '@playwright/test';
import { FRAMEWORK_IDS, frameworkPath, PHASE_IDS, phasePath } from '../src/data';

/** Every route of the site, built from the model so a new phase is tested without editing this list. */
export const routes: readonly string[] = [
  '/',
  '/docs/value-delivery-loop',
  ...PHASE_IDS.map(phasePath),
  '/docs/feedback-arcs',
  ...FRAMEWORK_IDS.map(frameworkPath),
  '/docs/embed',
  '/docs/sources',
  '/metrics',
];

/** Relative URL for page.goto, so the suite runs under any base path. */
export const rel = (route: string): string => (route === '/' ? './' : `.${route}`);

/** Waits until React has hydrated, so keyboard and click handlers are attached. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}
