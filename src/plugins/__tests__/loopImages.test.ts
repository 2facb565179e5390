import { describe, expect, it } from 'vitest';
import { phases } from '../../data';
import { ogCardSvg, rasterize } from '../loopImages';

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
