/**
 * The messages between /measure and the worker that runs its engine (engine.ts). Each request carries an
 * id; the worker answers it once with a result or an error, and may send progress for it before. Pure TS.
 */
import type { Exports, FigureRequest, LoadResult, Progress } from './engine';
import type { Figures } from './compute';
import type { FileInput } from './parse';
import type { TextFile } from '../files';

export type EngineRequest =
  | { readonly type: 'load'; readonly files: readonly (TextFile | FileInput)[] }
  | { readonly type: 'sample' }
  | { readonly type: 'figures'; readonly request: FigureRequest }
  | { readonly type: 'exports'; readonly range: Omit<FigureRequest, 'service'> };

/** What each request answers with. */
export interface EngineResults {
  load: LoadResult;
  sample: LoadResult;
  figures: Figures | undefined;
  exports: Exports | undefined;
}

export type ToWorker = { readonly id: number; readonly body: EngineRequest };

export type FromWorker =
  | { readonly id: number; readonly type: 'progress'; readonly progress: Progress }
  | { readonly id: number; readonly type: 'result'; readonly result: EngineResults[keyof EngineResults] }
  | { readonly id: number; readonly type: 'error'; readonly message: string };
