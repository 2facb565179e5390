import { describe, expect, it } from 'vitest';
import { feedbackArcs, phases } from '../../data';
import { loopDownloads, ogCardSvg, rasterize } from '../loopImages';

/** Width and height from a PNG's header chunk. */
const pngSize = (png: Buffer): { width: number; height: number } => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the link-preview picture', () => {
  it('is drawn from the model: the title, and every phase by its short name', () => {
    const svg = ogCardSvg();
    expect(svg).toContain('Delivery Loop');
    for (const phase of phases) expect(svg).toContain(`>${phase.shortName}</text>`);
  });

  it('becomes a 1200 × 630 PNG, the size link previews ask for', () => {
    const png = rasterize(ogCardSvg(), 1200);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('the drawings to download', () => {
  const downloads = loopDownloads();

  it('are the loop on a light and a dark background, each as SVG and PNG', () => {
    expect(downloads.map(({ download }) => `${download.mode} ${download.format} ${download.path}`)).toEqual([
      'light svg /img/value-delivery-loop-light.svg',
      'light png /img/value-delivery-loop-light.png',
      'dark svg /img/value-delivery-loop-dark.svg',
      'dark png /img/value-delivery-loop-dark.png',
    ]);
  });

  it('give the sizes the files really have', () => {
    for (const { download, body } of downloads) {
      expect(download.bytes).toBe(body.length);
      if (download.format === 'png') expect(pngSize(body)).toEqual({ width: download.width, height: download.height });
    }
  });

  it('draw every phase and every feedback arc label as text', () => {
    const svg = downloads[0]?.body.toString('utf8') ?? '';
    for (const phase of phases) expect(svg).toContain(`data-phase="${phase.id}"`);
    for (const arc of feedbackArcs) expect(svg.replace(/<\/text><text[^>]*>/g, ' ')).toContain(arc.label);
  });
});
