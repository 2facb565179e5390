import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { providedHelpers, tslibUses } from '../slimTslib';

const require = createRequire(import.meta.url);

describe('the tslib helpers the client bundle keeps', () => {
  it('cover what @docusaurus/utils-common, on every page, calls', () => {
    const { helpers, opaque } = tslibUses(readFileSync(require.resolve('@docusaurus/utils-common'), 'utf8'));
    expect(opaque).toEqual([]);
    expect(helpers.size).toBeGreaterThan(0);
    for (const helper of helpers) expect(providedHelpers()).toContain(helper);
  });

  it('are tslib’s own functions, not copies', async () => {
    const helpers = (await import('../slimTslib.helpers.mjs')) as Record<string, unknown>;
    // @ts-expect-error tslib types its package entry, not this file; it is the same module.
    const tslib = (await import('tslib/tslib.es6.mjs')) as Record<string, unknown>;
    expect([...providedHelpers()].every((name) => typeof helpers[name] === 'function' && helpers[name] === tslib[name])).toBe(true);
  });
});

describe('reading what a module asks of tslib', () => {
  it('finds each helper TypeScript’s CommonJS output calls', () => {
    const source = 'const tslib_1 = require("tslib");\nconst a = tslib_1.__importDefault(require("a"));\ntslib_1.__exportStar(require("./b"), exports);';
    expect(tslibUses(source)).toEqual({ helpers: new Set(['__importDefault', '__exportStar']), opaque: [] });
  });

  it('finds named imports, renamed or not', () => {
    expect(tslibUses('import { __awaiter as awaiter, __rest } from "tslib";').helpers).toEqual(new Set(['__awaiter', '__rest']));
  });

  it('reports a use it cannot see through instead of guessing', () => {
    expect(tslibUses('const t = require("tslib");\nregister(t);').opaque).toEqual(['t used whole']);
    expect(tslibUses('module.exports = require("tslib").__assign;').opaque).toHaveLength(1);
    expect(tslibUses('import * as tslib from "tslib";').opaque).toHaveLength(1);
  });
});
