import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import type { Compiler, WebpackPluginInstance } from 'webpack';

/** theme-classic's start-up module that imports Prism and registers the extra grammars on every page. */
const PRISM_START_UP = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;
const EMPTY_MODULE = path.join(__dirname, 'lazyPrism.empty.js');

/**
 * Drops theme-classic's start-up module that imports Prism on every page. src/theme/CodeBlock loads
 * Prism and the grammars the first time a page shows code (issue #5: Prism's grammars took about half
 * of the start-up script's run time, on pages with no code at all).
 *
 * This depends on the module's path inside theme-classic, which is not a public interface. If an
 * upgrade moves or renames it, nothing is replaced: the client build then fails here, saying so,
 * instead of quietly shipping Prism to every page again. The check reads the finished module graph,
 * which a cached build restores too.
 *
 * Waits for upstream: "theme-classic evaluates Prism and its grammars on every page, with or without
 * code blocks" (issue text in patches/README.md, to file at facebook/docusaurus). When a release
 * registers the languages lazily, delete this plugin and src/theme/CodeBlock.
 */
export default function lazyPrismPlugin(): Plugin {
  return {
    name: 'lazy-prism',
    configureWebpack(_config, isServer, { currentBundler }) {
      if (isServer) return {};
      const checkReplaced: WebpackPluginInstance = {
        apply(compiler: Compiler) {
          // The main compilation only: the development server's HTML child compilation has no such
          // module, and checking it broke `npm start` (e2e/dev-server.check.ts).
          compiler.hooks.thisCompilation.tap('lazy-prism', (compilation) => {
            compilation.hooks.finishModules.tap('lazy-prism', (modules) => {
              if (![...modules].some((module) => 'resource' in module && module.resource === EMPTY_MODULE)) {
                throw new Error(
                  'src/plugins/lazyPrism.ts: no module matched @docusaurus/theme-classic/lib/prism-include-languages, so ' +
                    'Prism would load on every page again. Find where theme-classic now registers Prism’s languages and update the pattern.',
                );
              }
            });
          });
        },
      };
      return {
        plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(PRISM_START_UP, EMPTY_MODULE), checkReplaced],
      };
    },
  };
}
