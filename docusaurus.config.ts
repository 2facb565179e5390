import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import type { PluginOptions } from '@easyops-cn/docusaurus-search-local';
import { counts, countWord, docPath, FRAMEWORK_IDS, frameworkPath, FRAMEWORKS_DIR, getFramework, loop, paths, PHASE_IDS, phasePath, PHASES_DIR } from './src/data';
import { linkLabel, navbarTitle, siteTitle } from './src/data/site';
import lazyPrismPlugin from './src/plugins/lazyPrism';
import loopImagesPlugin, { OG_IMAGE } from './src/plugins/loopImages';
import markdownCopiesPlugin from './src/plugins/markdownCopies';
import measureSchemaPlugin from './src/plugins/measureSchema';
import pagePracticesPlugin from './src/plugins/pagePractices';
import mermaidChunksPlugin from './src/plugins/mermaidChunks';
import { accessibleTheme } from './src/plugins/prismContrast';
import publishModelPlugin from './src/plugins/publishModel';

// A project Pages site lives under /<repo>/; BASE_URL lets one build serve either (issue #5).
const baseUrl = process.env.BASE_URL ?? '/';
// Where the site's source is published (the Pages workflow sets it): docs pages then link to their
// source to be edited. Without it there are no edit links.
const repositoryUrl = process.env.REPOSITORY_URL?.replace(/\/$/, '');

const config = {
  title: siteTitle,
  tagline: `${countWord(counts.phases, { capital: true })} phases, ${countWord(counts.feedbackArcs)} feedback arcs, and where DORA, SPACE and ESSP metrics fit.`,
  favicon: 'img/favicon.svg',
  url: process.env.SITE_URL ?? 'https://value-delivery-loop.example.org',
  baseUrl,
  trailingSlash: false,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    mermaid: true,
    hooks: { onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw' },
  },
  future: { v4: true, faster: true },
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    [
      'classic',
      {
        docs: {
          sidebarPath: './sidebars.ts',
          // From git: each page says when its source last changed.
          showLastUpdateTime: true,
          ...(repositoryUrl ? { editUrl: `${repositoryUrl}/edit/main/` } : {}),
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  themes: [
    '@docusaurus/theme-mermaid',
    [
      // Offline full-text search: the index is built at build time and served as static files.
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        // The home page and the metric finder are React pages whose text comes from src/data;
        // the docs say the same things in prose, so indexing pages would only add duplicates.
        indexPages: false,
        docsRouteBasePath: '/docs',
        language: ['en'],
        highlightSearchTermsOnTargetPage: false,
        explicitSearchResultPath: true,
      } satisfies PluginOptions,
    ],
  ],
  // Two fixes live in patches/ instead (patches/README.md): links prefetch their pages in idle time,
  // once per page, and no page ships tslib.
  plugins: [publishModelPlugin, measureSchemaPlugin, pagePracticesPlugin, loopImagesPlugin, markdownCopiesPlugin, mermaidChunksPlugin, lazyPrismPlugin],
  themeConfig: {
    // Open Graph / Twitter card picture of the loop, drawn from the model at build time (src/plugins/loopImages.ts).
    image: OG_IMAGE,
    // The seed marks the whole model as a draft; every page says so. Plain text from the model, no markup.
    announcementBar: { id: 'draft-model', content: loop.draftNotice, isCloseable: false },
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: navbarTitle,
      logo: { alt: '', src: 'img/favicon.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide' },
        { to: phasePath(PHASE_IDS[0]), label: 'Phases', position: 'left', activeBaseRegex: `${docPath(PHASES_DIR)}/` },
        { to: frameworkPath(FRAMEWORK_IDS[0]), label: 'Frameworks', position: 'left', activeBaseRegex: `${docPath(FRAMEWORKS_DIR)}/` },
        { to: paths.finder, label: linkLabel('finder'), position: 'left' },
        { to: paths.check, label: linkLabel('check'), position: 'left' },
        { to: paths.measure, label: linkLabel('measure'), position: 'left' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            ...(['overview', 'feedbackArcs', 'finder', 'check', 'measure', 'roles', 'printGuide', 'embed', 'sources'] as const).map((page) => ({
              label: linkLabel(page),
              to: paths[page],
            })),
          ],
        },
        {
          title: 'Frameworks',
          items: FRAMEWORK_IDS.map((id) => ({ label: getFramework(id).name, to: frameworkPath(id) })),
        },
      ],
      copyright: 'A working draft. Metric names and definitions belong to their publishers; see Sources.',
    },
    // Mermaid highlighting for the source on /docs/embed. Stock GitHub strings are 4.32:1 on its
    // background: every token colour is nudged to 4.5:1 (src/plugins/prismContrast.ts).
    prism: {
      theme: accessibleTheme(prismThemes.github),
      darkTheme: accessibleTheme(prismThemes.dracula),
      additionalLanguages: ['mermaid'],
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
