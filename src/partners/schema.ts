import * as z from 'zod/mini';
import { strictObject, text, variants } from '../internal/checks.js';
import { describeJson } from '../internal/jsonHint.js';
import { productIdSchema } from './productId.js';
import { instantSchema } from '../calendar/index.js';

/**
 * zod schemas shared by the partner program functions, and the types inferred from them.
 * Internal: the context's public surface is `index.ts`.
 */

/** JSON Schema of an id that is not blank. */
const nonBlankJson = () => ({ type: 'string', pattern: '\\S' });

/** A partner organisation's id: any non-blank string. */
export const partnerIdSchema = describeJson(
  z.string().check(z.refine((s) => s.trim().length > 0, 'must be a non-empty partner id')),
  nonBlankJson,
);

/** A client organisation's id: any non-blank string. */
export const clientIdSchema = describeJson(
  z.string().check(z.refine((s) => s.trim().length > 0, 'must be a non-empty client id')),
  nonBlankJson,
);

/** A product id, in the one form in which product ids are compared (see productId.ts). */
export { productIdSchema };

/** Who pays orders and renewals under a full-access partnership (PAR-06, PAR-07). */
export const PARTNER_PAYMENT_MODES = ['client', 'partner'] as const;
/** Who pays orders and renewals under a full-access partnership (PAR-06, PAR-07). */
export type PartnerPaymentMode = (typeof PARTNER_PAYMENT_MODES)[number];
export const paymentModeSchema = z.enum(PARTNER_PAYMENT_MODES);

/** The two kinds of access a client grants a partner (PAR-02, PAR-04). */
export const ACCESS_KINDS = ['limited', 'full'] as const;
/** The two kinds of access a client grants a partner (PAR-02, PAR-04). */
export type PartnerAccessKind = (typeof ACCESS_KINDS)[number];

/** The roles of a partner organisation's people (PAR-11). */
export const PARTNER_ROLES = ['legal-representative', 'administrator', 'staff'] as const;
/** The roles of a partner organisation's people (PAR-11). */
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export const partnerRoleSchema = z.enum(PARTNER_ROLES);

/** What an actor may ask to do on a client's account (PAR-12). */
export const PARTNER_ACTIONS = [
  'view-product',
  'manage-product',
  'order',
  'renew',
  'view-invoices',
  'pay-invoices',
  'add-client',
  'change-payment-mode',
] as const;
/** What an actor may ask to do on a client's account (PAR-12). */
export type PartnerAction = (typeof PARTNER_ACTIONS)[number];
export const partnerActionSchema = z.enum(PARTNER_ACTIONS);

/** Sorted, duplicate-free, non-empty product list. */
export const productsSchema = z.pipe(
  z.array(productIdSchema).check(z.minLength(1, 'a limited grant needs at least one product')),
  z.transform((ps: string[]) => [...new Set(ps)].sort()),
);

const fullRightsShape = { access: z.literal('full'), paymentMode: paymentModeSchema };
const limitedRightsShape = { access: z.literal('limited'), products: productsSchema };

/** The rights of a grant without the partner: what an invitation asks for (PAR-11). */
export const accessRightsSchema = variants('access', [strictObject(fullRightsShape), strictObject(limitedRightsShape)]);

/** A grant of access by a client to one partner (PAR-02..05). */
export const accessGrantSchema = variants('access', [
  strictObject({ partner: partnerIdSchema, ...fullRightsShape }),
  strictObject({ partner: partnerIdSchema, ...limitedRightsShape }),
]);

/** Full access: every product, and a payment mode (PAR-04, PAR-06, PAR-07). */
export interface FullAccessGrant {
  readonly partner: string;
  readonly access: 'full';
  readonly paymentMode: PartnerPaymentMode;
}

/** Limited access: the listed products only (PAR-02). */
export interface LimitedAccessGrant {
  readonly partner: string;
  readonly access: 'limited';
  /** Sorted, without duplicates. */
  readonly products: readonly string[];
}

/** One partner's access to a client's account. */
export type PartnerAccessGrant = FullAccessGrant | LimitedAccessGrant;

/** The rights a partner asks for or a client grants, without the partner (PAR-11). */
export type PartnerAccessRights =
  | { readonly access: 'full'; readonly paymentMode: PartnerPaymentMode }
  | { readonly access: 'limited'; readonly products: readonly string[] };

/** What {@link grantAccess} accepts: a grant, products in any order, duplicates allowed. */
export type PartnerAccessGrantInput =
  | { readonly partner: string; readonly access: 'full'; readonly paymentMode: PartnerPaymentMode }
  | { readonly partner: string; readonly access: 'limited'; readonly products: readonly string[] };

/** What {@link acceptInvitation} and {@link inviteClient} accept as rights. */
export type PartnerAccessRightsInput = PartnerAccessRights;

/** The longest user id read (PAR-14); checked before any other work. */
export const MAX_USER_ID = 200;

/** A partner's user (a person's account): any non-blank string of at most 200 characters (PAR-14). */
export const userIdSchema = text('user id', MAX_USER_ID);

/**
 * Who asks: the client, naming itself (checked against the state's client), or a partner
 * (optionally one of its people with a role, and the acting user, PAR-14). An actor always says
 * who it is: a decision is never taken for an anonymous "client".
 */
export type PartnerActor =
  | { readonly kind: 'partner'; readonly partner: string; readonly role?: PartnerRole; readonly user?: string }
  | { readonly kind: 'client'; readonly client: string };

export const actorSchema = variants('kind', [
  strictObject({
    kind: z.literal('partner'),
    partner: partnerIdSchema,
    role: z.optional(partnerRoleSchema),
    user: z.optional(userIdSchema),
  }),
  strictObject({ kind: z.literal('client'), client: clientIdSchema }),
]);

/**
 * The users of a partner organisation designated to manage its clients' products (PAR-14).
 * Immutable and JSON-friendly; `designated` is sorted and without duplicates.
 */
export interface PartnerTeam {
  readonly partner: string;
  readonly designated: readonly string[];
}

/** zod schema of a {@link PartnerTeam} (users sorted, duplicates dropped). */
export const partnerTeamSchema = strictObject({
  partner: partnerIdSchema,
  designated: z.pipe(
    z.array(userIdSchema),
    z.transform((us: string[]) => [...new Set(us)].sort()),
  ),
});

/**
 * A client's request to add a partner, waiting for the partner's confirmation (PAR-15): the
 * rights the client offers, and when it asked. It grants nothing until confirmed.
 */
export interface PartnershipRequest {
  readonly client: string;
  readonly partner: string;
  readonly rights: PartnerAccessRights;
  /** ISO 8601 instant (UTC) of the request. */
  readonly requestedAt: string;
}

/** An instant: the calendar's parser (a real date, with `Z` or an offset), one rule for the whole library. */
export { instantSchema };

/** A partner's request for rights on a client's account, waiting for the client (PAR-11). */
export interface ClientInvitation {
  readonly partner: string;
  readonly client: string;
  readonly requested: PartnerAccessRights;
  /** ISO 8601 instant (UTC) of the request. */
  readonly invitedAt: string;
}

/** zod schema of a {@link ClientInvitation} (instants parsed). */
export const invitationSchema = strictObject({
  partner: partnerIdSchema,
  client: clientIdSchema,
  requested: accessRightsSchema,
  invitedAt: instantSchema,
});

/** zod schema of a {@link PartnershipRequest} (instants parsed). */
export const partnershipRequestSchema = strictObject({
  client: clientIdSchema,
  partner: partnerIdSchema,
  rights: accessRightsSchema,
  requestedAt: instantSchema,
});
