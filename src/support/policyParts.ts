import type { Policy } from '../policy/defaultPolicy.js';
import { defaultSupportPolicy } from '../policy/support.js';

/** The parts of a {@link Policy} that the support functions read; a whole `Policy` fits. */
export type SupportPolicyParts = Pick<Policy, 'support'>;

/**
 * The support defaults, without the other contexts' policy parts (DESIGN.md principle 12):
 * defaulting to `defaultPolicy` would pull every context's policy data and schemas into a bundle
 * that imports one support function. @internal
 */
export const SUPPORT_DEFAULTS: SupportPolicyParts = /*@__PURE__*/ Object.freeze({ support: defaultSupportPolicy });
