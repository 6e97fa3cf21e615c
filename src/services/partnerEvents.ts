import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import type { ClientAccess, PartnershipEnded, PaymentModeChanged } from '../partners/index.js';
import { accessGrantSchema, clientIdSchema, instantSchema, partnerIdSchema, paymentModeSchema } from '../partners/schema.js';
import type { ClientAccessEvents, StoredClientAccess } from '../ports/ports.js';

/*
 * The events a partnership service returns are what its caller e-mails (PAR-08, PAR-16). The
 * stored access state alone cannot say them again: after a write whose answer was lost, the retry
 * finds the change made and would yield nothing, and the e-mail would never go out. So the record
 * keeps the last event of each kind, and the same request again returns it, with its first instant
 * (DESIGN principle 11). Read back, they are hostile input like the rest of the record.
 */

const modeChangedSchema = strictObject({
  type: z.literal('PaymentModeChanged'),
  client: clientIdSchema,
  by: z.enum(['client', 'partner']),
  notify: partnerIdSchema,
  from: paymentModeSchema,
  to: paymentModeSchema,
  at: instantSchema,
});

const endedSchema = strictObject({
  type: z.literal('PartnershipEnded'),
  client: clientIdSchema,
  partner: partnerIdSchema,
  revoked: accessGrantSchema,
  at: instantSchema,
});

const eventsSchema = z.optional(
  strictObject({
    paymentModeChanged: z.optional(modeChangedSchema),
    partnershipsEnded: z.optional(z.array(endedSchema)),
  }),
);

/** The events of a record, read: `Date` instants, frozen. */
export interface KeptEvents {
  readonly paymentModeChanged?: PaymentModeChanged;
  readonly partnershipsEnded: readonly PartnershipEnded[];
}

/**
 * The events kept in a stored record.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) naming the field of a malformed `events`.
 */
export function keptEvents(record: { readonly value: StoredClientAccess } | undefined): KeptEvents {
  const events = parseInput(eventsSchema, record?.value.events, 'stored client access events');
  const ended = (events?.partnershipsEnded ?? []).map((e): PartnershipEnded => Object.freeze({ ...e }));
  return events?.paymentModeChanged === undefined
    ? { partnershipsEnded: ended }
    : { paymentModeChanged: Object.freeze({ ...events.paymentModeChanged }), partnershipsEnded: ended };
}

/**
 * The JSON form of the kept events. What no retry can be answered with any more is dropped: the
 * end of a partner that has access again, a mode change that the mode in force is not.
 */
function eventsJson(access: ClientAccess, kept: KeptEvents): ClientAccessEvents | undefined {
  const granted = new Set(access.grants.map((g) => g.partner));
  const ended = kept.partnershipsEnded.filter((e) => e.client === access.client && !granted.has(e.partner));
  const full = access.grants.find((g) => g.access === 'full');
  const change = kept.paymentModeChanged;
  const mode = change?.client === access.client && full?.paymentMode === change.to ? change : undefined;
  if (mode === undefined && ended.length === 0) return undefined;
  return {
    ...(mode === undefined ? {} : { paymentModeChanged: { ...mode, at: mode.at.toISOString() } }),
    ...(ended.length === 0 ? {} : { partnershipsEnded: ended.map((e) => ({ ...e, at: e.at.toISOString() })) }),
  };
}

/**
 * The record to store for a client's access: listed under the client and each partner, with the
 * kept events (those of `kept`, and `event` replacing the one of its kind).
 */
export function storedAccess(
  access: ClientAccess,
  kept: KeptEvents,
  event: PaymentModeChanged | PartnershipEnded | null = null,
): StoredClientAccess {
  const next: KeptEvents =
    event === null
      ? kept
      : event.type === 'PaymentModeChanged'
        ? { ...kept, paymentModeChanged: event }
        : { ...kept, partnershipsEnded: [...kept.partnershipsEnded.filter((e) => e.partner !== event.partner), event] };
  const events = eventsJson(access, next);
  const record = { id: access.client, owner: [access.client, ...access.grants.map((g) => g.partner)], access };
  return events === undefined ? record : { ...record, events };
}
