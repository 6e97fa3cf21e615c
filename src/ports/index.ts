/**
 * Storage ports: the small async repository interface every stored entity uses (optimistic
 * concurrency with `VERSION_CONFLICT`), the named ports, and the `Clock` port.
 *
 * @module ports
 */
export { versionConflict, isVersionConflict, type Entity, type Versioned, type Repository, type PutEntry } from './repository.js';
export { referenceKey } from './invoices.js';
export { fixedClock, type Clock } from './clock.js';
export type {
  Ports,
  PaymentOutcome,
  AppliedOutcome,
  StoredCancellation,
  StoredSubscription,
  StoredInvoice,
  StoredPayment,
  StoredPrepaidLedger,
  StoredClientAccess,
  ClientAccessEvents,
  StoredOrganization,
  StoredRfp,
  SubscriptionRepository,
  InvoiceRepository,
  PaymentRepository,
  PrepaidLedgerRepository,
  ClientAccessRepository,
  OrganizationRepository,
  RfpRepository,
} from './ports.js';
