// The tslib helpers that the client bundle's modules call, taken from tslib itself. src/plugins/slimTslib.ts
// sends `require("tslib")` here and fails the build when a module calls a helper this list lacks.
export { __importDefault } from 'tslib/tslib.es6.mjs';
