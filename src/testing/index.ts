/**
 * `hostpolicy/testing`: the adapter contract suites (repositories, the invoice port's lookups,
 * exactly-once imports under injected faults), the fault-injection port wrapper, fast-check
 * arbitraries for domain values, and a plainly written reference `reconcile` to test against.
 * This entry (only) imports vitest and fast-check, optional peer dependencies of the package.
 *
 * @module testing
 */
export { describeRepositoryContract, type ContractEntity, type RepositoryFactory } from './repositoryContract.js';
export { describeInvoiceRepositoryContract, type InvoiceRepositoryFactory } from './invoiceContract.js';
export { describeImportFaultContract, type PortsFactory } from './importFaultContract.js';
export { withFaults, InjectedFault, type FaultOptions, type FaultTarget, type FaultyPorts, type PortCall } from './faults.js';
export { importState, heldMoney, receivedMoney, type ImportState, type StoredEntry } from './importState.js';
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
export { referenceReconcile } from '../billing/rules/referenceReconcile.js';
export { subscriptionArbitrary } from './subscriptionArbitraries.js';
