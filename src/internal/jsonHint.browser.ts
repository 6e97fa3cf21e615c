/**
 * The partner quote bundles' stand-in for `jsonHint.ts` (swapped in by tsup.config.ts): the
 * browser has no use for JSON Schemas, so hints are dropped at build time and cost no bytes.
 *
 * @module
 * @internal
 */
import type { JsonHint } from './jsonHint.js';

/** Returns `schema` untouched. @internal */
export function describeJson<S extends object>(schema: S, _hint: JsonHint): S {
  return schema;
}

/** Does nothing; the minifier drops its calls. @internal */
export function hintJson(_schema: object, _hint: JsonHint): void {}
