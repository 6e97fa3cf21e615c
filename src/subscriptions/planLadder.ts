import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match } from 'ts-pattern';
import { decide, HostPolicyError, type Decision, type RuleId } from '../errors.js';
import { invalidField, parseInput, readFields } from '../internal/parse.js';

/**
 * An upgrade-only ladder of plans, lowest first (COM-04): support tiers, kSuite offers (ACC-04),
 * or any other offer family. Plain frozen data.
 */
export interface PlanLadder<P extends string = string> {
  /** The plans from the lowest to the highest. */
  readonly plans: readonly P[];
  /** The rule reported when a change is refused (default `'COM-04'`). */
  readonly rule: RuleId;
}

/** How a change moves on a ladder. */
export type PlanChangeKind = 'upgrade' | 'same' | 'downgrade';

/** Options of {@link planLadder}. */
export interface PlanLadderOptions {
  /** The rule ID reported by refusals, e.g. `'ACC-04'` for kSuite offers. Default `'COM-04'`. */
  readonly rule?: RuleId;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const ladderSchema = strictObject({
  plans: z.array(z.string().check(z.minLength(1))).check(
    z.minLength(1, 'needs at least one plan'),
    z.refine((ps) => new Set(ps).size === ps.length, 'plans must be unique'),
  ),
  rule: z.string().check(z.regex(/^[A-Z]{3}-\d{2}$/, "must be a rule ID like 'COM-04'")),
});

/**
 * Makes an upgrade-only plan ladder from plans listed lowest first.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty list, empty names or duplicates.
 * @example
 * ```ts
 * const tiers = planLadder(['standard', 'plus', 'pro', 'enterprise']);
 * changePlan(tiers, 'plus', 'pro');   // 'pro'
 * const offers = planLadder(['standard', 'business', 'enterprise'], { rule: 'ACC-04' });
 * ```
 */
export function planLadder<const P extends string>(plans: readonly [P, ...P[]], options: PlanLadderOptions = {}): PlanLadder<P> {
  // Read strictly: a misspelled option is an error, not a default silently kept.
  const { rule } = readFields(options, ['rule'], 'plan ladder options');
  const parsed = parseInput(ladderSchema, { plans, rule: rule ?? 'COM-04' }, 'plan ladder');
  // The schema checks the form of the ID (as it always has); the library's ladders cite COM-04 and ACC-04.
  const ladder = Object.freeze({ plans: Object.freeze([...parsed.plans]) as readonly P[], rule: parsed.rule as RuleId });
  checked.add(ladder);
  return ladder;
}

// Ladders made by planLadder() are valid by construction; anything else (e.g. a ladder read back
// from JSON) is validated before use.
const checked = new WeakSet<object>();

function readLadder<P extends string>(ladder: PlanLadder<P>): PlanLadder<P> {
  // WeakSet#has is false for anything that is not an object (null included), so no type test is needed.
  if (checked.has(ladder)) return ladder;
  return parseInput(ladderSchema, ladder, 'plan ladder') as unknown as PlanLadder<P>;
}

function rankOf<P extends string>(ladder: PlanLadder<P>, plan: unknown, field: 'from' | 'to'): number {
  const rank = ladder.plans.indexOf(plan as P); // -1 for anything not on the ladder, whatever its type
  if (rank < 0)
    invalidField('plan change', [field], `must be one of ${ladder.plans.map((p) => JSON.stringify(p)).join(', ')}`, ladder.rule);
  return rank;
}

/**
 * Whether going from `from` to `to` is an upgrade, no change, or a downgrade.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when a plan is not on the ladder.
 * @example
 * ```ts
 * planChangeKind(planLadder(['plus', 'pro']), 'pro', 'plus'); // 'downgrade'
 * ```
 */
export function planChangeKind<P extends string>(ladder: PlanLadder<P>, from: NoInfer<P>, to: NoInfer<P>): PlanChangeKind {
  const valid = readLadder(ladder);
  const a = rankOf(valid, from, 'from');
  const b = rankOf(valid, to, 'to');
  return b > a ? 'upgrade' : b === a ? 'same' : 'downgrade';
}

/**
 * Tells whether a plan may be changed (COM-04): upgrades and staying are allowed, downgrades never.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) when a plan is not on the ladder.
 * @example
 * ```ts
 * const tiers = planLadder(['standard', 'plus', 'pro', 'enterprise']);
 * canChangePlan(tiers, 'plus', 'enterprise'); // { allowed: true }
 * canChangePlan(tiers, 'pro', 'plus');
 * // { allowed: false, reasons: [{ code: 'DOWNGRADE_NOT_ALLOWED', rule: 'COM-04', message: … }] }
 * ```
 */
export function canChangePlan<P extends string>(ladder: PlanLadder<P>, from: NoInfer<P>, to: NoInfer<P>): Decision {
  return match(planChangeKind(ladder, from, to))
    .with('upgrade', 'same', () => decide([]))
    .with('downgrade', () =>
      decide([
        {
          code: 'DOWNGRADE_NOT_ALLOWED',
          rule: ladder.rule,
          message: `Cannot change from ${from} to the lower ${to}: plans can only be upgraded.`,
        },
      ]),
    )
    .exhaustive();
}

/**
 * Changes a plan on an upgrade-only ladder (COM-04, ACC-04) and returns the new plan; staying on
 * the same plan is a no-op that returns it.
 *
 * @throws HostPolicyError `DOWNGRADE_NOT_ALLOWED` (the ladder's rule, `COM-04` by default) for a
 *   move to a lower plan.
 * @throws InvalidInputError (`INVALID_INPUT`) when a plan is not on the ladder.
 * @example
 * ```ts
 * const tiers = planLadder(['standard', 'plus', 'pro', 'enterprise']);
 * changePlan(tiers, 'plus', 'pro'); // 'pro'
 * changePlan(tiers, 'pro', 'plus'); // throws DOWNGRADE_NOT_ALLOWED
 * ```
 */
export function changePlan<P extends string>(ladder: PlanLadder<P>, from: NoInfer<P>, to: NoInfer<P>): P {
  return match(planChangeKind(ladder, from, to))
    .with('upgrade', 'same', () => to)
    .with('downgrade', () => {
      throw new HostPolicyError('DOWNGRADE_NOT_ALLOWED', `Cannot change from ${from} to the lower ${to}: plans can only be upgraded.`, {
        rule: ladder.rule,
        details: { from, to },
      });
    })
    .exhaustive();
}

/**
 * The same as {@link changePlan}, under the name used for offers (kSuite, ACC-04).
 *
 * @throws HostPolicyError `DOWNGRADE_NOT_ALLOWED`; InvalidInputError for a plan not on the ladder.
 * @example
 * ```ts
 * changeOffer(planLadder(['standard', 'business'], { rule: 'ACC-04' }), 'standard', 'business'); // 'business'
 * ```
 */
export function changeOffer<P extends string>(ladder: PlanLadder<P>, from: NoInfer<P>, to: NoInfer<P>): P {
  return changePlan(ladder, from, to);
}
