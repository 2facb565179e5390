import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// A project Pages site lives under /<repo>/. This run builds the site for such a base path into its
// own folder and crawls it: every page, link, anchor, image and published file, so none escapes the base.
const basePath = '/value-delivery-loop/';
const port = Number(process.env.BASEPATH_PORT ?? Number(process.env.PORT ?? 3210) + 1);
const env = { BASE_URL: basePath };

export default defineConfig({
  ...base,
  testMatch: ['crawl.spec.ts'],
  testIgnore: [],
  outputDir: '../test-results/basepath',
  reporter: process.env.CI ? [['list'], ['html', { outputFolder: '../playwright-report/basepath', open: 'never' }]] : [['list']],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}${basePath}` },
  webServer: {
    command:
      'npx docusaurus build --out-dir build-basepath && ' +
      `node scripts/serve.mjs --dir build-basepath --port ${port} --base ${basePath}`,
    cwd: '..',
    env,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    // The build runs first, on a slow shared machine.
    timeout: 300_000,
  },
});
