/**
 * The Swiss QR-bill (Implementation Guidelines v2.3): the payload of the payment part's QR code,
 * made ({@link qrBillPayload}, {@link billForInvoice}), read ({@link parseQrBill}) and checked
 * against our invoices ({@link isOurBill}). Rendering (SVG, PDF) is left to a renderer such as
 * swissqrbill: see docs/qrbill.md.
 *
 * @module
 */
export type {
  MoneyLike,
  QrBill,
  QrBillAddress,
  QrBillAmount,
  QrBillCurrency,
  QrBillError,
  QrBillErrorCode,
  QrBillInput,
  QrBillParseResult,
  QrBillReferenceType,
  QrBillRuleId,
} from './model.js';
export { parseQrBill } from './parse.js';
export { qrBillPayload } from './payload.js';
export { billForInvoice, type BillForInvoiceOptions, type QrBillCreditor } from './forInvoice.js';
export { isOurBill, type OurBills } from './isOurBill.js';
