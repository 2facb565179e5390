import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { unparse } from 'papaparse';
import type { Plugin } from '@docusaurus/types';
import { paths } from '../data';
import { mappingCsvRows } from '../lib/mappingCsv';
import { toPublishedModel } from '../lib/publishedModel';
import { publicAddress } from './publicAddress';

/** Validates a model against the schema; the errors, one line each, or an empty list. */
export function schemaErrors(schema: Record<string, unknown>, model: unknown): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return validate(model) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}

/**
 * Writes the model beside the built pages, so it always matches src/data: the JSON, its JSON
 * Schema generated from its type (the build fails if the JSON does not validate against it) and the
 * mapping as CSV.
 */
export default function publishModelPlugin(): Plugin {
  return {
    name: 'publish-loop-model',
    async postBuild({ outDir, siteConfig }) {
      const address = publicAddress(siteConfig);
      // Generating the schema builds a TypeScript program: load it for the build only, not for `npm start`.
      const { modelSchema } = await import('./modelSchema');
      const schema = modelSchema(address(paths.modelSchema));
      const model = toPublishedModel(address(paths.modelSchema));
      const errors = schemaErrors(schema, JSON.parse(JSON.stringify(model)));
      if (errors.length > 0) {
        throw new Error(`src/plugins/publishModel.ts: ${paths.publishedModel} does not match its schema:\n${errors.join('\n')}`);
      }
      const files: [string, string][] = [
        [paths.publishedModel, `${JSON.stringify(model, null, 2)}\n`],
        [paths.modelSchema, `${JSON.stringify(schema, null, 2)}\n`],
        [paths.mappingCsv, `${unparse(mappingCsvRows())}\n`],
      ];
      for (const [file, body] of files) await writeFile(path.join(outDir, file), body, 'utf8');
    },
  };
}
