import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { match, P } from 'ts-pattern';
import { decide, type Decision, type Reason, type ReasonCode, type RuleId } from '../errors.js';
import { parseInput } from '../internal/parse.js';
import { grantOf, parseClientAccess, type ClientAccess } from './clientAccess.js';
import { parsePartnerTeam } from './team.js';
import {
  actorSchema,
  partnerActionSchema,
  productIdSchema,
  type PartnerAction,
  type PartnerActor,
  type PartnerRole,
  type PartnerPaymentMode,
  type PartnerTeam,
} from './schema.js';

/** What {@link authorize} is asked: who wants to do what, on which product. */
export interface PartnerAuthorizationRequest {
  readonly actor: PartnerActor;
  readonly action: PartnerAction;
  /** The product concerned; required for a limited partner's product actions. */
  readonly product?: string;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  actor: actorSchema,
  action: partnerActionSchema,
  product: z.optional(productIdSchema),
});

/** The access the actor's side has, as the table below reads it. */
type Access =
  | { readonly kind: 'none' }
  | { readonly kind: 'limited'; readonly products: readonly string[] }
  | { readonly kind: 'full'; readonly mode: PartnerPaymentMode };

interface Situation {
  /** `'other-client'`: a client actor that names another client than the state's. */
  readonly actor: 'client' | 'other-client' | 'partner';
  readonly role: PartnerRole | 'none';
  readonly access: Access;
  readonly action: PartnerAction;
  readonly product: string | undefined;
}

/** What a table row decides: the reasons for a situation (none when allowed). */
type Verdict = (s: Situation) => Reason[];

const allow: Verdict = () => [];
const deny =
  (code: ReasonCode, rule: RuleId, message: string): Verdict =>
  () => [{ code, rule, message }];
const INVOICES = P.union('view-invoices', 'pay-invoices');
const PRODUCT_ACTIONS = P.union('view-product', 'manage-product', 'order', 'renew');
/** The actions on the client's products, which only designated users may do when a team is given (PAR-14). */
const ON_PRODUCTS: ReadonlySet<PartnerAction> = new Set(['view-product', 'manage-product', 'order', 'renew']);

/**
 * What the partner's team says about the acting user (PAR-14): `'unchecked'` when no team is
 * given (or the actor is the client), `'no-user'` when a team is given but the actor names no
 * user, `'other-team'` when the team given is another partner's.
 */
type Designation = 'unchecked' | 'designated' | 'not-designated' | 'no-user' | 'other-team';

/** The PAR-14 reasons for a partner actor's product action, given its designation. */
function designationReasons(designation: Designation, actor: { partner: string; user?: string | undefined }): Reason[] {
  const reason = (code: ReasonCode, message: string): Reason[] => [{ code, rule: 'PAR-14', message }];
  return match(designation)
    .with(P.union('unchecked', 'designated'), () => [])
    .with('not-designated', () =>
      reason(
        'USER_NOT_DESIGNATED',
        `User ${actor.user ?? ''} is not designated by partner ${actor.partner} to manage its clients' products.`,
      ),
    )
    .with('no-user', () =>
      reason(
        'USER_REQUIRED',
        `Partner ${actor.partner} designates the users who manage its clients' products; the actor must name its user.`,
      ),
    )
    .with('other-team', () =>
      reason(
        'TEAM_OF_ANOTHER_PARTNER',
        `The team given is another partner's, so it cannot tell which users of partner ${actor.partner} are designated.`,
      ),
    )
    .exhaustive();
}

function designationOf(actor: { partner: string; user?: string | undefined }, team: PartnerTeam | undefined): Designation {
  if (team === undefined) return 'unchecked';
  if (team.partner !== actor.partner) return 'other-team';
  if (actor.user === undefined) return 'no-user';
  return team.designated.includes(actor.user) ? 'designated' : 'not-designated';
}

/** Every reason: the acting user's designation on product actions (PAR-14), then the permission table's. */
function allReasons(state: ClientAccess, req: z.output<typeof requestSchema>, team: PartnerTeam | undefined): Reason[] {
  const table = reasonsFor(situationOf(state, req));
  if (req.actor.kind !== 'partner' || !ON_PRODUCTS.has(req.action)) return table;
  return [...designationReasons(designationOf(req.actor, team), req.actor), ...table];
}

function productReasons(s: Situation): Reason[] {
  const products = s.access.kind === 'limited' ? s.access.products : [];
  if (s.product === undefined) {
    return [{ code: 'PRODUCT_REQUIRED', rule: 'PAR-12', message: 'A limited-access partner acts product by product; name the product.' }];
  }
  return products.includes(s.product)
    ? []
    : [{ code: 'PRODUCT_NOT_GRANTED', rule: 'PAR-02', message: `The client has not given this partner access to ${s.product}.` }];
}

const cannotOrder = deny(
  'LIMITED_ACCESS_CANNOT_ORDER',
  'PAR-02',
  'A limited-access partner can neither order nor renew products for the client.',
);

/**
 * The permission table (PAR-02, PAR-04, PAR-06, PAR-07, PAR-08, PAR-11, PAR-12). Anything not
 * explicitly allowed is denied with its reason. Rows return a verdict rather than reasons, so
 * that the row found for a kind of situation can be cached (matching is the slow part).
 */
function verdictFor(s: Situation): Verdict {
  return (
    match(s)
      .with({ actor: 'partner', action: 'add-client', role: 'legal-representative' }, () => allow)
      .with({ actor: 'partner', action: 'add-client' }, () =>
        deny('LEGAL_REPRESENTATIVE_REQUIRED', 'PAR-11', 'Only a legal representative of the partner organisation can add clients.'),
      )
      .with({ actor: 'other-client' }, () =>
        deny('NOT_THIS_CLIENT', 'PAR-12', 'Only the client itself acts as the client on its account; this actor names another client.'),
      )
      .with({ actor: 'client', action: 'add-client' }, () =>
        deny('NOT_A_PARTNER', 'PAR-11', 'Clients are added by a partner, not by the client itself.'),
      )
      .with({ actor: 'client', action: 'change-payment-mode', access: { kind: 'full' } }, () => allow)
      .with({ actor: 'client', action: 'change-payment-mode' }, () =>
        deny('NO_FULL_ACCESS', 'PAR-08', 'A payment mode exists only in a full-access partnership, and this client has none.'),
      )
      .with({ actor: 'client', action: INVOICES, access: { kind: 'full', mode: 'partner' } }, () =>
        deny(
          'INVOICES_IN_PARTNER_ORGANIZATION',
          'PAR-07',
          'In "partner pays" mode the invoices are in the partner\'s organisation, not the client\'s.',
        ),
      )
      // The client owns its products and, outside "partner pays", its invoices.
      .with({ actor: 'client' }, () => allow)
      // PAR-08: "Der Kunde und der Partner können die Zahlungsmittel festlegen" (with full access).
      .with({ actor: 'partner', action: 'change-payment-mode', access: { kind: 'full' } }, () => allow)
      .with({ actor: 'partner', action: 'change-payment-mode' }, () =>
        deny(
          'NO_FULL_ACCESS',
          'PAR-08',
          'Only the client and a partner with full access set the payment mode; this partner has no full access.',
        ),
      )
      .with({ actor: 'partner', access: { kind: 'none' } }, () =>
        deny('NO_GRANT', 'PAR-12', "This partner has no access to the client's account."),
      )
      .with({ actor: 'partner', access: { kind: 'full' }, action: PRODUCT_ACTIONS }, () => allow)
      .with({ actor: 'partner', access: { kind: 'full', mode: 'partner' }, action: INVOICES }, () => allow)
      .with({ actor: 'partner', access: { kind: 'full', mode: 'client' }, action: INVOICES }, () =>
        deny(
          'INVOICES_IN_CLIENT_ORGANIZATION',
          'PAR-06',
          'In "client pays" mode the invoices are in the client\'s organisation, not the partner\'s.',
        ),
      )
      .with({ actor: 'partner', access: { kind: 'limited' }, action: P.union('view-product', 'manage-product') }, () => productReasons)
      .with(
        { actor: 'partner', access: { kind: 'limited' }, action: P.union('order', 'renew') },
        (): Verdict => (x) => [...cannotOrder(x), ...productReasons(x)],
      )
      .with({ actor: 'partner', access: { kind: 'limited' }, action: INVOICES }, () =>
        deny('INVOICES_NOT_GRANTED', 'PAR-12', "Limited access covers products only, not the client's invoices."),
      )
      .exhaustive()
  );
}

/** Rows found so far, by the kind of situation (at most 2 × 4 × 4 × 8 keys). */
const rows = new Map<string, Verdict>();

function reasonsFor(s: Situation): Reason[] {
  const key = `${s.actor}|${s.role}|${s.access.kind}|${s.access.kind === 'full' ? s.access.mode : ''}|${s.action}`;
  let verdict = rows.get(key);
  if (verdict === undefined) {
    verdict = verdictFor(s);
    rows.set(key, verdict);
  }
  return verdict(s);
}

function situationOf(state: ClientAccess, req: z.output<typeof requestSchema>): Situation {
  const { actor, action, product } = req;
  if (actor.kind === 'client') {
    if (actor.client !== state.client) return { actor: 'other-client', role: 'none', access: { kind: 'none' }, action, product };
    const full = state.grants.find((g) => g.access === 'full');
    const access: Access = full?.access === 'full' ? { kind: 'full', mode: full.paymentMode } : { kind: 'none' };
    return { actor: 'client', role: 'none', access, action, product };
  }
  const grant = grantOf(state, actor.partner);
  const access: Access =
    grant === undefined
      ? { kind: 'none' }
      : grant.access === 'full'
        ? { kind: 'full', mode: grant.paymentMode }
        : { kind: 'limited', products: grant.products };
  return { actor: 'partner', role: actor.role ?? 'none', access, action, product };
}

/**
 * Tells whether an actor may do an action on the client's account, given the client's grants
 * (PAR-02, PAR-04, PAR-06, PAR-07, PAR-08, PAR-11, PAR-12, PAR-14). Deny by default; every denial
 * carries its codes and rule IDs. A partner's person with any role acts with the partner's grant;
 * only `'add-client'` depends on the role (legal representatives only). Pending partnership
 * requests and invitations grant nothing (PAR-11, PAR-15).
 *
 * PAR-14: pass the acting partner's `team` (its designated users) to check who acts on the
 * client's products (`view-product`, `manage-product`, `order`, `renew`). With a team, a partner
 * actor is also denied those actions when its `user` is not designated (`USER_NOT_DESIGNATED`),
 * when it names no `user` (`USER_REQUIRED`), or when the team is another partner's
 * (`TEAM_OF_ANOTHER_PARTNER`), whatever the grant; these reasons come first, followed by the
 * grant's own. Without a team, the designation is not checked (the behaviour before PAR-14).
 * Other actions and client actors do not read the team.
 *
 * @example
 * ```ts
 * const s = grantAccess(emptyClientAccess('acme'), { partner: 'p1', access: 'limited', products: ['site'] });
 * authorize(s, { actor: { kind: 'partner', partner: 'p1' }, action: 'manage-product', product: 'site' });
 * // { allowed: true }
 * authorize(s, { actor: { kind: 'partner', partner: 'p1' }, action: 'renew', product: 'site' });
 * // { allowed: false, reasons: [{ code: 'LIMITED_ACCESS_CANNOT_ORDER', rule: 'PAR-02', ... }] }
 * const team = designateUser(emptyPartnerTeam('p1'), 'anna');
 * authorize(s, { actor: { kind: 'partner', partner: 'p1', user: 'ben' }, action: 'manage-product', product: 'site' }, team);
 * // { allowed: false, reasons: [{ code: 'USER_NOT_DESIGNATED', rule: 'PAR-14', ... }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an unknown action, an empty partner or user
 *   id, an unknown role, a malformed state or a malformed team.
 */
export function authorize(state: ClientAccess, req: PartnerAuthorizationRequest, team?: PartnerTeam): Decision {
  const s = parseClientAccess(state);
  const r = parseInput(requestSchema, req, 'authorization request', 'PAR-12');
  const t = team === undefined ? undefined : parsePartnerTeam(team);
  return decide(allReasons(s, r, t));
}

/** @internal The typed core of {@link authorize}, for property tests. */
export function authorizeTyped(state: ClientAccess, req: PartnerAuthorizationRequest, team?: PartnerTeam): Decision {
  return decide(allReasons(state, { actor: req.actor, action: req.action, product: req.product }, team));
}
