/** What the build tells pages about the downloadable drawings of the loop (src/plugins/loopImages.ts draws them). */
import type { ColorMode } from './loopSvg';

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

/** "24.1 KB" */
export const formatBytes = (bytes: number): string => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
