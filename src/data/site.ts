/**
 * The site's own names: its title, and each page's name as the page, the navbar and the footer
 * write it. docusaurus.config.ts and the pages read them here, so renaming a page is one edit.
 * Docs pages take their title from their front matter, which cannot import: a test checks that the
 * front matter says the same (src/data/__tests__/site.test.ts).
 *
 * Kept apart from the data index, which imports the addresses (routes.ts): that module may read
 * these names without an import cycle.
 */
import { loop } from './loop';

/** What the site calls itself: the model's title. */
export const siteTitle = loop.title;

/** The site's name in the navbar, beside the logo, where the article does not fit. */
export const navbarTitle = 'Value Delivery Loop';

/** A page's name: `title` heads the page and its browser tab; `linkLabel`, when set, is shorter, for links. */
export interface PageName {
  readonly title: string;
  readonly linkLabel?: string;
}

/** Each page's name, keyed as its address in `paths` (routes.ts). */
export const pageNames = {
  home: { title: 'Home' },
  overview: { title: loop.title, linkLabel: 'The loop' },
  feedbackArcs: { title: 'The feedback arcs', linkLabel: 'Feedback arcs' },
  roles: { title: 'Role guides' },
  embed: { title: 'Use the loop elsewhere' },
  sources: { title: 'Sources' },
  finder: { title: 'Metric finder' },
  check: { title: 'Loop check' },
  measure: { title: 'Measure DORA’s five metrics', linkLabel: 'Measure it' },
  printGuide: { title: 'The phase guides, for print' },
} as const satisfies Record<string, PageName>;

export type NamedPage = keyof typeof pageNames;

/** How a link to the page reads: its short label, or its title. */
export const linkLabel = (page: NamedPage): string => {
  const name: PageName = pageNames[page];
  return name.linkLabel ?? name.title;
};
