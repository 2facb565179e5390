/**
 * A built page's content as Markdown, for wikis and AI assistants: the page's main text, its tables as
 * Markdown tables, the loop diagram as its text description, links made absolute. Works on the HTML
 * the build wrote, so a copy says exactly what the page says. Pure TS (unified, rehype and remark).
 */
import type { Element, ElementContent, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';

export interface PageText {
  /** The page's h1. */
  readonly title: string;
  /** The page's meta description. */
  readonly description: string;
  readonly markdown: string;
}

/** Elements a reader of the Markdown cannot use or that repeat what is written beside them. */
const DROPPED = [
  'script',
  'style',
  'noscript',
  'button',
  'input',
  'select',
  'textarea',
  'a.hash-link',
  '[aria-hidden="true"]',
  'nav',
  // What a component marks as only for the eye, such as the diagram's legend.
  '[data-markdown="omit"]',
];

const paragraph = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

export interface MarkdownOptions {
  /**
   * Where the loop is described in words (the overview's address). Given, each drawing becomes a
   * one-line reference to that description instead of repeating it; omitted, the drawing is its
   * title and description.
   */
  readonly describedAt?: string;
}

/**
 * Replaces each drawn loop with its description, which names every phase and feedback arc, or with a
 * reference to where that description is. Of the figure around it only the caption stays: the arcs'
 * text key beside the drawing repeats what the description says.
 */
function describeDrawings(root: Element, { describedAt }: MarkdownOptions): void {
  for (const svg of selectAll('svg', root)) {
    const desc = select('desc', svg);
    const title = select('title', svg);
    const name = title ? toString(title) : '';
    const words = [name, desc ? toString(desc) : ''].filter(Boolean).join(': ');
    const replacement =
      describedAt !== undefined && desc
        ? paragraph([
            text(`(Diagram) ${name === '' ? 'The loop' : name}, described in words on `),
            { type: 'element', tagName: 'a', properties: { href: describedAt }, children: [text('the overview')] },
            text('.'),
          ])
        : paragraph([text(words === '' ? '' : `(Diagram) ${words}`)]);
    Object.assign(svg, replacement);
  }
  for (const figure of selectAll('figure', root)) {
    const drawing = figure.children.find((child) => child.type === 'element' && toString(child).trim().startsWith('(Diagram)'));
    if (drawing === undefined) continue;
    figure.children = figure.children.filter((child) => child === drawing || (child.type === 'element' && child.tagName === 'figcaption'));
  }
}

/** A cell's text on one line: a line break reads as " — ", and paragraphs are kept apart by a space. */
function cellText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return ' — ';
  const text = node.children.map(cellText).join('');
  return node.tagName === 'p' ? ` ${text} ` : text;
}

/** Markdown tables hold one line per cell: lists and paragraphs inside a cell become one line. */
function flattenCells(root: Element): void {
  for (const cell of selectAll('td, th', root)) {
    const items = selectAll('li', cell);
    const lines = items.length > 0 ? items.map((li) => toString(li).trim()) : [];
    if (items.length > 0) cell.children = [{ type: 'text', value: lines.join('; ') }];
    else if (select('p, br', cell)) cell.children = [{ type: 'text', value: cell.children.map(cellText).join('').replace(/\s+/g, ' ').trim() }];
  }
}

/** Removes the dropped elements, and the empty comments React leaves between pieces of text. */
function removeDropped(root: Element): void {
  const dropped = new Set<ElementContent>(DROPPED.flatMap((selector) => selectAll(selector, root)));
  visit(root, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'comment' || (node.type === 'element' && dropped.has(node))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}

/** Links that point into the site become absolute, so a copy pasted elsewhere still leads back. */
function absoluteLinks(root: Element, pageUrl: string): void {
  for (const link of selectAll('a[href]', root)) {
    const href = String(link.properties.href ?? '');
    if (href.startsWith('#')) continue;
    link.properties.href = new URL(href, pageUrl).href;
  }
}

/**
 * The Markdown of a built page: its docs article or its main element, cleaned as above.
 * `pageUrl` is the page's public address, which relative links are resolved against.
 */
export function htmlToMarkdown(html: string, pageUrl: string, options: MarkdownOptions = {}): PageText {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const description = String(select('meta[name="description"]', tree)?.properties.content ?? '');
  const content = select('article .theme-doc-markdown', tree) ?? select('main', tree);
  if (!content) throw new Error(`${pageUrl}: no article or main element to copy.`);
  const heading = select('h1', content);
  describeDrawings(content, options);
  removeDropped(content);
  flattenCells(content);
  absoluteLinks(content, pageUrl);
  const mdast = unified().use(rehypeRemark).runSync({ type: 'root', children: [content] });
  const markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', fences: true, rule: '-' })
    .stringify(mdast as never);
  return { title: heading ? toString(heading).trim() : '', description, markdown: String(markdown).replace(/\n{3,}/g, '\n\n') };
}
