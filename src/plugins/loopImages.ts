import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from '@docusaurus/types';
import { arcs, counts, countWord, frameworks, loop, loopImagePath, phases } from '../data';
import { describeLoop } from '../lib/describeLoop';
import { layoutSiteLoop } from '../lib/loopLayout';
import { LOOP_IMAGES_PLUGIN, type LoopDownload } from '../lib/loopDownloads';
import { PALETTES, renderLoopCard, renderLoopSvg } from '../lib/loopSvg';
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
  const { description } = describeLoop(phases, arcs, loop.title, { linked: false });
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

/** The PNG downloads' width in pixels: sharp on a full-HD slide. */
const PNG_WIDTH = 2000;

/** The loop for slides and print: full names and arc labels, light and dark, as SVG and PNG. */
export function loopDownloads(): { download: LoopDownload; body: Buffer }[] {
  const layout = layoutSiteLoop();
  const { title, description } = describeLoop(phases, arcs, loop.title, { linked: false });
  return (['light', 'dark'] as const).flatMap((mode) => {
    const box = layout.viewBox;
    const svg = renderLoopSvg(layout, { palette: PALETTES[mode], variant: 'wide', title, description, idPrefix: `loop-${mode}` });
    const png = rasterize(svg, PNG_WIDTH);
    const height = (width: number) => Math.round((width * box.height) / box.width);
    return [
      { download: { path: loopImagePath(mode, 'svg'), mode, format: 'svg', width: Math.round(box.width), height: Math.round(box.height), bytes: Buffer.byteLength(svg) }, body: Buffer.from(svg) },
      { download: { path: loopImagePath(mode, 'png'), mode, format: 'png', width: PNG_WIDTH, height: height(PNG_WIDTH), bytes: png.length }, body: png },
    ];
  });
}

/**
 * Draws the pictures of the loop from the same layout as the page's diagram: the link-preview card
 * and the downloads. They are drawn while content loads, so the embed page can give their sizes,
 * and written into the build at the end.
 */
export default function loopImagesPlugin(): Plugin {
  let drawn: { og: Buffer; downloads: { download: LoopDownload; body: Buffer }[] } | undefined;
  const draw = () => (drawn ??= { og: rasterize(ogCardSvg(), OG_SIZE.width), downloads: loopDownloads() });
  return {
    name: LOOP_IMAGES_PLUGIN,
    contentLoaded({ actions }) {
      actions.setGlobalData({ downloads: draw().downloads.map(({ download }) => download) });
    },
    async postBuild({ outDir }) {
      const { og, downloads } = draw();
      const files = [{ path: `/${OG_IMAGE}`, body: og }, ...downloads.map(({ download, body }) => ({ path: download.path, body }))];
      for (const file of files) {
        const target = path.join(outDir, file.path);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.body);
      }
    },
  };
}
