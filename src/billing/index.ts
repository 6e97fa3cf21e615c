/**
 * Billing (BIL-01..13): invoice references (QR and creditor references), payment reconciliation,
 * the prepaid account and payouts, reminders and their explanation, the Renewal Warranty, the
 * billing address chosen at renewal, domain transfer fees and payment profiles.
 *
 * @module billing
 */
export { qrReference, isValidQrReference, formatQrReference } from './qrReference.js';
export { creditorReference, isValidCreditorReference, formatCreditorReference } from './creditorReference.js';
export { qrReferenceSchema, creditorReferenceSchema } from './referenceSchemas.js';
export { referenceKind, referenceSchema, type ReferenceKind } from './reference.js';
export type { Invoice, InvoiceInput, Payment, PaymentInput, ReferenceType, Reversal, ReversalInput } from './model.js';
export { invoiceSchema, paymentSchema, reversalSchema, prepaidLedgerSchema } from './schema.js';
export { PrepaidLedger, isPrepaidLedger, type PrepaidLedgerInput, type PrepaidLedgerJSON, type PrepaidAccount } from './prepaidLedger.js';
export {
  emptyPrepaidLedger,
  prepaidLedger,
  canPayFromPrepaid,
  payInvoiceFromPrepaid,
  creditCancelledOrder,
  requestPayout,
  type Payout,
} from './prepaidFunctions.js';
export type { CreditCause } from './rules/paymentRules.js';
export type { ReversalCause } from './rules/reversalRules.js';
export {
  reconcile,
  type ReconcileInput,
  type Reconciliation,
  type ReconciliationTotals,
  type SettledPayment,
  type CreditedPayment,
  type ReversedPayment,
  type ReversalOutcome,
} from './reconcile.js';
export { dueReminder, type DueReminder } from './dueReminder.js';
export type { BillingPolicyParts } from './policyParts.js';
export { bookIncentive, type IncentiveBooking, type IncentiveBookingRequest, type IncentiveInput } from './bookIncentive.js';
export {
  explainReminder,
  type ExplainReminderInput,
  type ReminderInput,
  type ReminderCause,
  type ReminderCauseCode,
} from './explainReminder.js';
export {
  canChooseRenewalWarranty,
  setRenewalWarranty,
  renewalWarrantyApplies,
  type RenewableProduct,
  type WarrantyMoment,
} from './renewalWarranty.js';
export { renewalBillingAddress, type BillingAddress } from './billingAddress.js';
export {
  transferFeeDue,
  canRelaunchTransfer,
  relaunchTransfer,
  payTransferFee,
  type DomainTransfer,
  type DomainTransferInput,
  type TransferAttempt,
  type TransferFeePayment,
  type TransferFeeDue,
  type TransferOutcome,
} from './domainTransfer.js';
export {
  PREPAID_MEANS,
  paymentProfile,
  addPaymentMeans,
  setDefaultPaymentMeans,
  removePaymentMeans,
  canPayWithProfile,
  payWithProfile,
  type PaymentMeans,
  type PaymentProfile,
  type PaymentProfileInput,
  type ProfilePayment,
  type ProfilePaymentDecision,
} from './paymentProfile.js';
