import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { counts, countWord, docPath, frameworkNames, guideOutline, loop, markdownPath, pagePaths, paths } from '../data';
import { htmlToMarkdown, type PageText } from '../lib/htmlToMarkdown';
import { publicAddress } from './publicAddress';

/** The built HTML file of a page path, or an error naming the page. */
function htmlFile(outDir: string, pagePath: string): string {
  const base = path.join(outDir, pagePath);
  const file = [path.join(base, 'index.html'), `${base}.html`].find(existsSync);
  if (!file) throw new Error(`src/plugins/markdownCopies.ts: the page ${pagePath} is in src/data/routes.ts but the build has no HTML for it.`);
  return file;
}

interface Copy extends PageText {
  readonly pagePath: string;
  /** Public addresses of the page and of its Markdown copy. */
  readonly url: string;
  readonly markdownUrl: string;
}

/** The sections of llms.txt: the guide as its sidebar groups it, then the tools. */
function sections(): { title: string; pagePaths: string[] }[] {
  const guide = guideOutline.filter((entry) => typeof entry === 'string').map(docPath);
  const groups = guideOutline.flatMap((entry) =>
    typeof entry === 'string' ? [] : [{ title: entry.label, pagePaths: [...(entry.indexDocId ? [entry.indexDocId] : []), ...entry.docIds].map(docPath) }],
  );
  const listed = new Set([...guide, ...groups.flatMap((group) => group.pagePaths)]);
  return [
    { title: 'The guide', pagePaths: [paths.home, ...guide] },
    ...groups,
    { title: 'Tools', pagePaths: pagePaths.filter((p) => p !== paths.home && !listed.has(p)) },
  ];
}

/** llms.txt, after the convention at llmstxt.org: the site's name, a summary, and every page with a line about it. */
export function llmsText(copies: readonly Copy[], address: (file: string) => string): string {
  const byPath = new Map(copies.map((copy) => [copy.pagePath, copy]));
  const lines = [
    `# ${loop.title}`,
    '',
    `> An interactive guide to how software value is delivered: the ${countWord(counts.phases)} phases of the Value Delivery Loop, its forward flow and feedback arcs, and how the ${frameworkNames()} metric frameworks map onto each phase. ${loop.draftNotice}`,
    '',
    'Each page below has a Markdown copy (the address ending in .md); llms-full.txt holds all of them in one file, in reading order.',
  ];
  for (const section of sections()) {
    lines.push('', `## ${section.title}`, '');
    for (const pagePath of section.pagePaths) {
      const copy = byPath.get(pagePath);
      if (copy) lines.push(`- [${copy.title}](${copy.markdownUrl}): ${copy.description}`);
    }
  }
  lines.push(
    '',
    '## Data',
    '',
    `- [The model as JSON](${address(paths.publishedModel)}): every phase, arc, framework, metric and role group, with the phase mapping.`,
    `- [The JSON Schema](${address(paths.modelSchema)}): what the JSON holds, field by field.`,
    `- [The mapping as CSV](${address(paths.mappingCsv)}): one row per metric, or SPACE cell, and phase.`,
    '',
    '## Optional',
    '',
    `- [Every page in one file](${address(paths.llmsFull)}): the Markdown copies above, in reading order.`,
    '',
  );
  return lines.join('\n');
}

/**
 * Writes a Markdown copy of every page beside its HTML (/docs/phases/verify.md), then llms.txt and
 * llms-full.txt, all from the built pages, so they say what the pages say. A page the routes module
 * lists but the build lacks fails the build, naming it.
 */
export default function markdownCopiesPlugin(): Plugin {
  return {
    name: 'markdown-copies',
    async postBuild({ outDir, siteConfig }) {
      const address = publicAddress(siteConfig);
      const overview = address(paths.overview);
      const copies: (Copy & { readonly body: string })[] = [];
      for (const pagePath of pagePaths) {
        const html = await readFile(htmlFile(outDir, pagePath), 'utf8');
        const url = address(pagePath);
        // The loop is described in words once, on the overview; other pages' copies point there.
        const text = htmlToMarkdown(html, url, pagePath === paths.overview ? {} : { describedAt: overview });
        const body = `${text.markdown.trim()}\n\n---\n\nA Markdown copy of ${url}.`;
        // Each copy stands alone, so each says once that the model is a draft, as its page's banner does.
        const markdown = `${body} ${loop.draftNotice}\n`;
        await writeFile(path.join(outDir, markdownPath(pagePath)), markdown, 'utf8');
        copies.push({ ...text, markdown, body, pagePath, url, markdownUrl: address(markdownPath(pagePath)) });
      }
      await writeFile(path.join(outDir, paths.llms), llmsText(copies, address), 'utf8');
      // Every page once, in reading order, under one draft notice; the print view repeats the phase
      // guides, so it is left out.
      const full = copies.filter((copy) => copy.pagePath !== paths.printGuide).map((copy) => copy.body);
      await writeFile(path.join(outDir, paths.llmsFull), `> ${loop.draftNotice}\n\n${full.join('\n\n\n')}\n`, 'utf8');
    },
  };
}
