/**
 * The Swiss QR-bill as data: what the payment part's Swiss QR Code carries (Swiss Implementation
 * Guidelines for the QR-bill, version 2.3). Plain strings only, so that the codec needs neither
 * decimal.js nor zod (issue 18: the codec alone stays a few kilobytes).
 *
 * @module
 */

import type { QrBillErrorCode } from '../errorCodes.js';

/** The currencies a QR-bill may carry (QRB-08). */
export type QrBillCurrency = 'CHF' | 'EUR';

/** An amount as it travels in the payload: a decimal string with two decimals, and its currency. */
export interface QrBillAmount {
  /** e.g. `'1949.75'`; 0.01 to 999,999,999.99. */
  readonly amount: string;
  readonly currency: QrBillCurrency;
}

/**
 * A structured address (type `S`, the only type allowed since 21 November 2025; QRB-07). The
 * street and building number are optional; name, postal code, town and country are required.
 */
export interface QrBillAddress {
  /** Up to 70 characters. */
  readonly name: string;
  /** Street name, up to 70 characters (no number: that is `buildingNumber`). */
  readonly street?: string;
  /** Up to 16 characters. */
  readonly buildingNumber?: string;
  /** Up to 16 characters, without a country prefix. */
  readonly postalCode: string;
  /** Up to 35 characters. */
  readonly town: string;
  /** ISO 3166-1 alpha-2 code, e.g. `'CH'`. */
  readonly country: string;
}

/** How the payment is referenced (QRB-05, QRB-06). */
export type QrBillReferenceType = 'QRR' | 'SCOR' | 'NON';

/**
 * A QR-bill, as {@link parseQrBill} returns it and {@link qrBillPayload} writes it: every text
 * trimmed, the account and reference compact (no spaces, upper case), optional parts absent
 * rather than empty.
 */
export interface QrBill {
  /** The creditor's IBAN or QR-IBAN (CH or LI), compact: 21 characters. */
  readonly account: string;
  readonly creditor: QrBillAddress;
  /** Absent when the debtor fills the amount in. */
  readonly amount?: QrBillAmount;
  /** The bill's currency (the amount's when there is one). */
  readonly currency: QrBillCurrency;
  readonly debtor?: QrBillAddress;
  readonly referenceType: QrBillReferenceType;
  /** The QR reference (27 digits) or creditor reference (RF…), compact; absent for `NON`. */
  readonly reference?: string;
  /** Unstructured message, up to 140 characters together with `billInformation`. */
  readonly message?: string;
  /** Structured bill information (e.g. Swico S1), up to 140 characters together with `message`. */
  readonly billInformation?: string;
  /** Up to two alternative schemes' parameters, 100 characters each. */
  readonly alternativeSchemes?: readonly string[];
}

/** A value with a `toJSON()` giving `{ amount, currency }`, such as a `Money` of `hostpolicy/money`. */
export interface MoneyLike {
  toJSON(): { readonly amount: string; readonly currency: string };
}

/**
 * What {@link qrBillPayload} accepts: a {@link QrBill}, where the account and reference may be
 * written with spaces and in lower case, the amount may be a `Money` (or a decimal string with up
 * to two decimals), `currency` may be left out when there is an amount, and `referenceType` may be
 * left out (it follows from the reference). Texts are trimmed.
 */
export interface QrBillInput {
  readonly account: string;
  readonly creditor: QrBillAddress;
  readonly amount?: QrBillAmount | MoneyLike;
  readonly currency?: QrBillCurrency;
  readonly debtor?: QrBillAddress;
  readonly referenceType?: QrBillReferenceType;
  readonly reference?: string;
  readonly message?: string;
  readonly billInformation?: string;
  readonly alternativeSchemes?: readonly string[];
}

/** One broken rule of a QR-bill: the field (a path such as `creditor.town`), a stable code, the rule ID, and a sentence. */
export interface QrBillError {
  readonly field: string;
  readonly code: QrBillErrorCode;
  readonly rule: QrBillRuleId;
  readonly message: string;
}

/** The rules of the QR-bill payload (docs/rules.md, family QRB). */
export type QrBillRuleId = 'QRB-01' | 'QRB-02' | 'QRB-03' | 'QRB-04' | 'QRB-05' | 'QRB-06' | 'QRB-07' | 'QRB-08' | 'QRB-09';

/** The stable codes of {@link QrBillError} (listed with the library's other codes in src/errorCodes.ts). */
export type { QrBillErrorCode } from '../errorCodes.js';

/** What {@link parseQrBill} answers: the bill, or every broken rule at once. */
export type QrBillParseResult =
  | { readonly ok: true; readonly bill: QrBill }
  | { readonly ok: false; readonly errors: readonly QrBillError[] };
