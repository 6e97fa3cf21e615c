/**
 * Verdicts of the two validators an agreement test compares: the library's public function
 * (accepts = returns, refuses = throws a HostPolicyError) and a JSON Schema 2020-12 validator
 * (ajv) with the schema from `hostpolicy/schemas`.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import { isHostPolicyError } from '../../src/errors.js';
import { jsonSchemaFor, type JsonSchemaName } from '../../src/schemas/index.js';

// Formats are annotations in 2020-12 and our schemas use none; patterns carry every string rule,
// so that validators without format support (most Go and Python setups) give the same verdict.
export const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, validateFormats: false });

const compiled = new Map<JsonSchemaName, ValidateFunction>();

export function validator(name: JsonSchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (validate === undefined) {
    validate = ajv.compile(jsonSchemaFor(name));
    compiled.set(name, validate);
  }
  return validate;
}

export type Verdict = 'accepted' | 'refused';

/** What the JSON Schema says of `value` (after a JSON round trip, as a service would send it). */
export function jsonVerdict(name: JsonSchemaName, value: unknown): Verdict {
  const data: unknown = value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  return validator(name)(data) ? 'accepted' : 'refused';
}

/** What the library says: returns (accepted) or throws a HostPolicyError (refused). */
export function libraryVerdict(call: () => unknown): Verdict {
  try {
    call();
    return 'accepted';
  } catch (e) {
    if (isHostPolicyError(e)) return 'refused';
    throw e;
  }
}
