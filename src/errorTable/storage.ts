import type { CodeTablePart } from './entry.js';

/** Codes of storage ports, adapters and application services. @internal */
export const STORAGE_CODES = {
  VERSION_CONFLICT: {
    kind: 'error',
    context: 'storage',
    when:
      'A repository `put` whose expected version is not the stored one (another writer got there first), or a transaction the database ' +
      'aborted to stay serialisable.',
    todo: 'Read the entity again and retry the change (`retryOnConflict` does this); nothing of the failed write was stored.',
  },
  STORAGE_FAILED: {
    kind: 'error',
    context: 'storage',
    when:
      'The PostgreSQL adapter: the database failed (connection, constraint, timeout); `details` has the operation and SQLSTATE, ' +
      '`details.retryable` whether a retry may succeed.',
    todo: 'Retry when `details.retryable`; otherwise check the database and `cause`.',
  },
  PORT_CONTRACT_VIOLATION: {
    kind: 'error',
    context: 'storage',
    when:
      'A service got an answer from a port (your adapter) that breaks the port contract: a wrong type, an entity under another id, a ' +
      'missing version.',
    todo: 'Fix the adapter; run the contract suite of `hostpolicy/testing` against it.',
  },
  TOO_MANY_CONFLICTS: {
    kind: 'error',
    context: 'storage',
    when: '`retryOnConflict` and `importBankStatement` gave up after their maximum of conflicting writes.',
    todo: 'Retry later; many writers on one entity at once point to a hot spot.',
  },
  NOT_FOUND: {
    kind: 'error',
    context: 'storage',
    when:
      'A service is asked about an entity its ports do not store (`cancelSupport`, `upgradeSupport`, `confirmStoredPartnership`, ' +
      '`deleteStoredRfp`, …).',
    todo: 'Check the id; create the entity first.',
  },
  SUBSCRIPTION_EXISTS: {
    kind: 'error',
    context: 'storage',
    when:
      '`subscribeSupport` with an id that already holds a subscription with other terms: another customer, tier, billing, currency ' +
      'or number of months, named in `details.differs` (the same terms are a harmless retry).',
    todo: 'Give the new subscription its own id.',
  },
} as const satisfies CodeTablePart;
