// Draws the Open Graph image (static/img/og-loop.png, 1200×630) from the published model, so the
// picture shared on chat and social sites shows the same phases and arcs as src/data.
// Usage: npm run build && npm run og-image   (needs Chromium; CHROME_PATH overrides /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const modelFile = path.join(root, 'build', 'value-delivery-loop.json');
let model;
try {
  model = JSON.parse(readFileSync(modelFile, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${modelFile}: run "npm run build" first.\n${error.message}`);
  process.exit(1);
}

const WIDTH = 1200;
const HEIGHT = 630;
const centre = { x: 865, y: 315 };
const ringRadius = 215;
const nodeRadius = 64;
const colours = { background: '#0f2a47', ring: '#7fb6f0', node: '#1f5fa8', text: '#ffffff', feedback: '#f5b971' };

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const position = (index) => {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / model.phases.length;
  return { x: centre.x + ringRadius * Math.cos(angle), y: centre.y + ringRadius * Math.sin(angle), angle };
};
const indexOf = (id) => model.phases.findIndex((phase) => phase.id === id);

/** A point on the ring just outside a node, `offset` radians along the loop from its centre. */
const onRing = (index, offset) => {
  const angle = position(index).angle + offset;
  return { x: centre.x + ringRadius * Math.cos(angle), y: centre.y + ringRadius * Math.sin(angle) };
};
const gap = Math.asin((nodeRadius + 10) / ringRadius);

const forward = model.arcs
  .filter((arc) => arc.kind === 'forward')
  .map((arc) => {
    const from = onRing(indexOf(arc.from), gap);
    const to = onRing(indexOf(arc.to), -gap);
    return `<path d="M ${from.x} ${from.y} A ${ringRadius} ${ringRadius} 0 0 1 ${to.x} ${to.y}" stroke="${colours.ring}" stroke-width="6" fill="none" marker-end="url(#flow)"/>`;
  });

// Feedback arcs run backwards inside the ring, dashed, bowing towards the centre.
const feedback = model.arcs
  .filter((arc) => arc.kind === 'feedback')
  .map((arc) => {
    const a = position(indexOf(arc.from));
    const b = position(indexOf(arc.to));
    const inward = (p) => ({ x: p.x + (centre.x - p.x) * 0.32, y: p.y + (centre.y - p.y) * 0.32 });
    const from = inward(a);
    const to = inward(b);
    const control = { x: (from.x + to.x) / 2 + (centre.x - (from.x + to.x) / 2) * 0.7, y: (from.y + to.y) / 2 + (centre.y - (from.y + to.y) / 2) * 0.7 };
    return `<path d="M ${from.x} ${from.y} Q ${control.x} ${control.y} ${to.x} ${to.y}" stroke="${colours.feedback}" stroke-width="4" stroke-dasharray="12 8" fill="none" marker-end="url(#back)"/>`;
  });

const nodes = model.phases.map((phase, index) => {
  const { x, y } = position(index);
  return `<g>
    <circle cx="${x}" cy="${y}" r="${nodeRadius}" fill="${colours.node}" stroke="${colours.text}" stroke-width="3"/>
    <text x="${x}" y="${y - 8}" text-anchor="middle" font-size="34" fill="${colours.text}">${escape(phase.numeral)}</text>
    <text x="${x}" y="${y + 26}" text-anchor="middle" font-size="22" font-weight="700" fill="${colours.text}">${escape(phase.shortName)}</text>
  </g>`;
});

const feedbackCount = model.arcs.filter((arc) => arc.kind === 'feedback').length;
const frameworkNames = model.frameworks.map((framework) => framework.name).join(' · ');
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif">
  <defs>
    <marker id="flow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colours.ring}"/></marker>
    <marker id="back" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${colours.feedback}"/></marker>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="${colours.background}"/>
  <text x="64" y="190" font-size="60" font-weight="700" fill="${colours.text}">The Value</text>
  <text x="64" y="262" font-size="60" font-weight="700" fill="${colours.text}">Delivery Loop</text>
  <text x="64" y="340" font-size="28" fill="${colours.text}">${model.phases.length} phases, ${feedbackCount} feedback arcs</text>
  <text x="64" y="384" font-size="28" fill="${colours.text}">and where ${escape(frameworkNames)} fit</text>
  <line x1="64" y1="450" x2="110" y2="450" stroke="${colours.ring}" stroke-width="6"/>
  <text x="124" y="459" font-size="22" fill="${colours.text}">forward flow</text>
  <line x1="64" y1="494" x2="110" y2="494" stroke="${colours.feedback}" stroke-width="4" stroke-dasharray="12 8"/>
  <text x="124" y="503" font-size="22" fill="${colours.text}">feedback arc</text>
  ${forward.join('\n  ')}
  ${feedback.join('\n  ')}
  ${nodes.join('\n  ')}
</svg>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const out = path.join(root, 'static', 'img', 'og-loop.png');
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
  console.log(`Wrote ${path.relative(root, out)} (${WIDTH}×${HEIGHT}).`);
} finally {
  await browser.close();
}
