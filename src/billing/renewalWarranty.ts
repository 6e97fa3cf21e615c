import { billingPolicyOf } from './billingPolicy.js';
import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { decide, HostPolicyError, type Decision, type Reason } from '../errors.js';
import { parseInput } from '../internal/parse.js';

import { instantSchema, type InstantInput } from './instant.js';
import { idSchema } from './schema.js';
import { BILLING_DEFAULTS, type BillingPolicyParts } from './policyParts.js';

/** When the Renewal Warranty is chosen (BIL-10). */
export type WarrantyMoment = 'order' | 'after-purchase';

/** A product a customer holds, with its Renewal Warranty setting. */
export interface RenewableProduct {
  readonly id: string;
  /** The product kind, e.g. `'web-hosting'` or `'nas-synology'`. */
  readonly product: string;
  readonly renewalWarranty: boolean;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const momentSchema = z.enum(['order', 'after-purchase']);
/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const choiceSchema = strictObject({ product: idSchema, moment: momentSchema });
/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const renewableSchema = strictObject({ renewalWarranty: z.boolean(), expiresAt: instantSchema, renewed: z.boolean() });

function notAtOrder(product: string, moment: WarrantyMoment, policy: BillingPolicyParts): Reason | undefined {
  if (moment !== 'order' || !billingPolicyOf(policy).data.renewalWarranty.notAtOrder.includes(product)) return undefined;
  return {
    code: 'RENEWAL_WARRANTY_NOT_AT_ORDER',
    rule: 'BIL-10',
    message: `The Renewal Warranty cannot be chosen when ordering ${product}; it can be switched on after the purchase.`,
  };
}

/**
 * Whether the Renewal Warranty can be chosen for a product (BIL-10): at order time for every
 * product except those the policy lists (NAS Synology), after the purchase for every product.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an empty product or an unknown moment.
 * @example
 * ```ts
 * canChooseRenewalWarranty({ product: 'nas-synology', moment: 'order' });          // { allowed: false, reasons: [...] }
 * canChooseRenewalWarranty({ product: 'nas-synology', moment: 'after-purchase' }); // { allowed: true }
 * ```
 */
export function canChooseRenewalWarranty(
  req: { readonly product: string; readonly moment: WarrantyMoment },
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): Decision {
  const { product, moment } = parseInput(choiceSchema, req, 'Renewal Warranty request', 'BIL-10');
  const reason = notAtOrder(product, moment, policy);
  return decide(reason === undefined ? [] : [reason]);
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const productSchema = strictObject({ id: idSchema, product: idSchema, renewalWarranty: z.boolean() });
/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const changeSchema = strictObject({
  enabled: z.boolean(),
  moment: momentSchema,
  /** The products to change; all of them when left out ("all products at once"). */
  ids: z.optional(z.array(idSchema)),
});

/**
 * Switches the Renewal Warranty on or off for one product, several, or all at once (BIL-10).
 * Switching off is always possible; switching on at order time is refused for the products the
 * policy excludes, and the whole change is refused, naming every such product, so that a bulk
 * change never half-applies.
 *
 * @returns the products, in the same order, with the new setting where it changed.
 * @throws HostPolicyError `RENEWAL_WARRANTY_NOT_AT_ORDER` (BIL-10), `UNKNOWN_PRODUCT` for an id not
 *   in the list; InvalidInputError for malformed input.
 * @example
 * ```ts
 * setRenewalWarranty([{ id: 'p1', product: 'web-hosting', renewalWarranty: false },
 *                     { id: 'p2', product: 'nas-synology', renewalWarranty: false }],
 *                    { enabled: true, moment: 'after-purchase' })
 *   .map((p) => p.renewalWarranty); // [true, true]
 * ```
 */
export function setRenewalWarranty(
  products: readonly RenewableProduct[],
  change: { readonly enabled: boolean; readonly moment: WarrantyMoment; readonly ids?: readonly string[] },
  policy: BillingPolicyParts = BILLING_DEFAULTS,
): RenewableProduct[] {
  const list = parseInput(z.array(productSchema), products, 'products', 'BIL-10');
  const { enabled, moment, ids } = parseInput(changeSchema, change, 'Renewal Warranty change', 'BIL-10');
  const byId = new Set(list.map((p) => p.id));
  const unknown = (ids ?? []).filter((id) => !byId.has(id));
  if (unknown.length > 0)
    throw new HostPolicyError('UNKNOWN_PRODUCT', `Unknown product id(s): ${unknown.join(', ')}.`, {
      rule: 'BIL-10',
      details: { ids: unknown },
    });
  const selected = ids === undefined ? byId : new Set(ids);
  if (enabled) {
    const refused = list.filter((p) => selected.has(p.id) && notAtOrder(p.product, moment, policy) !== undefined);
    if (refused.length > 0) {
      throw new HostPolicyError(
        'RENEWAL_WARRANTY_NOT_AT_ORDER',
        `The Renewal Warranty cannot be chosen at order time for: ${refused.map((p) => `${p.id} (${p.product})`).join(', ')}.`,
        { rule: 'BIL-10', details: { ids: refused.map((p) => p.id) } },
      );
    }
  }
  return list.map((p) => (selected.has(p.id) && p.renewalWarranty !== enabled ? { ...p, renewalWarranty: enabled } : p));
}

/**
 * Whether the Renewal Warranty renews a product now (BIL-10): the option is on, the product's
 * term has ended and it was not renewed (in time, or the automatic renewal failed). The provider
 * then renews it and issues an invoice.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for malformed input.
 * @example
 * ```ts
 * renewalWarrantyApplies({ renewalWarranty: true, expiresAt: '2026-05-01T00:00:00Z', renewed: false }, '2026-05-01T00:00:00Z'); // true
 * ```
 */
export function renewalWarrantyApplies(
  product: { readonly renewalWarranty: boolean; readonly expiresAt: InstantInput; readonly renewed: boolean },
  now: InstantInput,
): boolean {
  const p = parseInput(renewableSchema, product, 'product', 'BIL-10');
  const at = parseInput(instantSchema, now, 'now');
  return p.renewalWarranty && !p.renewed && at.getTime() >= p.expiresAt.getTime();
}
