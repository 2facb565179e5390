/** What the browser suite's build is built with, shared by its build script, the Playwright config and the tests. */

/** A project Pages site lives under /<repo>/: the suite's build serves the site under such a path. */
export const BASE_PATH = '/value-delivery-loop/';
/** The repository that build links its docs' sources to, as the Pages workflow does with the real one. */
export const REPOSITORY_URL = 'https://github.com/example/value-delivery-loop';
/** Where `npm run build:test` puts that build, apart from `npm run build`'s `build/`. */
export const TEST_BUILD_DIR = 'build-basepath';
