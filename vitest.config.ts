import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const mock = (file: string): string => fileURLToPath(new URL(`./src/test/mocks/${file}`, import.meta.url));

// Component tests run outside Docusaurus: only Link, the base-URL hooks, the docs plugin's useDoc,
// the router (react-router-dom's hooks, as core re-exports them), theme-common's useHistorySelector,
// @theme/* and the @theme-original/* components the theme wrappers wrap are mocked.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: {
    alias: [
      { find: '@docusaurus/Link', replacement: mock('Link.tsx') },
      { find: '@docusaurus/useBaseUrl', replacement: mock('useBaseUrl.ts') },
      { find: '@docusaurus/plugin-content-docs/client', replacement: mock('docsClient.tsx') },
      { find: /^@docusaurus\/router$/, replacement: mock('router.ts') },
      { find: /^@docusaurus\/theme-common$/, replacement: mock('themeCommon.ts') },
      { find: /^@theme\/(.*)$/, replacement: mock('theme/$1.tsx') },
      { find: /^@theme-original\/(.*)$/, replacement: mock('theme-original/$1.tsx') },
      { find: /^@site\/(.*)$/, replacement: fileURLToPath(new URL('./$1', import.meta.url)) },
    ],
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
    // Test files share a worker's modules instead of loading them afresh: the suite runs in a quarter
    // of the time. The tests keep no state between files (component tests unmount after each test).
    isolate: false,
    // Component tests with axe take a second or two; on a loaded 2-core machine five seconds was not
    // always enough (three timeouts in one run). A test that hangs still fails, after 30 s.
    testTimeout: 30_000,
    css: { modules: { classNameStrategy: 'non-scoped' } },
  },
});
