import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The directory of an installed package as Node would find it from `fromDir`, or undefined. */
function packageDir(name: string, fromDir: string): string | undefined {
  // Walked by hand: ESM-only packages (like @mermaid-js/parser) refuse require.resolve.
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/** Names of `root` and every package it depends on, transitively. */
function dependencyClosure(root: string, fromDir: string): Set<string> {
  const names = new Set<string>();
  const visit = (name: string, from: string): void => {
    if (names.has(name)) return;
    const dir = packageDir(name, from);
    if (!dir) return;
    names.add(name);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, dir);
  };
  visit(root, fromDir);
  return names;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Keeps Mermaid and its dependencies out of Docusaurus's "common" chunk (issue #5). Mermaid's many
 * diagram chunks share its parser and d3, so the bundler counted those modules as used by most chunks
 * and put them in "common", which every docs page loads. Now only pages that draw a diagram fetch them.
 *
 * Waits for upstream: "The `common` split-chunks group counts lazy chunks, so Mermaid's shared code
 * lands in a chunk every page loads" (issue text in patches/README.md, to file at facebook/docusaurus).
 */
export default function mermaidChunksPlugin(): Plugin {
  const packages = [...dependencyClosure('mermaid', process.cwd())];
  const mermaidModule = new RegExp(
    `[\\\\/]node_modules[\\\\/](${packages.map(escapeRegExp).join('|')})[\\\\/]`,
  );
  return {
    name: 'mermaid-chunks',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      // The fix narrows Docusaurus's own "common" cache group, an internal of its bundler set-up. If an
      // upgrade renames or drops it, say so instead of adding a group that nothing else configures.
      const { splitChunks } = config.optimization ?? {};
      const common = splitChunks ? splitChunks.cacheGroups?.common : undefined;
      if (typeof common !== 'object' || common === null || !('name' in common) || common.name !== 'common') {
        throw new Error(
          'src/plugins/mermaidChunks.ts: Docusaurus no longer defines the "common" cache group this plugin narrows, ' +
            'so Mermaid may land in a chunk every docs page loads. Find where Docusaurus now groups shared modules.',
        );
      }
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              common: {
                test: (module: { nameForCondition?: () => string | null }) =>
                  !mermaidModule.test(module.nameForCondition?.() ?? ''),
              },
            },
          },
        },
      };
    },
  };
}
