/**
 * Answers /measure's requests (protocol.ts) with one engine: the worker's whole body, and the page's
 * fallback when a browser cannot start a worker. Pure TS.
 */
import { MeasureEngine, type OnProgress } from './engine';
import type { EngineRequest, EngineResults } from './protocol';

export function engineServer(engine = new MeasureEngine()) {
  return async (body: EngineRequest, onProgress: OnProgress): Promise<EngineResults[keyof EngineResults]> => {
    switch (body.type) {
      case 'load':
        return engine.load(body.files, onProgress);
      case 'sample':
        return engine.loadSample(onProgress);
      case 'figures':
        return engine.figures(body.request);
      case 'exports':
        return engine.exports(body.range);
    }
  };
}
