import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

// `npm start`, the development server, checked on its own after the built site's suite: its client
// bundle is compiled differently (an HTML child compilation, hot reloading), so a build plugin can
// break it while `npm run build` passes. Not run beside the main suite: both compile on two cores.
const port = Number(process.env.DEV_PORT ?? 3230);

export default defineConfig({
  testDir: '.',
  testMatch: 'dev-server.check.ts',
  outputDir: '../test-results',
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 120_000,
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}/`,
    trace: 'off',
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx docusaurus start --no-open --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    // The server answers once the first compilation is done.
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
