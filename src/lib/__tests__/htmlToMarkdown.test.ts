import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../htmlToMarkdown';

const page = (body: string): string =>
  `<!doctype html><html><head><meta name="description" content="What this page is about."><title>T</title></head><body>${body}</body></html>`;

describe('htmlToMarkdown', () => {
  const html = page(`
    <nav>Site navigation</nav>
    <article><nav aria-label="Breadcrumbs">Home</nav><div class="theme-doc-markdown markdown">
      <h1>④ Verify &amp; Integrate</h1>
      <p>Read <a href="/docs/phases/build">the Build guide</a> or <a href="#metrics">the metrics</a>.<!-- --> Done.</p>
      <h2 id="metrics">Metrics<a class="hash-link" href="#metrics">#</a></h2>
      <figure><svg role="group"><title>The loop</title><desc>Six phases in a ring.</desc><text aria-hidden="true">④</text></svg>
        <div data-markdown="omit">Forward flow (solid line)</div><div><p>Feedback arcs:</p><ul><li>④ → ③: Fails go back</li></ul></div>
        <figcaption>You are at ④.</figcaption></figure>
      <table><caption>SPACE in Verify</caption><thead><tr><th>Dimension</th><th>Phases</th></tr></thead>
        <tbody><tr><th>Satisfaction</th><td><ul><li>④ Verify</li><li>⑤ Release</li></ul></td></tr>
        <tr><th>Change Failure Rate<br/><small>DORA now: Change fail rate</small></th><td><p>Is it stable?</p><p>Measured after release.</p></td></tr></tbody></table>
      <p><span aria-hidden="true">✓ </span>Covered <button>Copy</button></p>
    </div></article>
    <footer>Footer</footer>`);
  const { title, description, markdown } = htmlToMarkdown(html, 'https://example.org/docs/phases/verify');

  it('takes the title, the description and the article only', () => {
    expect(title).toBe('④ Verify & Integrate');
    expect(description).toBe('What this page is about.');
    expect(markdown).toMatch(/^# ④ Verify & Integrate\n/);
    expect(markdown).not.toMatch(/Site navigation|Breadcrumbs|Home|Footer/);
  });

  it('makes the site’s links absolute and keeps links within the page', () => {
    expect(markdown).toContain('[the Build guide](https://example.org/docs/phases/build)');
    expect(markdown).toContain('[the metrics](#metrics)');
  });

  it('writes a table as a Markdown table, a list in a cell as one line', () => {
    expect(markdown).toMatch(/\| Dimension +\| Phases +\|/);
    expect(markdown).toMatch(/\| Satisfaction +\| ④ Verify; ⑤ Release +\|/);
  });

  it('keeps a cell’s lines and paragraphs apart on its one line', () => {
    expect(markdown).toMatch(/\| Change Failure Rate — DORA now: Change fail rate \| Is it stable\? Measured after release\. +\|/);
  });

  it('puts the drawing’s title and description in its place, and leaves out what is only for the eye', () => {
    expect(markdown).toContain('(Diagram) The loop: Six phases in a ring.');
    expect(markdown).toContain('You are at ④.');
    expect(markdown).not.toMatch(/Forward flow|✓|Copy|<!--|\]\(#metrics\)#/);
    expect(markdown).toContain('Covered');
  });

  it('leaves out the arcs’ text key beside the drawing, which repeats its description', () => {
    expect(markdown).not.toMatch(/Feedback arcs:|Fails go back/);
  });

  it('on pages other than the overview, refers to the overview’s description instead of repeating it', () => {
    const copy = htmlToMarkdown(html, 'https://example.org/docs/phases/verify', { describedAt: 'https://example.org/docs/value-delivery-loop' }).markdown;
    expect(copy).toContain('(Diagram) The loop, described in words on [the overview](https://example.org/docs/value-delivery-loop).');
    expect(copy).not.toContain('Six phases in a ring');
    expect(copy).toContain('You are at ④.');
  });

  it('refuses a page without an article or main element, naming it', () => {
    expect(() => htmlToMarkdown(page('<p>Nothing</p>'), 'https://example.org/x')).toThrow(/https:\/\/example\.org\/x: no article or main element/);
  });
});
