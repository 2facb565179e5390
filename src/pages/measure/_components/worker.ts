/**
 * /measure's Web Worker: reads the chosen files and computes the figures off the page's thread, so the
 * page stays responsive. Nothing here sends anything anywhere: it only answers the page.
 */
import { engineServer } from '@site/src/lib/measure/serve';
import type { FromWorker, ToWorker } from '@site/src/lib/measure/protocol';

// The worker's global scope, typed with the DOM's types the project compiles with (no webworker lib).
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const serve = engineServer();

scope.onmessage = (event) => {
  const { id, body } = event.data;
  serve(body, (progress) => scope.postMessage({ id, type: 'progress', progress }))
    .then((result) => scope.postMessage({ id, type: 'result', result }))
    .catch((error: unknown) => scope.postMessage({ id, type: 'error', message: error instanceof Error ? error.message : String(error) }));
};
