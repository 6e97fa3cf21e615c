/**
 * Application services: combine the storage ports with the pure rules, idempotently and safely
 * under concurrent calls (optimistic versions plus retry). The only code that calls ports.
 *
 * The storage-backed RFP and payment-mode services are named `submitStoredRfp`, `deleteStoredRfp`
 * and `changeClientPaymentMode`, because `submitRfp`, `deleteRfp` and `changePaymentMode` are the
 * pure functions of `hostpolicy/partners` and the root entry exports both.
 *
 * @module services
 */
export { type CamtImport, importBankStatement, type ImportPorts, type StatementImport } from './importBankStatement.js';
export {
  subscribeSupport,
  cancelSupport,
  upgradeSupport,
  type SupportPorts,
  type SubscribeSupportRequest,
  type SupportCancellation,
} from './support.js';
export {
  grantPartnerAccess,
  changeClientPaymentMode,
  proposePartnership,
  confirmStoredPartnership,
  endStoredPartnership,
  type PartnershipPorts,
} from './partners.js';
export { submitStoredRfp, deleteStoredRfp, type RfpPorts, type RfpDelivery } from './rfp.js';
export { retryOnConflict, DEFAULT_MAX_ATTEMPTS } from './retry.js';
