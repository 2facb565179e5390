import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import { paths } from '../data';
import { recordsJsonSchema } from '../lib/measure/schema';
import { publicAddress } from './publicAddress';

/** Writes the JSON Schema of /measure's record files beside the built pages, from the reader's own column list. */
export default function measureSchemaPlugin(): Plugin {
  return {
    name: 'measure-records-schema',
    async postBuild({ outDir, siteConfig }) {
      const schema = recordsJsonSchema(publicAddress(siteConfig)(paths.measureSchema));
      await writeFile(path.join(outDir, paths.measureSchema), `${JSON.stringify(schema, null, 2)}\n`, 'utf8');
    },
  };
}
