import { hasBrand, setBrand } from '../../internal/brand.js';
import { isInstance } from '../../internal/parse.js';
import * as z from 'zod/mini';
import type { CompiledSchedule } from '../../calendar/compiled.js';
import { compiledOf, scheduleInstanceSchema, type Schedule } from '../../calendar/schedule.js';
import { strictObject } from '../../internal/checks.js';
import { parseInput, readError } from '../../internal/parse.js';
import { unitRateSchema } from '../../money/unitRate.js';
import { SUPPORT_TIERS, type SupportChannel, type SupportTier } from '../../policy/support.js';
import { compileSupportPolicy } from '../compiledPolicy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from '../policyParts.js';

/** The metrics of the SLA clock: the first response, every next response, the resolution. */
export const SLA_METRICS = ['firstResponse', 'nextResponse', 'resolution'] as const;
export type SlaMetricName = (typeof SLA_METRICS)[number];

/** Ticket priorities, lowest first. */
export const SLA_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type SlaPriority = (typeof SLA_PRIORITIES)[number];

/** Targets of one tier and priority, in business hours of the ticket's channel; `null`: not tracked against a target. */
export type SlaTargets = { readonly [M in SlaMetricName]: number | null };

/** What {@link defineSlaPolicy} takes; every part is optional and merged over the defaults. */
export interface SlaPolicyInput {
  /**
   * Targets per tier, priority and metric, in business hours (`0.5` is 30 minutes). Defaults:
   * the tier's guaranteed first response (SUP-03: Plus 4, Pro 2, Enterprise 1, Standard none)
   * for every priority; no next-response or resolution target (the sources give none).
   */
  readonly targets?: { readonly [T in SupportTier]?: { readonly [P in SlaPriority]?: Partial<SlaTargets> } };
  /** A running metric is at risk when this share of its target or less remains. Default: the support policy's `atRiskRemaining` (25 %). */
  readonly atRisk?: string | number;
  /** Which metrics pause while the ticket waits for the customer. Default: all three. */
  readonly pauseWhileWaiting?: Partial<Record<SlaMetricName, boolean>>;
  /**
   * What reopening a solved ticket does to the resolution metric: `'continue'` (default, as
   * Zendesk's resolution metrics: the time used before stays used, the solved span does not
   * count) or `'restart'` (a new cycle with the full target from the reopening).
   */
  readonly reopen?: 'continue' | 'restart';
  /** The calendars the clock counts in, per channel (e.g. with the canton's holidays). Default: the support policy's channel hours. */
  readonly schedules?: Partial<Record<SupportChannel, Schedule>>;
}

const MAX_TARGET_HOURS = 87_660; // 10 years of business time, the calendar's longest duration
const hoursSchema = z.nullable(
  z
    .number()
    .check(
      z.positive('must be a positive number of hours, or null for no target'),
      z.lte(MAX_TARGET_HOURS, 'must be at most 87,660 hours (10 years of business time)'),
    ),
);
const targetSchema = strictObject({
  firstResponse: z.optional(hoursSchema),
  nextResponse: z.optional(hoursSchema),
  resolution: z.optional(hoursSchema),
});
const byPriority = strictObject({
  low: z.optional(targetSchema),
  normal: z.optional(targetSchema),
  high: z.optional(targetSchema),
  urgent: z.optional(targetSchema),
});
const inputSchema = strictObject({
  targets: z.optional(
    strictObject({
      standard: z.optional(byPriority),
      plus: z.optional(byPriority),
      pro: z.optional(byPriority),
      enterprise: z.optional(byPriority),
    }),
  ),
  atRisk: z.optional(unitRateSchema),
  pauseWhileWaiting: z.optional(
    strictObject({ firstResponse: z.optional(z.boolean()), nextResponse: z.optional(z.boolean()), resolution: z.optional(z.boolean()) }),
  ),
  reopen: z.optional(z.enum(['continue', 'restart'])),
  schedules: z.optional(strictObject({ phone: z.optional(scheduleInstanceSchema), email: z.optional(scheduleInstanceSchema) })),
});

/** The SlaPolicy brand (DESIGN.md principle 13): a policy made by another copy of the library is read through its public fields. */
const BRAND = Symbol.for('hostpolicy.SlaPolicy');
/** The format of an SlaPolicy's public fields (targets, atRisk, pauseWhileWaiting, reopen, schedules). */
const FORMAT = 1;

/**
 * A validated SLA policy: targets per tier × priority × metric, the at-risk share, pause and
 * reopen rules, and the channel calendars. Immutable; make one with {@link defineSlaPolicy}.
 */
export class SlaPolicy {
  /** Targets in business hours, per tier and priority. */
  readonly targets: { readonly [T in SupportTier]: { readonly [P in SlaPriority]: SlaTargets } };
  /** The at-risk share of a target, as a fraction (0.25). */
  readonly atRisk: number;
  readonly pauseWhileWaiting: Readonly<Record<SlaMetricName, boolean>>;
  readonly reopen: 'continue' | 'restart';
  readonly schedules: Readonly<Record<SupportChannel, Schedule>>;
  /** @internal Targets in ms: [tier][priority][metric], NaN for none. */
  readonly compiledTargets: ReadonlyMap<string, Float64Array>;
  /** @internal */
  readonly compiledSchedules: Readonly<Record<SupportChannel, CompiledSchedule>>;

  /** @internal Use {@link defineSlaPolicy}. */
  constructor(input: z.output<typeof inputSchema>, policy: SupportPolicyParts) {
    const support = compileSupportPolicy(policy);
    const targets = {} as Record<SupportTier, Record<SlaPriority, SlaTargets>>;
    const compiled = new Map<string, Float64Array>();
    for (const tier of SUPPORT_TIERS) {
      const perPriority = {} as Record<SlaPriority, SlaTargets>;
      for (const priority of SLA_PRIORITIES) {
        const given = input.targets?.[tier]?.[priority];
        const t: SlaTargets = Object.freeze({
          firstResponse: given?.firstResponse !== undefined ? given.firstResponse : support.data.tiers[tier].firstResponseHours,
          nextResponse: given?.nextResponse ?? null,
          resolution: given?.resolution ?? null,
        });
        perPriority[priority] = t;
        compiled.set(
          `${tier}/${priority}`,
          Float64Array.from(SLA_METRICS, (m) => (t[m] === null ? Number.NaN : Math.round(t[m] * 3_600_000))),
        );
      }
      targets[tier] = Object.freeze(perPriority);
    }
    this.targets = Object.freeze(targets);
    this.atRisk = input.atRisk ?? support.atRiskFraction;
    const pauses = input.pauseWhileWaiting;
    this.pauseWhileWaiting = Object.freeze({
      firstResponse: pauses?.firstResponse ?? true,
      nextResponse: pauses?.nextResponse ?? true,
      resolution: pauses?.resolution ?? true,
    });
    this.reopen = input.reopen ?? 'continue';
    this.schedules = Object.freeze({
      phone: input.schedules?.phone ?? support.schedules.phone,
      email: input.schedules?.email ?? support.schedules.email,
    });
    this.compiledTargets = compiled;
    this.compiledSchedules = Object.freeze({
      phone: compiledOf(this.schedules.phone) as CompiledSchedule,
      email: compiledOf(this.schedules.email) as CompiledSchedule,
    });
    Object.freeze(this);
  }
}
setBrand(SlaPolicy.prototype, BRAND, FORMAT);

/**
 * Builds an {@link SlaPolicy}: `overrides` merged over the defaults that come from `policy`'s
 * support part (first-response guarantees, at-risk share, channel hours).
 *
 * @example
 * ```ts
 * const sla = defineSlaPolicy({
 *   targets: { pro: { urgent: { firstResponse: 0.5, resolution: 8 }, normal: { nextResponse: 4, resolution: 24 } } },
 *   atRisk: '20%',
 * });
 * sla.targets.pro.normal; // { firstResponse: 2, nextResponse: 4, resolution: 24 }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown key, a target that is not a positive
 *   number of hours (at most 87,660) or `null`, a share outside 0–100 %, or a schedule not made by
 *   `weeklySchedule()`; or a bad `policy`.
 */
export function defineSlaPolicy(overrides: SlaPolicyInput = {}, policy: SupportPolicyParts = SUPPORT_DEFAULTS): SlaPolicy {
  return new SlaPolicy(parseInput(inputSchema, overrides, 'SLA policy', 'SUP-03'), policy);
}

const fromPolicy = new WeakMap<object, SlaPolicy>();

/** @internal The SLA policy of an argument: an {@link SlaPolicy} as is, a policy (its support part) with the default SLA rules over it. */
export function slaPolicyOf(value: unknown): SlaPolicy {
  // isInstance: a revoked Proxy is no SlaPolicy (and compileSupportPolicy reports it), not a TypeError.
  if (isInstance(value, SlaPolicy)) return value as SlaPolicy;
  if (typeof value === 'object' && value !== null) {
    const cached = fromPolicy.get(value);
    if (cached !== undefined) return cached;
    // An SlaPolicy of another copy (the ESM and CommonJS builds in one process): rebuilt here from
    // its public fields, checked like any input (its schedules are read as schedules of another copy).
    const made = hasBrand(value, BRAND, 'SlaPolicy', FORMAT)
      ? new SlaPolicy(parseInput(inputSchema, publicFieldsOf(value as SlaPolicy), 'SLA policy', 'SUP-03'), SUPPORT_DEFAULTS)
      : new SlaPolicy({}, value as SupportPolicyParts);
    fromPolicy.set(value, made);
    return made;
  }
  return new SlaPolicy({}, value as SupportPolicyParts); // compileSupportPolicy reports what is wrong with it
}

/** The public fields of an SlaPolicy of another copy, as input (a getter that throws is bad input). */
function publicFieldsOf(p: SlaPolicy): SlaPolicyInput {
  try {
    const { targets, atRisk, pauseWhileWaiting, reopen, schedules } = p;
    return { targets, atRisk, pauseWhileWaiting, reopen, schedules };
  } catch (e) {
    throw readError('SLA policy', e, [], 'SUP-03');
  }
}
