import * as z from 'zod/mini';
import { strictObject } from '../../internal/checks.js';
import { decide, type Decision } from '../../errors.js';
import { parseInput } from '../../internal/parse.js';
import { partnerIdSchema } from '../schema.js';

/** A partner's proposal for work won through a request for proposal (RFP-04). */
export interface RfpProposal {
  readonly partner: string;
  readonly rfp: string;
  /** The products the work would use, each the provider's own or a third party's. */
  readonly products: readonly { readonly name: string; readonly provider: 'own' | 'third-party' }[];
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const proposalSchema = strictObject({
  partner: partnerIdSchema,
  rfp: z.string().check(z.minLength(1)),
  products: z.array(strictObject({ name: z.string().check(z.minLength(1)), provider: z.enum(['own', 'third-party']) })),
});

/**
 * Checks that work won through the request system uses only the provider's products (RFP-04,
 * PAR-01); lists every third-party product.
 *
 * @example
 * ```ts
 * checkRfpProposal({ partner: 'p1', rfp: 'rfp-1', products: [{ name: 'Other Cloud VM', provider: 'third-party' }] });
 * // { allowed: false, reasons: [{ code: 'THIRD_PARTY_PRODUCT', rule: 'RFP-04', ... }] }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed proposal.
 */
export function checkRfpProposal(proposal: RfpProposal): Decision {
  const p = parseInput(proposalSchema, proposal, 'proposal', 'RFP-04');
  return decide(
    p.products
      .filter((product) => product.provider === 'third-party')
      .map((product) => ({
        code: 'THIRD_PARTY_PRODUCT',
        rule: 'RFP-04',
        message: `${product.name} is not one of the provider's products; work won through a request for proposal uses only those.`,
      })),
  );
}
