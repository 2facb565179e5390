/** What the build tells pages about the downloadable drawings of the loop (src/plugins/loopImages.ts draws them). */
import * as v from 'valibot';
import type { ColorMode } from './loopSvg';
import { checkUntrusted, jsonObject, type Checked } from './untrusted';

/** The name the plugin publishes its data under, for usePluginData. */
export const LOOP_IMAGES_PLUGIN = 'loop-images';

/** A drawing of the loop to download. */
export interface LoopDownload {
  /** Site path, without the base URL. */
  readonly path: string;
  readonly mode: ColorMode;
  readonly format: 'svg' | 'png';
  /** Its size in pixels (for an SVG, the size it asks to be drawn at). */
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
}

const size = v.pipe(v.number(), v.integer('is not a whole number'), v.minValue(1, 'is not a size'));

const pluginDataSchema = jsonObject({
  downloads: v.array(
    jsonObject({
      path: v.pipe(v.string(), v.startsWith('/', 'is not a site path')),
      mode: v.picklist(['light', 'dark'] satisfies ColorMode[], 'is not “light” or “dark”'),
      format: v.picklist(['svg', 'png'], 'is not “svg” or “png”'),
      width: size,
      height: size,
      bytes: size,
    }),
  ),
});

/** The drawings from the plugin's global data; a refusal says what is wrong with it. */
export function readLoopDownloads(data: unknown): Checked<readonly LoopDownload[]> {
  const checked = checkUntrusted(pluginDataSchema, data, `the ${LOOP_IMAGES_PLUGIN} plugin’s data`);
  return checked.ok ? { ok: true, value: checked.value.downloads } : checked;
}
