import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
// The support policy's module, not the policy index: an index brings every context's policy along
// into a bundle of this function (docs/packaging.md).
import { SUPPORT_TIERS, type SupportChannel, type SupportTier } from '../policy/support.js';
import { channelSchema, instantSchema, tierSchema, type SupportInstantInput } from './schema.js';
import type { CompiledSchedule } from '../calendar/compiled.js';
import { compiledOf } from '../calendar/schedule.js';
import { addMs } from '../calendar/walk.js';
import { slaPolicyOf, type SlaPolicy } from './sla/policy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';
import { quickSupportRequest } from './quickRequest.js';

/** A support request: its tier, the channel it came by, and when it arrived. */
export interface SupportRequest {
  readonly tier: SupportTier;
  readonly channel: SupportChannel;
  readonly receivedAt: SupportInstantInput;
}

/** zod schema of a {@link SupportRequest}. */
export const supportRequestSchema = strictObject({ tier: tierSchema, channel: channelSchema, receivedAt: instantSchema });

/**
 * The latest instant for the first response to a request (SUP-03): the tier's guarantee (Plus 4 h,
 * Pro 2 h, Enterprise 1 h) counted in the opening hours of the channel the request came by —
 * phone Mon–Fri 06:00–19:00, e-mail every day 06:00–23:00, Europe/Zurich (SUP-02). A request
 * received while the channel is closed starts its clock at the next opening. Standard support
 * answers as quickly as possible, without a guaranteed time: `null`.
 *
 * @returns the deadline, or `null` for a tier without guarantee.
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown tier or channel, or an invalid instant.
 * @throws HostPolicyError `NO_OPENING` when the channel's hours never open (only with a policy
 *   override that closes a channel for good).
 * @example
 * ```ts
 * // Saturday 22:00 in Zurich by e-mail: 1 h on Saturday, 3 h from 06:00 on Sunday (after DST ends).
 * responseDeadline({ tier: 'plus', channel: 'email', receivedAt: '2026-10-24T22:00:00+02:00' });
 * // 2026-10-25T08:00:00.000Z (Sunday 09:00 in Zurich)
 * responseDeadline({ tier: 'standard', channel: 'phone', receivedAt: '2026-10-24T22:00:00+02:00' }); // null
 * ```
 */
export function responseDeadline(req: SupportRequest, policy: SupportPolicyParts = SUPPORT_DEFAULTS): Date | null {
  // A well-formed request skips the schema (the same result; see quickRequest.ts).
  const quick = quickSupportRequest(req);
  if (quick !== undefined) return dueDate(quick.tier, quick.channel, quick.receivedAt, policy);
  const input = parseInput(supportRequestSchema, req, 'support request', 'SUP-03');
  return deadlineOf(input, policy);
}

/**
 * @internal The deadline of an already-parsed request: the first-response due instant of the
 * SLA clock (see `slaClock`) for a ticket with only its `received` event.
 */
export function deadlineOf(req: { tier: SupportTier; channel: SupportChannel; receivedAt: Date }, policy: SupportPolicyParts): Date | null {
  return dueDate(req.tier, req.channel, req.receivedAt.getTime(), policy);
}

function dueDate(tier: SupportTier, channel: SupportChannel, receivedAt: number, policy: SupportPolicyParts): Date | null {
  const table = tableOf(policy);
  const target = table.targetMs[tier];
  return Number.isNaN(target) ? null : new Date(addMs(table.calendars[channel], receivedAt, target));
}

/**
 * What a deadline reads of an SLA policy: each tier's first-response target at normal priority
 * in milliseconds (NaN: no target) and each channel's calendar. The SLA clock's first-response
 * metric of a ticket with only its `received` event, without building the clock; property tests
 * (test/support/slaProperties.test.ts, and quickRequest.test.ts under random policies) hold both
 * to the same instant.
 */
interface DeadlineTable {
  readonly targetMs: Readonly<Record<SupportTier, number>>;
  readonly calendars: Readonly<Record<SupportChannel, CompiledSchedule>>;
}

const tables = new WeakMap<SlaPolicy, DeadlineTable>();

function tableFor(sla: SlaPolicy): DeadlineTable {
  let table = tables.get(sla);
  if (table === undefined) {
    const targetMs = {} as Record<SupportTier, number>;
    for (const tier of SUPPORT_TIERS) {
      const hours = sla.targets[tier].normal.firstResponse;
      targetMs[tier] = hours === null ? Number.NaN : Math.round(hours * 3_600_000); // as SlaPolicy compiles its targets
    }
    const calendars = {
      phone: compiledOf(sla.schedules.phone) as CompiledSchedule,
      email: compiledOf(sla.schedules.email) as CompiledSchedule,
    };
    table = Object.freeze({ targetMs: Object.freeze(targetMs), calendars: Object.freeze(calendars) });
    tables.set(sla, table);
  }
  return table;
}

/*
 * The table of the policy argument seen last: callers pass one policy call after call, and
 * slaPolicyOf's instance check and WeakMap lookup, and the targets read by a key built per call,
 * were a visible share of a deadline's cost (docs/benchmarks.md). The same answer as
 * slaPolicyOf, which caches per object too; only a result is kept, never an error.
 */
let lastPolicy: unknown;
let lastTable: DeadlineTable | undefined;

function tableOf(policy: unknown): DeadlineTable {
  if (policy === lastPolicy && lastTable !== undefined) return lastTable;
  const table = tableFor(slaPolicyOf(policy));
  lastPolicy = policy;
  lastTable = table;
  return table;
}
