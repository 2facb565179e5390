import type { DocusaurusConfig } from '@docusaurus/types';

/**
 * The address a built file is published at, for files that name their own or each other's
 * addresses (the model's $schema, llms.txt's links): "/llms.txt" → "https://…/base/llms.txt".
 */
export const publicAddress =
  ({ url, baseUrl }: Pick<DocusaurusConfig, 'url' | 'baseUrl'>) =>
  (sitePath: string): string =>
    new URL(`${baseUrl}${sitePath.replace(/^\//, '')}`, url).href;
