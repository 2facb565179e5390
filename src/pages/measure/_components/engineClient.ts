/**
 * The page's side of the engine: a Web Worker started on first use (so its code, papaparse and the
 * computation load only then), or, where a browser cannot start one, the same engine on the page,
 * loaded on demand, with `onPage` set so the page can say the tab may pause while it works.
 */
import type { EngineRequest, EngineResults, FromWorker, ToWorker } from '@site/src/lib/measure/protocol';
import type { Progress } from '@site/src/lib/measure/engine';

export type Ask = <T extends EngineRequest>(body: T, onProgress?: (progress: Progress) => void) => Promise<EngineResults[T['type']]>;

export interface EngineClient {
  readonly ask: Ask;
  /** True when the engine runs on the page because no worker could be started. */
  readonly onPage: boolean;
  readonly close: () => void;
}

/** Starts the worker; undefined when the browser has no Worker or refuses to start one. */
function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./worker.ts', import.meta.url));
  } catch {
    return undefined;
  }
}

function workerClient(worker: Worker): EngineClient {
  let next = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: (p: Progress) => void }>();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (waiting === undefined) return;
    if (message.type === 'progress') waiting.onProgress?.(message.progress);
    else {
      pending.delete(message.id);
      if (message.type === 'result') waiting.resolve(message.result);
      else waiting.reject(new Error(message.message));
    }
  };
  worker.onerror = () => {
    for (const waiting of pending.values()) waiting.reject(new Error('The calculator stopped unexpectedly. Reload the page and try again.'));
    pending.clear();
  };
  const ask: Ask = (body, onProgress) =>
    new Promise((resolve, reject) => {
      next += 1;
      pending.set(next, { resolve: resolve as (value: unknown) => void, reject, ...(onProgress ? { onProgress } : {}) });
      const message: ToWorker = { id: next, body };
      worker.postMessage(message);
    });
  return { ask, onPage: false, close: () => worker.terminate() };
}

function pageClient(): EngineClient {
  const server = import('@site/src/lib/measure/serve').then(({ engineServer }) => engineServer());
  const ask: Ask = async (body, onProgress) => {
    const serve = await server;
    return (await serve(body, onProgress ?? (() => {}))) as never;
  };
  return { ask, onPage: true, close: () => {} };
}

/** The worker, or the fallback on the page. */
export const startEngine = (): EngineClient => {
  const worker = startWorker();
  return worker === undefined ? pageClient() : workerClient(worker);
};
