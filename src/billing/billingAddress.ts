import * as z from 'zod/mini';
import { HostPolicyError } from '../errors.js';
import { strictObject } from '../internal/checks.js';
import { parseInput, readError } from '../internal/parse.js';
import { idSchema } from './schema.js';

/** A billing address of an organization; any further fields are kept as they are. */
export interface BillingAddress {
  readonly id: string;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const inputSchema = strictObject({
  billingAddresses: z.array(z.looseObject({ id: idSchema })).check(z.minLength(1, 'the organization needs at least one billing address')),
  chosen: idSchema,
});

/**
 * The billing address a renewal is invoiced to (BIL-11): any of the organization's billing
 * addresses, chosen at renewal.
 *
 * @returns the chosen address object, as given.
 * @throws HostPolicyError `UNKNOWN_BILLING_ADDRESS` (BIL-11) when the organization has no such
 *   address; InvalidInputError for malformed input.
 * @example
 * ```ts
 * renewalBillingAddress({ billingAddresses: [{ id: 'hq', city: 'Geneva' }, { id: 'team', city: 'Zurich' }] }, 'team');
 * // { id: 'team', city: 'Zurich' }
 * ```
 */
export function renewalBillingAddress<A extends BillingAddress>(
  organization: { readonly billingAddresses: readonly A[] },
  chosen: string,
): A {
  // The organization is a caller's value with any other fields: only its addresses are read.
  let addresses: readonly A[];
  try {
    addresses = (organization as { readonly billingAddresses: readonly A[] } | null)?.billingAddresses as readonly A[];
  } catch (e) {
    throw readError('renewal billing address', e, ['billingAddresses'], 'BIL-11');
  }
  parseInput(inputSchema, { billingAddresses: addresses, chosen }, 'renewal billing address', 'BIL-11');
  const address = addresses.find((a) => a.id === chosen);
  if (address === undefined) {
    throw new HostPolicyError('UNKNOWN_BILLING_ADDRESS', `The organization has no billing address '${chosen}'.`, {
      rule: 'BIL-11',
      details: { chosen },
    });
  }
  return address;
}
