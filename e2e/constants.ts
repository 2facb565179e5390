/** What the base-path build is built with, shared by the Playwright config and the tests that check it. */

/** A project Pages site lives under /<repo>/: the second build serves the site under such a path. */
export const BASE_PATH = '/value-delivery-loop/';
/** The repository that build links its docs' sources to, as the Pages workflow does with the real one. */
export const REPOSITORY_URL = 'https://github.com/example/value-delivery-loop';
