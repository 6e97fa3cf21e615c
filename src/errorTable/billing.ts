import type { CodeTablePart } from './entry.js';

/** Codes of billing: references, reconciliation, reminders, the prepaid account, payments. @internal */
export const BILLING_CODES = {
  DUPLICATE_REFERENCE: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-01': 'one reference per invoice' },
    when: 'An invoice repository (memory or PostgreSQL adapter) is asked to store an invoice whose reference another invoice already has.',
    todo: 'Give every invoice its own reference (`qrReference`, `creditorReference` from the invoice number).',
  },
  STALE_REFERENCE: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-03'],
    when:
      'A credit cause of `reconcile` and a cause of `explainReminder`: the payment repeats the reference of an invoice already settled ' +
      '(a standing order), so it was credited to the prepaid account.',
    todo:
      "Ask the customer to update the standing order with the new invoice's reference; settle the open invoice from the prepaid " +
      'balance.',
  },
  AMOUNT_MISMATCH: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-04'],
    when:
      "A credit cause of `reconcile` and a cause of `explainReminder`: the payment has the invoice's reference but not its exact " +
      'amount, so it was credited.',
    todo: 'Settle the invoice from the prepaid balance once it covers the amount, or ask for the difference.',
  },
  UNKNOWN_REFERENCE: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-04'],
    when:
      "A credit cause of `reconcile`: the payment's reference (or its absence) matches no invoice, so it was credited to its customer " +
      '(or left unidentified without one).',
    todo: 'Look for the invoice the customer meant; settle it from the prepaid balance.',
  },
  PAYMENT_REVERSED: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-02', 'BIL-04'],
    when:
      'The cause of a reversal `reconcile` applied (its `reversed` outcomes `reopened`, `uncredited`, `returned`): the bank took ' +
      'back a payment (camt `RvslInd`), so the invoice it settled is open again (BIL-02), or its credit is taken back from the ' +
      'prepaid account (BIL-04), or, unidentified, it simply went back.',
    todo: 'Tell the customer the payment was returned; the re-opened invoice is due again, and its reminders follow (BIL-06..08).',
  },
  REVERSED_PAYMENT_UNKNOWN: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-04'],
    when:
      'A cause of an `unmatched` reversal of `reconcile`: no payment fits it — none with the id it `reverses` (or its reference), ' +
      'amount and currency among the invoices settled, the credits and the unidentified payments; or that payment was reversed ' +
      'already, or credited by an earlier reconciliation to an account neither its `customer` nor its reference tells. Nothing changed.',
    todo:
      "Find the payment by hand (the bank's reference, the debtor's IBAN), then pass the reversal again with `reverses` " +
      '(and `customer`).',
  },
  REVERSAL_AMBIGUOUS: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-04'],
    when:
      'A cause of an `unmatched` reversal of `reconcile`: several payments fit it (an invoice settled and a standing order credited ' +
      'with the same reference and amount, or two credits); nothing changed.',
    todo: 'Pass the reversal again with `reverses`: the id of the payment the bank took back.',
  },
  REVERSAL_NOT_COVERED: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-05'],
    when:
      'A cause of an `unmatched` reversal of `reconcile`: the payment was credited to a prepaid account whose balance no longer ' +
      'covers it (spent on an invoice or paid out), and balances never go negative; nothing changed.',
    todo: 'Claim the amount from the customer, or re-open the invoice paid from the prepaid balance, then apply the reversal again.',
  },
  DEBIT_REVERSED: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-04'],
    when:
      "A cause of an `unmatched` reversal of `reconcile`: a `credit` reversal, money back from a debit of the provider's (a refund " +
      'or payout that bounced); reconcile knows no debits, and it is no customer payment, so nothing is credited.',
    todo: 'Book it against the refund or payout it returns, and pay that out again with correct details.',
  },
  INSUFFICIENT_PREPAID_BALANCE: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-05': 'a balance covering the amount', 'BIL-13': 'the prepaid account covers the invoice' },
    when:
      '`canPayFromPrepaid` and `canPayWithProfile` report it, and `payInvoiceFromPrepaid`, `payWithProfile`, `PrepaidLedger` debits ' +
      "and the storage adapters throw it, when the balance in the invoice's currency does not cover the amount (balances never go " +
      'negative).',
    todo: 'Top up the prepaid account, or pay with another means; `details.shortfall` gives the difference where known.',
  },
  INVOICE_ALREADY_SETTLED: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-05': 'an open invoice' },
    when:
      '`canPayFromPrepaid` and `canPayWithProfile` report it, and `payInvoiceFromPrepaid`, `payWithProfile` throw it, for an invoice ' +
      'already settled.',
    todo: "Nothing to pay; refresh the invoice's state.",
  },
  DUPLICATE_INVOICE: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-05': 'one invoice per invoice id paid from the prepaid account' },
    when:
      '`canPayFromPrepaid` and `canPayWithProfile` report it, and `payInvoiceFromPrepaid`, `payWithProfile` throw it, for an invoice ' +
      'whose id the ledger paid from the prepaid account for another customer or amount (the same invoice again is a harmless retry).',
    todo:
      'Give every invoice its own id; the ledger keeps what the paid one was (`details.recorded` where thrown by ' +
      '`payInvoiceFromPrepaid`).',
  },
  CREDITED_TO_PREPAID: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-05'],
    when:
      "A cause of `explainReminder`: the customer's money is on the prepaid account " +
      '(credited earlier, or enough to cover the invoice).',
    todo: 'Pay the invoice from the prepaid balance (`payInvoiceFromPrepaid`).',
  },
  CROSSED_PAYMENT: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-06'],
    when: 'A cause of `explainReminder`: the payment was booked after the reminder went out.',
    todo: 'Nothing to do: tell the customer the reminder crossed the payment.',
  },
  NO_PAYMENT: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-07'],
    when: 'A cause of `explainReminder`: no payment for the invoice has been received.',
    todo: 'The reminder stands: the customer pays the invoice.',
  },
  NOT_OUR_INVOICE: {
    kind: 'reason',
    context: 'billing',
    explains: ['BIL-07'],
    when: "A cause of `explainReminder`: the reminder matches none of the customer's invoices (possibly phishing).",
    todo: 'Warn the customer not to pay it, and check it with `isOurBill`.',
  },
  PAYOUT_METHOD_NOT_OFFERED: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-09': 'a payout method offered' },
    when: '`requestPayout` to a method the policy does not offer (bank account and PayPal by default).',
    todo: 'Choose one of `billing.payoutMethods`.',
  },
  PAYOUT_ABOVE_BALANCE: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-09': 'a payout within the balance' },
    when: '`requestPayout` for more than the balance in that currency.',
    todo: 'Ask for at most the balance (`ledger.balance(customer, currency)`).',
  },
  RENEWAL_WARRANTY_NOT_AT_ORDER: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-10': 'not at order time for excluded products' },
    when:
      '`canChooseRenewalWarranty` reports it, and `setRenewalWarranty` throws it, when the Renewal Warranty is chosen at order time ' +
      'for a product excluded then (NAS Synology).',
    todo: 'Switch it on after the purchase.',
  },
  UNKNOWN_PRODUCT: {
    kind: 'error',
    context: 'billing',
    during: ['BIL-10'],
    when: '`setRenewalWarranty` names product ids that are not among the products given; `details.ids` lists them.',
    todo: 'Name only products of the list passed.',
  },
  UNKNOWN_BILLING_ADDRESS: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-11': "one of the organization's billing addresses" },
    when: '`renewalBillingAddress` with an address the organization does not have.',
    todo: "Choose one of the organization's billing addresses.",
  },
  TRANSFER_NOT_STARTED: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-12': 'an attempt to relaunch' },
    when: '`canRelaunchTransfer` reports it, and `relaunchTransfer` throws it, for a transfer without any attempt.',
    todo: 'Start the transfer instead of relaunching it.',
  },
  TRANSFER_IN_PROGRESS: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-12': 'the last attempt finished' },
    when: '`canRelaunchTransfer` reports it, and `relaunchTransfer` throws it, while the last attempt is still pending.',
    todo: "Wait for the attempt's outcome.",
  },
  TRANSFER_SUCCEEDED: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-12': 'the last attempt failed' },
    when: '`canRelaunchTransfer` reports it, and `relaunchTransfer` throws it, for a transfer that succeeded.',
    todo: 'Nothing to relaunch.',
  },
  TRANSFER_FEE_UNKNOWN: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-12': "a fee in the transfer's currency" },
    when: '`transferFeeDue` or `payTransferFee` for a currency the policy has no transfer fee in.',
    todo: 'Add the fee to `billing.domainTransfer.fees`, or bill the transfer in CHF or EUR.',
  },
  DUPLICATE_PAYMENT: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-12': 'one amount per payment id', 'BIL-09': 'one credit per payment id' },
    when:
      '`payTransferFee` with a payment id already recorded for the transfer with another amount; `creditCancelledOrder` ' +
      'with a payment id the ledger credited with another customer or amount (the same terms are a harmless retry).',
    todo: 'Give a new payment its own id; check the amount (and customer) of the retried one.',
  },
  DUPLICATE_PAYOUT: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-09': 'one payout per payout id' },
    when:
      '`requestPayout` with a payout id the ledger recorded with another customer, amount or method (the same terms are a ' +
      'harmless retry).',
    todo: 'Give a new payout its own id; check the terms of the retried one (`details.recorded`).',
  },
  TRANSFER_FEE_ALREADY_PAID: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-12': 'the fee charged once per transfer' },
    when: '`payTransferFee` for a transfer whose fee is paid.',
    todo: 'Nothing is due: relaunches are free. Refund the payment.',
  },
  TRANSFER_FEE_ABOVE_DUE: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-12': 'a fee payment within what is due' },
    when: '`payTransferFee` with more than the fee still due.',
    todo: 'Pay at most `transferFeeDue(…)`.',
  },
  PAYMENT_MEANS_EXISTS: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-13': 'one payment means per id' },
    when: '`addPaymentMeans` with an id the profile already holds for another payment means.',
    todo: 'Give the new means its own id (adding the same means again changes nothing).',
  },
  PAYMENT_MEANS_NOT_OFFERED: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-13': 'a kind the policy offers' },
    when: '`addPaymentMeans` with a kind the policy does not offer.',
    todo: 'Choose one of `billing.paymentMeans`.',
  },
  PREPAID_MEANS_EXISTS: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-13': 'one prepaid account per profile' },
    when: '`addPaymentMeans` with a second prepaid account.',
    todo: "Use the profile's prepaid account.",
  },
  PAYMENT_PROFILE_FULL: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-13': 'at most 100 payment means' },
    when: '`addPaymentMeans` on a profile with 100 payment means.',
    todo: 'Remove a means first.',
  },
  UNKNOWN_PAYMENT_MEANS: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-13': 'a payment means of the profile' },
    when:
      '`setDefaultPaymentMeans` and `removePaymentMeans` throw it, `canPayWithProfile` reports it (and `payWithProfile` throws it), ' +
      'for a means id the profile does not have.',
    todo: 'Use an id of `profile.means`.',
  },
  DEFAULT_PAYMENT_MEANS_REMOVED: {
    kind: 'error',
    context: 'billing',
    violates: { 'BIL-13': 'removing the default names the next' },
    when: '`removePaymentMeans` for the default means without naming the new default.',
    todo: 'Pass `newDefault` (an id, or `null` for none).',
  },
  PAYMENT_PROFILE_MISMATCH: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-13': "the invoice is the organization's" },
    when: '`canPayWithProfile` reports it, and `payWithProfile` throws it, for an invoice addressed to another organization.',
    todo: "Pay with the profile of the invoice's customer.",
  },
  NO_DEFAULT_PAYMENT_MEANS: {
    kind: 'both',
    context: 'billing',
    violates: { 'BIL-13': 'a means to pay with' },
    when: '`canPayWithProfile` reports it, and `payWithProfile` throws it, when no means is chosen and the profile has no default.',
    todo: 'Name a means, or set a default (`setDefaultPaymentMeans`).',
  },
  READONLY_INSTANT: {
    kind: 'error',
    context: 'billing',
    when:
      'A setter (`setDate`, …) is called on a date of an invoice or payment that billing returned: those dates are shared and ' +
      'read-only.',
    todo: 'Copy the date first: `new Date(d)`.',
  },
} as const satisfies CodeTablePart;
