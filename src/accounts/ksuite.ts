import { match } from 'ts-pattern';
import { decide, type Decision, type Reason } from '../errors.js';
import { canChangePlan, changeOffer, planLadder, type PlanLadder } from '../subscriptions/index.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { accountsPolicyOf } from './accountsPolicy.js';
import { idSchema } from './schema.js';
import { includedProductRequestSchema, ksuiteSchema, type IncludedProductRequest, type KsuiteInput } from './ksuiteSchema.js';
import { ACCOUNTS_DEFAULTS, type AccountsPolicyParts } from './policyParts.js';

/** A kSuite: a bundled offer of one organization and the products it includes (ACC-04). */
export interface Ksuite {
  readonly organization: string;
  /** One of `policy.accounts.ksuiteOffers`. */
  readonly offer: string;
  readonly products: readonly string[];
}

/**
 * Makes a kSuite from plain data, checking that the offer is on the policy's kSuite ladder.
 *
 * @example
 * ```ts
 * ksuite({ organization: 'org-1', offer: 'standard', products: ['kdrive', 'mail'] }).offer; // 'standard'
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`, rule ACC-04) for an unknown offer or a malformed field.
 */
export function ksuite(input: KsuiteInput | Ksuite, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): Ksuite {
  const parsed = parseInput(ksuiteSchema, input, 'kSuite', 'ACC-04');
  const offers = accountsPolicyOf(policy).ksuiteOffers;
  if (!offers.includes(parsed.offer)) invalidField('kSuite', ['offer'], `must be one of ${offers.join(', ')}`, 'ACC-04');
  return Object.freeze({
    organization: parsed.organization,
    offer: parsed.offer,
    products: Object.freeze([...new Set(parsed.products ?? [])]),
  });
}

const ladders = new WeakMap<object, PlanLadder>();

/**
 * The kSuite offers of a policy as an upgrade-only plan ladder (ACC-04, the ladder of COM-04),
 * compiled once per policy part.
 *
 * @example
 * ```ts
 * ksuiteOfferLadder().plans; // ['standard', 'business', 'enterprise']
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed policy.
 */
export function ksuiteOfferLadder(policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): PlanLadder {
  const part = accountsPolicyOf(policy);
  let ladder = ladders.get(part);
  if (ladder === undefined) {
    const [first, ...rest] = part.ksuiteOffers;
    if (first === undefined) invalidField('policy', ['accounts', 'ksuiteOffers'], 'needs at least one offer', 'ACC-04');
    ladder = planLadder([first, ...rest], { rule: 'ACC-04' });
    ladders.set(part, ladder);
  }
  return ladder;
}

/**
 * Tells whether a kSuite may move to an offer: to a higher one (or staying) yes, to a lower one
 * never (ACC-04, COM-04).
 *
 * @example
 * ```ts
 * canUpgradeKsuite(ksuite({ organization: 'o', offer: 'business' }), 'standard');
 * // { allowed: false, reasons: [{ code: 'DOWNGRADE_NOT_ALLOWED', rule: 'ACC-04', … }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for an offer not on the ladder.
 */
export function canUpgradeKsuite(current: Ksuite, to: string, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): Decision {
  const suite = ksuite(current, policy);
  return canChangePlan(ksuiteOfferLadder(policy), suite.offer, parseInput(ksuiteSchema.shape.offer, to, 'kSuite offer', 'ACC-04'));
}

/**
 * Moves a kSuite to another offer: only up the ladder `policy.accounts.ksuiteOffers` (more users,
 * more storage), at any time; never down (ACC-04, COM-04). Its products stay included; the current
 * offer again changes nothing. Uses the shared plan ladder (`changeOffer`).
 *
 * @example
 * ```ts
 * upgradeKsuite(ksuite({ organization: 'o', offer: 'standard' }), 'business').offer; // 'business'
 * upgradeKsuite(ksuite({ organization: 'o', offer: 'business' }), 'standard');       // throws DOWNGRADE_NOT_ALLOWED
 * ```
 * @throws HostPolicyError `DOWNGRADE_NOT_ALLOWED` (ACC-04) for a lower offer; InvalidInputError
 * (`INVALID_INPUT`) for an offer not on the ladder.
 */
export function upgradeKsuite(current: Ksuite, to: string, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): Ksuite {
  const suite = ksuite(current, policy);
  const target = parseInput(ksuiteSchema.shape.offer, to, 'kSuite offer', 'ACC-04');
  const offer = changeOffer(ksuiteOfferLadder(policy), suite.offer, target);
  return offer === suite.offer ? suite : Object.freeze({ ...suite, offer });
}

/**
 * Tells whether a kSuite can be transferred to another organization: never (ACC-04).
 *
 * @example
 * ```ts
 * canTransferKsuite(ksuite({ organization: 'o', offer: 'standard' }), 'other');
 * // { allowed: false, reasons: [{ code: 'KSUITE_NOT_TRANSFERABLE', rule: 'ACC-04', message: '…' }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed kSuite or organization id.
 */
export function canTransferKsuite(current: Ksuite, toOrganization: string, policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS): Decision {
  const suite = ksuite(current, policy);
  const target = parseInput(idSchema, toOrganization, 'organization id', 'ACC-04');
  return decide([
    {
      code: 'KSUITE_NOT_TRANSFERABLE',
      rule: 'ACC-04',
      message: `A kSuite stays in its organization (${suite.organization}); it cannot be transferred to ${target}.`,
    },
  ]);
}

/**
 * Tells whether one product may be moved to another organization or cancelled on its own: not
 * when the kSuite includes it (ACC-04); the kSuite as a whole decides for its products.
 *
 * @example
 * ```ts
 * const suite = ksuite({ organization: 'o', offer: 'standard', products: ['kdrive'] });
 * canDetachKsuiteProduct(suite, { product: 'kdrive', action: 'cancel' });
 * // { allowed: false, reasons: [{ code: 'INCLUDED_PRODUCT_NOT_CANCELLABLE', rule: 'ACC-04', … }] }
 * canDetachKsuiteProduct(suite, { product: 'web-hosting', action: 'move' }); // { allowed: true }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) naming each malformed field.
 */
export function canDetachKsuiteProduct(
  current: Ksuite,
  request: IncludedProductRequest,
  policy: AccountsPolicyParts = ACCOUNTS_DEFAULTS,
): Decision {
  const suite = ksuite(current, policy);
  const { product, action } = parseInput(includedProductRequestSchema, request, 'included product request', 'ACC-04');
  if (!suite.products.includes(product)) return decide([]);
  return decide([
    match<typeof action, Reason>(action)
      .with('move', () => ({
        code: 'INCLUDED_PRODUCT_NOT_MOVABLE',
        rule: 'ACC-04',
        message: `${product} is included in the kSuite and cannot be moved on its own.`,
      }))
      .with('cancel', () => ({
        code: 'INCLUDED_PRODUCT_NOT_CANCELLABLE',
        rule: 'ACC-04',
        message: `${product} is included in the kSuite and cannot be cancelled on its own.`,
      }))
      .exhaustive(),
  ]);
}
