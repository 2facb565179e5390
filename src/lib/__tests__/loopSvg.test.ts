import { describe, expect, it } from 'vitest';
import { arcs, feedbackArcs, forwardArcs, phases } from '../../data';
import { layoutLoop } from '../loopLayout';
import { escapeXml, PALETTES, renderLoopCard, renderLoopSvg } from '../loopSvg';

const layout = layoutLoop(phases, arcs);
const parse = (svg: string): Document => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (doc: Document): string[] => Array.from(doc.querySelectorAll('text'), (t) => t.textContent ?? '');

describe('renderLoopSvg', () => {
  const doc = parse(
    renderLoopSvg(layout, { palette: PALETTES.light, variant: 'wide', title: 'The <Loop>', description: 'Six & four', width: 1200 }),
  );
  const svg = doc.documentElement;

  it('is a well-formed SVG document with a title and description for screen readers', () => {
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(doc.getElementById(titleId ?? '')?.textContent).toBe('The <Loop>');
    expect(doc.getElementById(descId ?? '')?.textContent).toBe('Six & four');
  });

  it('draws one node per phase with its numeral and full name as text', () => {
    const nodes = Array.from(doc.querySelectorAll('g.phase'));
    expect(nodes.map((g) => g.getAttribute('data-phase'))).toEqual(phases.map((p) => p.id));
    for (const [i, phase] of phases.entries()) {
      const words = Array.from(nodes[i]?.querySelectorAll('text') ?? [], (t) => t.textContent).join(' ');
      expect(words).toBe(`${phase.numeral} ${phase.name}`);
    }
  });

  it('draws the forward arcs solid and the feedback arcs dashed, on the page diagram’s paths, with their labels', () => {
    const solid = Array.from(doc.querySelectorAll('path.forward-arc'));
    const dashed = Array.from(doc.querySelectorAll('path.feedback-arc'));
    expect(solid.map((p) => p.getAttribute('data-arc'))).toEqual(forwardArcs.map((a) => a.id));
    expect(dashed.map((p) => p.getAttribute('data-arc'))).toEqual(feedbackArcs.map((a) => a.id));
    expect(solid.every((p) => !p.hasAttribute('stroke-dasharray'))).toBe(true);
    expect(dashed.every((p) => p.getAttribute('stroke-dasharray'))).toBe(true);
    expect([...solid, ...dashed].map((p) => p.getAttribute('d'))).toEqual(layout.arcs.map((a) => a.d));
    const drawn = texts(doc).join(' ');
    for (const arc of feedbackArcs) expect(drawn.replace(/\s+/g, ' ')).toContain(arc.label);
  });

  it('asks to be shown at the given width, in the view box’s proportions', () => {
    const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(Number(svg.getAttribute('width'))).toBe(1200);
    expect(Number(svg.getAttribute('height'))).toBe(Math.round((1200 * (h ?? 0)) / (w ?? 1)));
  });

  it('uses the palette it is given', () => {
    const dark = parse(renderLoopSvg(layout, { palette: PALETTES.dark, variant: 'wide', title: 't', description: 'd' }));
    expect(dark.querySelector('rect')?.getAttribute('fill')).toBe(PALETTES.dark.background);
    expect(dark.querySelector('path.feedback-arc')?.getAttribute('stroke')).toBe(PALETTES.dark.accent);
  });
});

describe('the narrow variant', () => {
  it('draws short names and, when asked, the key letters A to D', () => {
    const doc = parse(renderLoopSvg(layout, { palette: PALETTES.light, variant: 'narrow', keys: true, title: 't', description: 'd' }));
    expect(texts(doc)).toEqual(expect.arrayContaining([...phases.map((p) => p.shortName), 'A', 'B', 'C', 'D']));
    expect(texts(doc)).not.toContain(phases[0]?.name);
  });
});

describe('renderLoopCard', () => {
  it('puts its words and the loop in one picture of the given size', () => {
    const doc = parse(
      renderLoopCard(layout, { palette: PALETTES.dark, title: 't', description: 'd', heading: ['The Value', 'Delivery Loop'], lines: ['Six phases'], width: 1200, height: 630 }),
    );
    expect(doc.documentElement.getAttribute('width')).toBe('1200');
    expect(texts(doc)).toEqual(expect.arrayContaining(['The Value', 'Delivery Loop', 'Six phases', ...phases.map((p) => p.shortName)]));
    expect(doc.querySelectorAll('path.feedback-arc')).toHaveLength(feedbackArcs.length);
  });
});

describe('escapeXml', () => {
  it('writes markup characters as entities', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });
});
