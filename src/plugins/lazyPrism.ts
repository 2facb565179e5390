import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * Drops theme-classic's start-up module that imports Prism and registers extra grammars on every page.
 * src/theme/CodeBlock does both the first time a page shows code (issue #5: Prism's grammars took about
 * half of the start-up script's run time, on pages with no code at all).
 */
export default function lazyPrismPlugin(): Plugin {
  return {
    name: 'lazy-prism',
    configureWebpack(_config, _isServer, { currentBundler }) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
            path.join(__dirname, 'lazyPrism.empty.js'),
          ),
        ],
      };
    },
  };
}
