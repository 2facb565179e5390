import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { BASE_PATH, TEST_BUILD_DIR } from './constants';

// Each run serves the suite's one build on a port of its own, so parallel checkouts do not collide.
const port = Number(process.env.PORT ?? 3210);

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
    ...devices['Desktop Chrome'],
    // Every test runs under the base path (e2e/build.ts), where a link or asset that escapes it breaks.
    baseURL: `http://127.0.0.1:${port}${BASE_PATH}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    // `npm run build:test` builds it first (npm test does); a missing build fails here, naming the folder.
    command: `node scripts/serve.mjs --dir ${TEST_BUILD_DIR} --port ${port} --base ${BASE_PATH}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
