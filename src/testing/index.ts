/**
 * `hostpolicy/testing`: the adapter contract suite and fast-check arbitraries for domain values.
 * This entry (only) imports vitest and fast-check, optional peer dependencies of the package.
 *
 * @module testing
 */
export { describeRepositoryContract, type ContractEntity, type RepositoryFactory } from './repositoryContract.js';
export {
  moneyArbitrary,
  scheduleDefinitionArbitrary,
  scheduleArbitrary,
  organizationArbitrary,
  type MoneyArbitraryOptions,
  type OrganizationArbitraryOptions,
} from './arbitraries.js';
export { clientAccessArbitrary } from './partnerArbitraries.js';
export { invoicesArbitrary, paymentsArbitrary, type InvoiceArbitraryOptions } from './billingArbitraries.js';
export { subscriptionArbitrary } from './subscriptionArbitraries.js';
