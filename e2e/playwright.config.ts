import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

// Each run serves the built site on its own port, so parallel checkouts do not collide.
const port = Number(process.env.PORT ?? 3210);
const baseUrl = process.env.BASE_URL ?? '/';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  // The crawl (links, anchors, images, sitemap, 404, metadata, the published files) runs against the
  // base-path build, where a link that escapes the base URL breaks: see playwright.basepath.config.ts.
  testIgnore: 'crawl.spec.ts',
  outputDir: '../test-results',
  fullyParallel: true,
  // Two workers: on the project's two-core machines they finish the suite about an eighth sooner than one.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // On CI an HTML report is kept too; the workflow uploads it when a run fails.
  reporter: process.env.CI ? [['list'], ['html', { outputFolder: '../playwright-report', open: 'never' }]] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${baseUrl}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs --dir build --port ${port} --base ${baseUrl}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${baseUrl}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
