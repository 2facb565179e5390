import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { BASE_PATH, REPOSITORY_URL } from './constants';

// Each run serves the built sites on ports of its own, so parallel checkouts do not collide.
const port = Number(process.env.PORT ?? 3210);
const basePathPort = Number(process.env.BASEPATH_PORT ?? port + 1);
/** Where `npm run build` put the site: the root unless BASE_URL says otherwise. */
const baseUrl = process.env.BASE_URL ?? '/';
const basePath = BASE_PATH;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
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
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    // The crawl (every page, link, anchor, image, the sitemap, the 404 page, metadata and the published
    // files) runs on the base-path build, where a link or asset that escapes the base URL breaks. It is
    // listed first so its one long test starts first, beside the others.
    {
      name: 'base path',
      testMatch: 'crawl.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${basePathPort}${basePath}` },
    },
    {
      name: 'site',
      testIgnore: 'crawl.spec.ts',
      use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${port}${baseUrl}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir build --port ${port} --base ${baseUrl}`,
      cwd: '..',
      url: `http://127.0.0.1:${port}${baseUrl}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command:
        'npx docusaurus build --out-dir build-basepath && ' +
        `node scripts/serve.mjs --dir build-basepath --port ${basePathPort} --base ${basePath}`,
      cwd: '..',
      // The base-path build also has edit links, as the Pages workflow's build does (see crawl.spec.ts).
      env: { BASE_URL: basePath, REPOSITORY_URL },
      url: `http://127.0.0.1:${basePathPort}${basePath}`,
      reuseExistingServer: false,
      // The build runs first, on a slow shared machine.
      timeout: 300_000,
    },
  ],
});
