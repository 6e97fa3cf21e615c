import type * as z from 'zod/mini';
import { InvalidInputError, type InputIssue, type RuleId } from '../errors.js';

/**
 * Validates `input` against `schema`; on failure raises an {@link InvalidInputError} that names
 * `what` was being parsed and lists every issue with its path.
 */
export function parseInput<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  what: string,
  rule?: RuleId,
): z.output<S> {
  const result = schema.safeParse(input, REPORT_INPUT);
  if (result.success) return result.data;
  throw new InvalidInputError(what, result.error.issues.map(toInputIssue), rule);
}

// zod leaves the offending value out of its issues unless asked; without it a field of the wrong
// type (`months: 1.5`, `providerService: 'yes'`) could not be told from a missing one.
const REPORT_INPUT = { reportInput: true } as const;

function toInputIssue(issue: z.core.$ZodIssue): InputIssue {
  return { path: issue.path, message: describe(issue), code: issue.code };
}

/**
 * zod/mini ships no message locale (loading one would change zod's global config for the
 * caller too), so generic issues are worded here; custom checks bring their own message.
 */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.message !== 'Invalid input' && issue.message !== '') return issue.message;
  if (issue.code === 'invalid_type') {
    return issue.input === undefined ? `is required (${issue.expected})` : `must be ${article(issue.expected)}`;
  }
  if (issue.code === 'invalid_value') return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `has unknown keys: ${issue.keys.join(', ')}`;
  return `is not valid (${issue.code.replace(/_/g, ' ')})`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/** Raises an {@link InvalidInputError} for one field, for checks that need context a schema lacks. */
export function invalidField(what: string, path: readonly PropertyKey[], message: string, rule?: RuleId): never {
  throw new InvalidInputError(what, [{ path, message, code: 'custom' }], rule);
}
