import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { decide, type Decision, type Reason } from '../errors.js';
import { invalidField, parseInput } from '../internal/parse.js';
import { compileSupportPolicy } from './compiledPolicy.js';
import { SUPPORT_DEFAULTS, type SupportPolicyParts } from './policyParts.js';

/** Input of {@link isInSupportScope}. */
export interface SupportScopeRequest {
  /**
   * What the customer asks for, one of the policy's activities. By default in scope:
   * `'diagnosis'`, `'production-launch'`, `'launch-follow-up'`, `'technical-implementation'`;
   * out of scope: `'third-party-application-change'`, `'webmastering'`,
   * `'customer-machine-intervention'`.
   */
  readonly activity: string;
  /** Whether the request concerns the provider's own (subscribed) services. Default `true`. */
  readonly providerService?: boolean;
}

/** @internal The boundary schema, read by `hostpolicy/schemas`. */
export const requestSchema = strictObject({
  activity: z.string().check(z.minLength(1)),
  providerService: z.optional(z.boolean()),
});

/**
 * Whether a request falls within the scope of support (SUP-07): only the provider's own services,
 * for a diagnosis, a production launch, its follow-up or a technical implementation; never
 * modifying third-party applications, webmastering, or acting on the customer's machines or
 * networks. Every failed condition is listed with the reason.
 *
 * @throws InvalidInputError (`INVALID_INPUT`) for an activity the policy does not list.
 * @example
 * ```ts
 * isInSupportScope({ activity: 'diagnosis' }); // { allowed: true }
 * isInSupportScope({ activity: 'webmastering', providerService: false });
 * // { allowed: false, reasons: [{ code: 'ACTIVITY_OUT_OF_SCOPE', rule: 'SUP-07', … },
 * //   { code: 'NOT_A_PROVIDER_SERVICE', rule: 'SUP-07', … }] }
 * ```
 */
export function isInSupportScope(req: SupportScopeRequest, policy: SupportPolicyParts = SUPPORT_DEFAULTS): Decision {
  const { activity, providerService } = parseInput(requestSchema, req, 'support scope request', 'SUP-07');
  const { inScope, outOfScope } = compileSupportPolicy(policy).data.scope;
  if (!inScope.includes(activity) && !outOfScope.includes(activity)) {
    invalidField(
      'support scope request',
      ['activity'],
      `must be one of ${[...inScope, ...outOfScope].map((a) => JSON.stringify(a)).join(', ')}`,
      'SUP-07',
    );
  }
  const reasons: Reason[] = [];
  if (outOfScope.includes(activity)) {
    reasons.push({
      code: 'ACTIVITY_OUT_OF_SCOPE',
      rule: 'SUP-07',
      message: `${OUT_OF_SCOPE_WORDS[activity] ?? `'${activity}'`} falls outside the scope of support.`,
    });
  }
  if (providerService === false) {
    reasons.push({
      code: 'NOT_A_PROVIDER_SERVICE',
      rule: 'SUP-07',
      message: "Support covers only incidents related to the provider's own services.",
    });
  }
  return decide(reasons);
}

/** How the default out-of-scope activities read in a sentence. */
const OUT_OF_SCOPE_WORDS: Readonly<Record<string, string>> = {
  'third-party-application-change': 'Modifying third-party applications',
  webmastering: 'Website development (webmastering)',
  'customer-machine-intervention': "Acting directly on the customer's machines or networks",
};
