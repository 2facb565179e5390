// Issue #21: each page says a thing once. The draft notice appears once on every page and in every
// Markdown copy; the loop's description in words appears once where a diagram is drawn, and Markdown
// copies other than the overview's point to the overview's description instead of repeating it.
import { expect, test } from '@playwright/test';
import { markdownPath, paths, phasePath, type PhaseId } from '../src/data';
import { rel, routes } from './support';

// Written out by hand, as a reader sees them.
const DRAFT_NOTICE = 'Draft: the Value Delivery Loop model and its metric mappings are working drafts and may still change.';
/** A phrase that occurs once in the diagram's description and nowhere else. */
const DESCRIPTION = 'Four feedback arcs run backwards:';
const REFERENCE = /described in words on \[the overview\]\([^)]*\/docs\/value-delivery-loop\)/g;

const occurrences = (text: string, phrase: string): number => text.split(phrase).length - 1;

/** The page's HTML without its scripts, which hold data for the browser rather than text for the reader. */
const readable = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script>/g, '');

// Pages that draw the loop; the feedback arcs page and the print view draw it several times.
const withDiagram: readonly string[] = [
  paths.home,
  paths.overview,
  paths.feedbackArcs,
  paths.printGuide,
  ...(['discover', 'verify', 'learn'] as PhaseId[]).map(phasePath),
];

for (const route of routes) {
  test(`${route} carries one draft notice and the loop's description at most once, in HTML and in its Markdown copy`, async ({ request }) => {
    const html = readable(await (await request.get(rel(route))).text());
    expect(occurrences(html, DRAFT_NOTICE), 'draft notices in the HTML').toBe(1);
    expect(occurrences(html, DESCRIPTION), 'descriptions in the HTML').toBeLessThanOrEqual(1);
    if (withDiagram.includes(route)) expect(occurrences(html, DESCRIPTION), 'descriptions in the HTML').toBe(1);

    const copy = await (await request.get(rel(markdownPath(route)))).text();
    expect(occurrences(copy, DRAFT_NOTICE), 'draft notices in the Markdown copy').toBe(1);
    if (route === paths.overview) {
      expect(occurrences(copy, DESCRIPTION), 'the overview’s copy describes the loop').toBe(1);
    } else {
      expect(occurrences(copy, DESCRIPTION), 'other copies do not repeat the description').toBe(0);
      if (withDiagram.includes(route)) expect(copy.match(REFERENCE) ?? [], 'a reference to the overview’s description').toHaveLength(1);
    }
    expect(copy).not.toContain('Feedback arcs:\n');
  });
}

test('llms-full.txt says once that the model is a draft and describes the loop once', async ({ request }) => {
  const full = await (await request.get(rel(paths.llmsFull))).text();
  expect(occurrences(full, DRAFT_NOTICE)).toBe(1);
  expect(occurrences(full, DESCRIPTION)).toBe(1);
  expect(full).not.toMatch(/as the source puts it|DORA table counts this phase|Called out for this phase|stored copies/);
});
