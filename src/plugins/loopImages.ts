import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from '@docusaurus/types';
import { arcs, counts, countWord, frameworks, loop, phases } from '../data';
import { describeLoop } from '../lib/describeLoop';
import { layoutSiteLoop } from '../lib/loopLayout';
import { PALETTES, renderLoopCard } from '../lib/loopSvg';
import { wrapText } from '../lib/textLayout';

/** The link-preview picture that themeConfig.image names. */
export const OG_IMAGE = 'img/og-loop.png';
const OG_SIZE = { width: 1200, height: 630 };

// The PNGs are drawn with a bundled font, so every machine draws the same picture.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf'].map((file) => path.join(FONT_DIR, file));

/** An SVG document as a PNG, `width` pixels wide. */
export function rasterize(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** The link-preview card as an SVG document, drawn from the model. */
export function ogCardSvg(): string {
  const { description } = describeLoop(phases, arcs, loop.title);
  return renderLoopCard(layoutSiteLoop({ arcLabels: false }), {
    palette: PALETTES.dark,
    title: loop.title,
    description,
    heading: wrapText(loop.title, 13),
    lines: [
      `${countWord(counts.phases, { capital: true })} phases, ${countWord(counts.feedbackArcs)} feedback arcs`,
      `and where ${frameworks.map((framework) => framework.name).join(' · ')} fit`,
    ],
    ...OG_SIZE,
  });
}

/** Draws the pictures of the loop into the build, from the same layout as the page's diagram. */
export default function loopImagesPlugin(): Plugin {
  return {
    name: 'loop-images',
    async postBuild({ outDir }) {
      const file = path.join(outDir, OG_IMAGE);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, rasterize(ogCardSvg(), OG_SIZE.width));
    },
  };
}
