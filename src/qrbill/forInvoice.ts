import * as z from 'zod/mini';
import { invoiceSchema } from '../billing/schema.js';
import type { InvoiceInput } from '../billing/model.js';
import { strictObject } from '../internal/checks.js';
import { parseInput } from '../internal/parse.js';
import type { QrBillAddress, QrBillInput } from './model.js';
import { qrBillPayload } from './payload.js';

/** The provider as creditor: the account payments go to, and its structured address. */
export interface QrBillCreditor extends QrBillAddress {
  /** IBAN or QR-IBAN (spaces allowed). A QR-IBAN for invoices with QR references, an IBAN for creditor references (QRB-05). */
  readonly account: string;
}

/** What {@link billForInvoice} may add to the bill. */
export interface BillForInvoiceOptions {
  /** The customer's address, printed as "payable by". */
  readonly debtor?: QrBillAddress;
  /** Unstructured message, e.g. `'Invoice 2026-0042'`. */
  readonly message?: string;
  /** Structured bill information (Swico S1). */
  readonly billInformation?: string;
  readonly alternativeSchemes?: readonly string[];
}

/**
 * The argument schemas, built on first use: top-level zod calls would stay in every bundle of
 * `hostpolicy/qrbill`, even one that imports only the codec (the bundler cannot know they are
 * pure). Types only here: the codec checks lengths, characters and every QR-bill rule itself.
 */
const schemas = (() => {
  let built: { creditor: z.ZodMiniType<QrBillCreditor>; options: z.ZodMiniType<BillForInvoiceOptions> } | undefined;
  return () => {
    if (built === undefined) {
      const text = z.string();
      const address = {
        name: text,
        street: z.optional(text),
        buildingNumber: z.optional(text),
        postalCode: text,
        town: text,
        country: text,
      };
      built = {
        creditor: strictObject({ account: text, ...address }) as unknown as z.ZodMiniType<QrBillCreditor>,
        options: strictObject({
          debtor: z.optional(strictObject(address)),
          message: z.optional(text),
          billInformation: z.optional(text),
          alternativeSchemes: z.optional(z.array(text)),
        }) as unknown as z.ZodMiniType<BillForInvoiceOptions>,
      };
    }
    return built;
  };
})();

/**
 * The QR-bill payload of one of our invoices (BIL-01): its amount and its reference, on the
 * creditor's account. An invoice with a QR reference needs a QR-IBAN, one with a creditor
 * reference an ordinary IBAN (QRB-05).
 *
 * @param invoice - the invoice, as for `reconcile()`.
 * @param creditor - the provider's account and structured address.
 * @throws InvalidInputError (`INVALID_INPUT`) for a malformed invoice, creditor or options;
 *   HostPolicyError `INVALID_QR_BILL` when the bill would break a QR-bill rule (e.g. a QR
 *   reference on an ordinary IBAN, an amount in USD).
 * @example
 * ```ts
 * const payload = billForInvoice(
 *   { id: 'I-3139', customer: 'c1', reference: '210000000003139471430009017',
 *     amount: { amount: '1949.75', currency: 'CHF' }, issuedAt: '2026-06-18T00:00:00Z', dueAt: '2026-07-18T00:00:00Z' },
 *   { account: 'CH44 3199 9123 0008 8901 2', name: 'Robert Schneider AG', street: 'Rue du Lac',
 *     buildingNumber: '1268', postalCode: '2501', town: 'Biel', country: 'CH' },
 *   { message: 'Invoice I-3139' },
 * );
 * payload.split('\n')[28]; // '210000000003139471430009017'
 * ```
 */
export function billForInvoice(invoice: InvoiceInput, creditor: QrBillCreditor, options: BillForInvoiceOptions = {}): string {
  const parsed = parseInput(invoiceSchema, invoice, 'invoice', 'BIL-01');
  const { account, ...creditorAddress } = parseInput(schemas().creditor, creditor, 'creditor', 'QRB-07');
  const extra = parseInput(schemas().options, options, 'QR-bill options', 'QRB-09');
  // zod's optional fields may read as `undefined`: the codec treats those as absent.
  return qrBillPayload({ account, creditor: creditorAddress, amount: parsed.amount, reference: parsed.reference, ...extra } as QrBillInput);
}
