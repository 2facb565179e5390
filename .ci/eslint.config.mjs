// ESLint for the site, its tests and scripts: `npm run lint`. Types are checked by `tsc`, and
// accessibility by axe in the rendered pages, so this config keeps to what neither of them sees:
// mistakes in plain JavaScript logic, the rules of React hooks, and the direction of imports.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------
// The direction of imports. Each folder may import from the folders before it, never after:
//
//   src/data → src/lib → src/components, src/hooks → src/pages, src/theme → docs
//
// Beside that line: src/plugins is build code that docusaurus.config.ts runs in Node. It reads the
// model (src/data) and the pure functions that turn it into files (src/lib), and no browser code
// imports it. src/clientModules (empty today) would hold browser start-up code, at the level of components.
// docusaurus.config.ts, sidebars.ts and e2e/ read only the model, so a test never computes its
// expected value with the code it tests, and the site's set-up never depends on browser code.
//
// Two more rules keep text off pages that do not show it: only /check imports the loop check
// (src/data/check, its survey, and the src/lib modules that read them), and only the role guide and
// role list components import the role groups' texts. The check's statements alone
// (src/data/checkStatements) may go to /check and the role guide (src/components/RoleGuide), which
// lists those that concern its group (e2e/build-output.spec.ts checks what pages run).
//
// no-restricted-imports matches the import as written, so each pattern matches both spellings of a
// project path: `@site/src/lib/…` and a relative `../lib/…` (or `../../lib/…` from a test folder).
// A rule set applies to a file when its folder's block is the last one that matches it, so the
// blocks below are disjoint (see `ignores`).
// ---------------------------------------------------------------------------------------------------

/** An import of one of `folders` (paths under src/), written with @site/src/, src/ or ../. */
const intoSrc = (folders) => `^(?:@site/src/|src/|(?:\\.\\./)+)(?:${folders.join('|')})(?:/|$)`;
/** An import of one of `modules` (paths under src/, without extension). */
const srcModule = (modules) => `^(?:@site/src/|src/|(?:\\.\\./)+)(?:${modules.join('|')})(?:\\.tsx?)?$`;

/** A rule entry: an import matching `regex` is an error that says `message`. */
const against = (regex, message) => ({ regex, message, caseSensitive: true });

const DOCS = against(`^(?:@site/|(?:\\.\\./)+)docs(?:/|$)`, 'Docs pages import components, never the reverse: render from src/data and src/components instead.');
const SWIZZLE_ORIGINALS = against(
  '^@theme-(?:original|init)/',
  '@theme-original and @theme-init are for wrapping a theme component, so only src/theme may import them.',
);
const BROWSER_FRAMEWORK = against(
  '^(?:(?:react|react-dom|@theme|@theme-original|@theme-init|@generated)(?:/|$)|@docusaurus/(?!types$)|@mdx-js/)',
  'The model and the pure functions know nothing of React or Docusaurus; only components, pages and the theme do.',
);
/** The loop check's own modules: only /check imports them. */
const CHECK_MODULES = ['data/check', 'data/doraSurvey', 'lib/check[A-Za-z]*'];
const CHECK_TEXTS = against(
  srcModule([...CHECK_MODULES, 'data/checkStatements']),
  'Only /check (src/pages/check) ships the loop check’s statements and survey, and only the role guide (src/components/RoleGuide) the statements alone (src/data/checkStatements): a page or shared component that imports them makes every page that renders it download them.',
);
const CHECK_BEYOND_STATEMENTS = against(
  srcModule(CHECK_MODULES),
  'The role guide may show the loop check’s statements (src/data/checkStatements), but only /check (src/pages/check) ships the rest of the check: its survey, scoring and links.',
);
const ROLE_TEXTS = against(
  srcModule(['data/roles']),
  'Only the role guide and role list components (src/components/RoleGuide, RoleList) import the role groups’ texts, so pages without role guides do not ship them.',
);
const above = (layer, folders) =>
  against(intoSrc(folders), `${layer} must not import from ${folders.map((f) => `src/${f}`).join(', ')}: imports follow src/data → src/lib → src/components, src/hooks → src/pages, src/theme → docs.`);

/** One folder's rules: `no-restricted-imports` with these patterns, on `files` less `ignores`. */
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

const ROLE_GUIDE = 'src/components/RoleGuide/**';
const ROLE_LIST = 'src/components/RoleList/**';
const ROLE_COMPONENTS = [ROLE_GUIDE, ROLE_LIST];

export const importDirection = [
  layer(['src/data/**'], [above('src/data', ['lib', 'components', 'hooks', 'pages', 'theme', 'plugins', 'clientModules', 'test']), BROWSER_FRAMEWORK, DOCS]),
  layer(['src/lib/**'], [above('src/lib', ['components', 'hooks', 'pages', 'theme', 'plugins', 'clientModules']), BROWSER_FRAMEWORK, DOCS]),
  layer(
    ['src/components/**', 'src/hooks/**'],
    [above('src/components and src/hooks', ['pages', 'theme', 'plugins', 'clientModules']), CHECK_TEXTS, ROLE_TEXTS, SWIZZLE_ORIGINALS, DOCS],
    ROLE_COMPONENTS,
  ),
  layer([ROLE_LIST], [above('src/components', ['pages', 'theme', 'plugins', 'clientModules']), CHECK_TEXTS, SWIZZLE_ORIGINALS, DOCS]),
  layer([ROLE_GUIDE], [above('src/components', ['pages', 'theme', 'plugins', 'clientModules']), CHECK_BEYOND_STATEMENTS, SWIZZLE_ORIGINALS, DOCS]),
  layer(['src/pages/**'], [above('src/pages', ['theme', 'plugins', 'clientModules']), CHECK_TEXTS, ROLE_TEXTS, SWIZZLE_ORIGINALS, DOCS], ['src/pages/check/**']),
  layer(['src/pages/check/**'], [above('src/pages', ['theme', 'plugins', 'clientModules']), ROLE_TEXTS, SWIZZLE_ORIGINALS, DOCS]),
  layer(['src/theme/**'], [above('src/theme', ['pages', 'plugins', 'clientModules']), CHECK_TEXTS, ROLE_TEXTS, DOCS]),
  layer(['src/clientModules/**'], [above('src/clientModules', ['components', 'hooks', 'pages', 'theme', 'plugins']), SWIZZLE_ORIGINALS, DOCS]),
  layer(['src/plugins/**'], [above('Build plugins (src/plugins)', ['components', 'hooks', 'pages', 'theme', 'clientModules']), SWIZZLE_ORIGINALS, DOCS]),
  layer(
    ['docusaurus.config.ts'],
    [against('^(?:\\./|@site/)?src/(?!data(?:/|$)|plugins/)', 'docusaurus.config.ts reads the model (src/data) and its own plugins (src/plugins) only.'), DOCS],
  ),
  layer(['sidebars.ts'], [against('^(?:\\./|@site/)?src/(?!data(?:/|$))', 'sidebars.ts reads the model (src/data) only.'), DOCS]),
  layer(
    ['e2e/**'],
    [
      against(
        '^(?:@site/src/|(?:\\.\\./)+src/)(?!data(?:/|$))',
        'Browser tests read the model (src/data) only: an expected value computed by the code under test cannot catch its bugs. Write it out.',
      ),
      DOCS,
    ],
  ),
];

export default tseslint.config(
  { ignores: ['build/', 'build-*/', '.docusaurus/', 'node_modules/', 'test-results/', 'bench-results/', 'screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...importDirection,
);
