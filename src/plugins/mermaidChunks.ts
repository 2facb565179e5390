import type { Plugin } from '@docusaurus/types';

/**
 * Mermaid and the packages only it uses. Several of Mermaid's lazily loaded diagram chunks share
 * its parser (langium, chevrotain), so Docusaurus's "common" split chunk took it in, and every docs
 * page then downloaded ~600 KB it never runs.
 */
export const MERMAID_ONLY_MODULES =
  /[\\/]node_modules[\\/](mermaid|@mermaid-js|@braintree[\\/]sanitize-url|@iconify|@upsetjs|cytoscape[^\\/]*|cose-base|layout-base|d3[^\\/]*|dagre-d3-es|delaunator|robust-predicates|internmap|khroma|katex|roughjs|stylis|ts-dedent|langium|chevrotain[^\\/]*|@chevrotain|vscode-[^\\/]*|lodash-es|fastdom)[\\/]/;

/** Keeps Mermaid's code in chunks of its own, loaded only by pages that draw a Mermaid diagram. */
export default function mermaidChunksPlugin(): Plugin {
  return {
    name: 'mermaid-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              // Outranks "common" (priority 40), so these modules stay in the async chunks that need them.
              mermaid: { test: MERMAID_ONLY_MODULES, priority: 45, reuseExistingChunk: true },
            },
          },
        },
      };
    },
  };
}
