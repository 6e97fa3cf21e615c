import * as z from 'zod/mini';
import { strictObject } from '../internal/checks.js';
import { inputSchema as billingAddressSchema } from '../billing/billingAddress.js';
import { reminderSchema } from '../billing/explainReminder.js';
import { domainTransferSchema, relaunchSchema, transferFeePaymentSchema } from '../billing/domainTransfer.js';
import { meansRemovalSchema, paymentChoiceSchema, paymentMeansSchema, paymentProfileSchema } from '../billing/paymentProfile.js';
import { creditSchema, payoutSchema } from '../billing/prepaidFunctions.js';
import { creditorBodySchema, creditorReferenceSchema, qrBodySchema, qrReferenceSchema } from '../billing/referenceSchemas.js';
import { referenceSchema } from '../billing/reference.js';
import { changeSchema, choiceSchema, productSchema, renewableSchema } from '../billing/renewalWarranty.js';
import { idSchema, invoiceSchema, paymentSchema, prepaidLedgerSchema, reversalSchema } from '../billing/schema.js';
import { inputEntries } from './entry.js';

/*
 * reconcile() and explainReminder() read invoices and payments with a lean validator (items.ts)
 * that a property test keeps in agreement with invoiceSchema and paymentSchema; the envelopes
 * below combine those schemas as reconcile() reads its input (readEnvelope).
 */
const invoices = z.array(invoiceSchema);
const payments = z.array(paymentSchema);
const reconcileSchema = strictObject({
  invoices,
  payments,
  reversals: z.optional(z.array(reversalSchema)),
  prepaid: z.optional(prepaidLedgerSchema),
  customers: z.optional(z.array(z.string().check(z.minLength(1)))),
});
const explainReminderSchema = strictObject({ reminder: reminderSchema, invoices, payments, prepaid: z.optional(prepaidLedgerSchema) });

const UNIQUE = 'that invoice ids and references are unique, and a payment id repeats only with the same content';
/** What a payment's (or reversal's) fields must agree on, which JSON Schema cannot compare. */
const FIELDS_AGREE = ['that referenceType is the kind of the reference', 'that the charges are in the currency of the amount'];

/** Billing (BIL-01..13). */
export const billingInputs = inputEntries({
  QrReferenceBody: {
    schema: qrBodySchema,
    title: 'QR reference body',
    description: 'The digits of a QR reference without its check digit: 1 to 26 digits, not all zeros, spaces allowed.',
    usedBy: ['qrReference(body)'],
  },
  QrReferenceInput: {
    schema: qrReferenceSchema,
    title: 'QR reference',
    description: 'A QR reference (27 digits with its check digit), spaces allowed.',
    usedBy: ['formatQrReference(ref)'],
    notChecked: ['the check digit'],
  },
  CreditorReferenceBody: {
    schema: creditorBodySchema,
    title: 'Creditor reference body',
    description: 'The body of a creditor reference: 1 to 21 letters or digits, any case, spaces allowed.',
    usedBy: ['creditorReference(body)'],
  },
  CreditorReferenceInput: {
    schema: creditorReferenceSchema,
    title: 'Creditor reference',
    description: "A creditor reference (ISO 11649, 'RF…'), any case, spaces allowed.",
    usedBy: ['formatCreditorReference(ref)'],
    notChecked: ['the check digits'],
  },
  ReferenceInput: {
    schema: referenceSchema,
    title: 'Invoice reference',
    description: 'A QR reference or a creditor reference.',
    usedBy: ['the reference of invoices, payments and reminders'],
    notChecked: ['the check digits'],
  },
  InvoiceInput: {
    schema: invoiceSchema,
    title: 'Invoice',
    description:
      'An invoice: id, customer, reference, amount above zero, issue and due instants, and whether (and by which payment) it is settled.',
    usedBy: [
      'canPayFromPrepaid(ledger, invoice)',
      'payInvoiceFromPrepaid(ledger, invoice)',
      'dueReminder(invoice, payments, now)',
      'canPayWithProfile(profile, ledger, invoice, choice)',
      'payWithProfile(profile, ledger, invoice, choice)',
    ],
    notChecked: ['that dueAt is not before issuedAt', 'the reference check digits'],
  },
  PaymentInput: {
    schema: paymentSchema,
    title: 'Payment',
    description:
      'A payment of a bank statement: id, optional reference and customer, amount above zero, booking instant and value date, ' +
      "and the bank file's facts: reference type, message, debtor's name and IBAN, charges.",
    usedBy: ['dueReminder(invoice, payments, now): each payment'],
    notChecked: ['the reference check digits', ...FIELDS_AGREE],
  },
  ReversalInput: {
    schema: reversalSchema,
    title: 'Reversal',
    description:
      "A booking the bank took back (camt RvslInd): a payment's fields, the id of the payment it reverses, its direction " +
      "('debit' by default) and its path in the bank file.",
    usedBy: ['reconcile(input): each of its reversals'],
    notChecked: ['the reference check digits', ...FIELDS_AGREE],
  },
  PrepaidLedgerInput: {
    schema: prepaidLedgerSchema,
    title: 'Prepaid ledger',
    description:
      'Prepaid balances by customer and currency (at least zero), and the payments already credited, in the JSON form of a PrepaidLedger.',
    usedBy: [
      'prepaidLedger(input)',
      'canPayFromPrepaid(ledger, invoice)',
      'payInvoiceFromPrepaid(ledger, invoice)',
      'creditCancelledOrder(ledger, transfer)',
      'requestPayout(ledger, request)',
      'canPayWithProfile(profile, ledger, invoice, choice)',
      'payWithProfile(profile, ledger, invoice, choice)',
    ],
  },
  ReconcileInput: {
    schema: reconcileSchema,
    title: 'Reconciliation input',
    description: "Open invoices and a bank statement's payments and reversals, with the prepaid ledger and the known customers.",
    usedBy: ['reconcile(input)'],
    notChecked: [
      'that invoice ids and references are unique, and a payment (or reversal) id repeats only with the same content',
      'that dueAt is not before issuedAt',
      'the reference check digits',
      ...FIELDS_AGREE,
    ],
  },
  ExplainReminderInput: {
    schema: explainReminderSchema,
    title: 'Reminder explanation input',
    description:
      'A reminder the customer received (customer, sent instant, invoice id or reference, amount) with the invoices, payments and ' +
      'prepaid ledger.',
    usedBy: ['explainReminder(input)'],
    notChecked: [
      'that the reminder names the invoice id or the reference',
      UNIQUE,
      'that dueAt is not before issuedAt',
      'the reference check digits',
      ...FIELDS_AGREE,
    ],
  },
  CancelledOrderCreditInput: {
    schema: creditSchema,
    title: 'Cancelled order transfer',
    description: 'The amount of a cancelled order to credit to the prepaid account.',
    usedBy: ['creditCancelledOrder(ledger, transfer)'],
  },
  PayoutRequestInput: {
    schema: payoutSchema,
    title: 'Payout request',
    description: 'A payout of prepaid balance to a bank account or PayPal.',
    usedBy: ['requestPayout(ledger, request)'],
  },
  RenewalWarrantyChoiceInput: {
    schema: choiceSchema,
    title: 'Renewal Warranty choice',
    description: 'A product and the moment (at order, after purchase) the Renewal Warranty is chosen.',
    usedBy: ['canChooseRenewalWarranty(req)'],
  },
  RenewableProductsInput: {
    schema: z.array(productSchema),
    title: 'Renewable products',
    description: "A customer's products with their Renewal Warranty setting.",
    usedBy: ['setRenewalWarranty(products, change)'],
  },
  RenewalWarrantyChangeInput: {
    schema: changeSchema,
    title: 'Renewal Warranty change',
    description: 'Switch the Renewal Warranty on or off, for some products or all.',
    usedBy: ['setRenewalWarranty(products, change)'],
  },
  RenewalWarrantyProductInput: {
    schema: renewableSchema,
    title: 'Product at renewal',
    description: 'Whether a product has the Renewal Warranty, when its term ends and whether it was renewed.',
    usedBy: ['renewalWarrantyApplies(product, now)'],
  },
  RenewalBillingAddressInput: {
    schema: billingAddressSchema,
    title: 'Renewal billing address choice',
    description:
      "An organization's billing addresses (at least one) and the id of the one chosen; the two arguments of renewalBillingAddress, " +
      'as one object.',
    usedBy: ['renewalBillingAddress(organization, chosen)'],
  },
  DomainTransferInput: {
    schema: domainTransferSchema,
    title: 'Domain transfer',
    description:
      'A domain transfer (BIL-12): id, domain, billing currency, its attempts in order (pending, failed, succeeded) and the payments ' +
      'of its fee.',
    usedBy: [
      'transferFeeDue(transfer)',
      'canRelaunchTransfer(transfer)',
      'relaunchTransfer(transfer, relaunch)',
      'payTransferFee(transfer, payment)',
    ],
    notChecked: ['that attempt ids and fee payment ids are unique'],
  },
  TransferRelaunchInput: {
    schema: relaunchSchema,
    title: 'Transfer relaunch',
    description: 'The id of the new attempt when a failed domain transfer is relaunched (BIL-12); the same id again is the same relaunch.',
    usedBy: ['relaunchTransfer(transfer, relaunch)'],
  },
  TransferFeePaymentInput: {
    schema: transferFeePaymentSchema,
    title: 'Transfer fee payment',
    description: "A payment of a domain transfer's fee (BIL-12): its id and amount above zero.",
    usedBy: ['payTransferFee(transfer, payment)'],
  },
  PaymentProfileInput: {
    schema: paymentProfileSchema,
    title: 'Payment profile',
    description: "An organization's payment profile (BIL-13): its payment means (id, kind, label) and the id of its default, or null.",
    usedBy: [
      'paymentProfile(input)',
      'addPaymentMeans(profile, means)',
      'setDefaultPaymentMeans(profile, id)',
      'removePaymentMeans(profile, removal)',
      'canPayWithProfile(profile, ledger, invoice, choice)',
      'payWithProfile(profile, ledger, invoice, choice)',
    ],
    notChecked: [
      'that payment means ids are unique',
      'that at most one means is the prepaid account',
      'that the default is one of the means',
    ],
  },
  PaymentMeansInput: {
    schema: paymentMeansSchema,
    title: 'Payment means',
    description:
      'A payment means to register (BIL-13): its id, its kind (one the policy offers: card, bank-transfer, ebill, paypal, prepaid…) ' +
      'and a label.',
    usedBy: ['addPaymentMeans(profile, means)'],
    notChecked: ['that the policy offers the kind'],
  },
  PaymentMeansIdInput: {
    schema: idSchema,
    title: 'Payment means id',
    description: 'The id of one of the payment means of a profile (not blank).',
    usedBy: ['setDefaultPaymentMeans(profile, id)'],
  },
  PaymentMeansRemovalInput: {
    schema: meansRemovalSchema,
    title: 'Payment means removal',
    description: 'The id of the payment means to remove and, when it is the default, the new default (an id, or null for none) (BIL-13).',
    usedBy: ['removePaymentMeans(profile, removal)'],
  },
  PaymentChoiceInput: {
    schema: paymentChoiceSchema,
    title: 'Payment choice',
    description: "The payment means to pay an invoice with (BIL-13); left out, the profile's default.",
    usedBy: ['canPayWithProfile(profile, ledger, invoice, choice)', 'payWithProfile(profile, ledger, invoice, choice)'],
  },
});
