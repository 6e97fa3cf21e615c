import type { Policy } from '../policy/defaultPolicy.js';
import { defaultAccountsPolicy } from '../policy/accounts.js';

/** The parts of a {@link Policy} that the accounts functions read; a whole `Policy` fits. */
export type AccountsPolicyParts = Pick<Policy, 'accounts'>;

/**
 * The accounts defaults, without the other contexts' policy parts (DESIGN.md principle 12):
 * defaulting to `defaultPolicy` would pull every context's policy data and schemas into a bundle
 * that imports one accounts function. @internal
 */
export const ACCOUNTS_DEFAULTS: AccountsPolicyParts = /*@__PURE__*/ Object.freeze({ accounts: defaultAccountsPolicy });
