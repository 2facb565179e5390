import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';
import type { Compiler, WebpackPluginInstance } from 'webpack';

const HELPERS_MODULE = path.join(__dirname, 'slimTslib.helpers.mjs');

/** The helpers HELPERS_MODULE re-exports, read from the file itself so the list is kept in one place. */
export function providedHelpers(source = readFileSync(HELPERS_MODULE, 'utf8')): Set<string> {
  const list = /export\s*\{([^}]*)\}\s*from\s*'tslib\/tslib\.es6\.mjs'/.exec(source)?.[1] ?? '';
  return new Set(list.split(',').map((name) => name.trim()).filter(Boolean));
}

/**
 * What a module's source asks of tslib: the helpers it calls as `tslib_1.__name`, and any other use
 * (a whole-module import, a helper passed around) that this plugin cannot see through.
 */
export function tslibUses(source: string): { helpers: Set<string>; opaque: string[] } {
  const helpers = new Set<string>();
  const opaque: string[] = [];
  for (const match of source.matchAll(/(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*["']tslib["']\s*\)/g)) {
    const binding = match[1] ?? '';
    const rest = source.slice(0, match.index) + source.slice(match.index + match[0].length);
    for (const use of rest.matchAll(new RegExp(`(?<![\\w$.])${binding.replace(/\$/g, '\\$')}(?![\\w$])(\\.(__[\\w$]+))?`, 'g'))) {
      if (use[2]) helpers.add(use[2]);
      else opaque.push(`${binding} used whole`);
    }
  }
  for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']tslib["']/g)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = part.trim().split(/\s+as\s+/)[0];
      if (name) helpers.add(name);
    }
  }
  const counted = [...source.matchAll(/(?:const|let|var)\s+[\w$]+\s*=\s*require\(\s*["']tslib["']\s*\)|import\s*\{[^}]*\}\s*from\s*["']tslib["']/g)].length;
  const all = [...source.matchAll(/require\(\s*["']tslib["']\s*\)|from\s*["']tslib["']|import\(\s*["']tslib["']\s*\)/g)].length;
  if (all > counted) opaque.push('tslib imported in a form other than `const x = require("tslib")` or `import { … } from "tslib"`');
  return { helpers, opaque };
}

/**
 * Ships only the tslib helpers the client bundle calls (issue #13). @docusaurus/utils-common, on every
 * page, requires tslib for one helper (__importDefault); through `require()` the bundler cannot drop
 * the other forty-odd, about 4 KB compressed on every page. The client build now resolves `tslib` to
 * slimTslib.helpers.mjs, which re-exports the helpers in use from tslib's own ES module.
 *
 * The check reads every module that imports tslib: a call to a helper the list lacks, or a use the
 * check cannot see through, fails the build and names the module, instead of breaking in the browser.
 */
export default function slimTslibPlugin(): Plugin {
  return {
    name: 'slim-tslib',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const provided = providedHelpers();
      const checkHelpers: WebpackPluginInstance = {
        apply(compiler: Compiler) {
          // The main compilation only, as in lazyPrism.ts (child compilations are not the pages' code).
          compiler.hooks.thisCompilation.tap('slim-tslib', (compilation) => {
            compilation.hooks.finishModules.tap('slim-tslib', (modules) => {
              const problems: string[] = [];
              for (const module of modules) {
                const resource = 'resource' in module && typeof module.resource === 'string' ? module.resource : '';
                if (resource === HELPERS_MODULE) continue;
                const source = module.originalSource()?.source().toString() ?? '';
                if (!source.includes('tslib')) continue;
                const { helpers, opaque } = tslibUses(source);
                const missing = [...helpers].filter((helper) => !provided.has(helper));
                for (const helper of missing) problems.push(`${resource} calls tslib's ${helper}`);
                for (const use of opaque) problems.push(`${resource}: ${use}`);
              }
              if (problems.length > 0) {
                throw new Error(
                  `src/plugins/slimTslib.ts: the client bundle needs more of tslib than src/plugins/slimTslib.helpers.mjs re-exports:\n  ${problems.join('\n  ')}\n` +
                    'Add the helpers to that file’s export list.',
                );
              }
            });
          });
        },
      };
      return { resolve: { alias: { tslib$: HELPERS_MODULE } }, plugins: [checkHelpers] };
    },
  };
}
