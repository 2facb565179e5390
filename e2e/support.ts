import type { Page } from '@playwright/test';
import { pagePaths } from '../src/data';

/** Every route of the site, from the routes module, so a new page is tested without editing this list. */
export const routes: readonly string[] = pagePaths;

/** Relative URL for page.goto, so the suite runs under any base path. */
export const rel = (route: string): string => (route === '/' ? './' : `.${route}`);

/** Waits until React has hydrated, so keyboard and click handlers are attached. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]');
}
