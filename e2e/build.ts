// `npm run build:test`: the one build the browser suite runs against. It is built as the Pages
// workflow builds the site, under a base path and with a repository address, so a link or asset that
// escapes the base URL breaks, and docs pages carry edit links.
import { spawnSync } from 'node:child_process';
import { BASE_PATH, REPOSITORY_URL, TEST_BUILD_DIR } from './constants';

const result = spawnSync('npx', ['docusaurus', 'build', '--out-dir', TEST_BUILD_DIR], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: BASE_PATH, REPOSITORY_URL },
});
process.exit(result.status ?? 1);
