import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';
import mermaidChunksPlugin from './src/plugins/mermaidChunks';
import publishModelPlugin from './src/plugins/publishModel';

// A project Pages site lives under /<repo>/; BASE_URL lets one build serve either (issue #5).
const baseUrl = process.env.BASE_URL ?? '/';

const config = {
  title: 'The Value Delivery Loop',
  tagline: 'Six phases, four feedback arcs, and where DORA, SPACE and ESSP metrics fit.',
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
          showLastUpdateTime: false,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  themes: ['@docusaurus/theme-mermaid'],
  plugins: [publishModelPlugin, mermaidChunksPlugin],
  themeConfig: {
    // Open Graph / Twitter card picture of the loop, drawn from the model by scripts/og-image.mjs.
    image: 'img/og-loop.png',
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Value Delivery Loop',
      logo: { alt: '', src: 'img/favicon.svg' },
      items: [
        { type: 'docSidebar', sidebarId: 'guide', position: 'left', label: 'Guide' },
        { to: '/docs/phases/discover', label: 'Phases', position: 'left', activeBaseRegex: '/docs/phases/' },
        { to: '/docs/frameworks/dora', label: 'Frameworks', position: 'left', activeBaseRegex: '/docs/frameworks/' },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Guide',
          items: [
            { label: 'The loop', to: '/docs/value-delivery-loop' },
            { label: 'Feedback arcs', to: '/docs/feedback-arcs' },
            { label: 'Sources', to: '/docs/sources' },
          ],
        },
        {
          title: 'Frameworks',
          items: [
            { label: 'DORA', to: '/docs/frameworks/dora' },
            { label: 'SPACE', to: '/docs/frameworks/space' },
            { label: 'ESSP', to: '/docs/frameworks/essp' },
          ],
        },
      ],
      copyright: 'A working draft. Metric names and definitions belong to their publishers; see Sources.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
