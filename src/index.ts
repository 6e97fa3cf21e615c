/**
 * hostpolicy: a Swiss hosting provider's commercial rules as pure functions and value objects.
 * Each context also has its own entry point (`hostpolicy/money`, `hostpolicy/pricing`, …).
 *
 * @module hostpolicy
 */
export * from './errors.js';
export * from './money/index.js';
export * from './policy/index.js';
export * from './pricing/index.js';
export * from './calendar/index.js';
export * from './support/index.js';
export * from './subscriptions/index.js';
export * from './partners/index.js';
export * from './billing/index.js';
export * from './qrbill/index.js';
export * from './camt/index.js';
export * from './accounts/index.js';
export * from './ports/index.js';
export * from './adapters/memory/index.js';
export * from './services/index.js';
export * from './schemas/index.js';
