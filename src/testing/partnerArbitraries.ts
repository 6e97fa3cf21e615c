import fc from 'fast-check';
import { isHostPolicyError } from '../errors.js';
import { emptyClientAccess, grantAccess, type PartnerAccessGrantInput, type ClientAccess } from '../partners/index.js';

/**
 * Valid client access states (PAR-02..05): a sequence of random grants, keeping those the rules
 * accept (no product managed twice; full access exclusive).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(clientAccessArbitrary(), (s) => s.grants.filter((g) => g.access === 'full').length <= 1));
 * ```
 */
export function clientAccessArbitrary(client = 'client-1'): fc.Arbitrary<ClientAccess> {
  const partner = fc.constantFrom('p1', 'p2', 'p3');
  const grant: fc.Arbitrary<PartnerAccessGrantInput> = fc.oneof(
    fc.record({ partner, access: fc.constant('full' as const), paymentMode: fc.constantFrom('client' as const, 'partner' as const) }),
    fc.record({
      partner,
      access: fc.constant('limited' as const),
      products: fc.uniqueArray(fc.constantFrom('site', 'mail', 'kdrive', 'domain'), { minLength: 1, maxLength: 2 }),
    }),
  );
  return fc.array(grant, { maxLength: 5 }).map((grants) =>
    grants.reduce((state, g) => {
      try {
        return grantAccess(state, g);
      } catch (e) {
        if (isHostPolicyError(e) && e.code === 'ACCESS_CONFLICT') return state;
        throw e;
      }
    }, emptyClientAccess(client)),
  );
}
