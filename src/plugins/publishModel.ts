import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { toPublishedModel } from '../lib/publishedModel';

export const PUBLISHED_MODEL_FILE = 'value-delivery-loop.json';

/** Writes the published model next to the built pages, so it always matches src/data. */
export default function publishModelPlugin(): Plugin {
  return {
    name: 'publish-loop-model',
    async postBuild({ outDir }) {
      const json = `${JSON.stringify(toPublishedModel(), null, 2)}\n`;
      await writeFile(path.join(outDir, PUBLISHED_MODEL_FILE), json, 'utf8');
    },
  };
}
