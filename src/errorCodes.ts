/**
 * Every code the library raises or reports, as closed unions: a switch over them can be checked
 * for exhaustiveness, and a misspelt code is a compile error. The table in `errorTable.ts` gives
 * each code its rule IDs and what to do about it; the compiler holds the table and these unions to
 * the same codes, and docs/errors.md is checked against the table.
 *
 * The unions are written out (not computed from the table) so that editors and the API reference
 * show the codes themselves.
 *
 * @module
 */

/**
 * The codes raised both as a {@link HostPolicyError} and as a reason of a decision: a function
 * that answers a question (`canPayWithProfile`) reports the code, and its companion that acts
 * (`payWithProfile`) throws the same code for the same failed condition.
 */
export type SharedCode =
  // money
  | 'CURRENCY_MISMATCH'
  // subscriptions and plan ladders
  | 'DOWNGRADE_NOT_ALLOWED'
  // partners and requests for proposal
  | 'LIMITED_ACCESS_CANNOT_ORDER'
  | 'LEGAL_REPRESENTATIVE_REQUIRED'
  | 'NO_FULL_ACCESS'
  | 'RFP_DELETED'
  | 'RFP_EXPIRED'
  | 'RFP_NOT_YET_SUBMITTED'
  | 'RFP_NOT_ADDRESSED'
  // billing
  | 'INSUFFICIENT_PREPAID_BALANCE'
  | 'INVOICE_ALREADY_SETTLED'
  | 'DUPLICATE_INVOICE'
  | 'RENEWAL_WARRANTY_NOT_AT_ORDER'
  | 'TRANSFER_NOT_STARTED'
  | 'TRANSFER_IN_PROGRESS'
  | 'TRANSFER_SUCCEEDED'
  | 'UNKNOWN_PAYMENT_MEANS'
  | 'PAYMENT_PROFILE_MISMATCH'
  | 'NO_DEFAULT_PAYMENT_MEANS'
  // accounts
  | 'NOT_OWNER'
  | 'LAST_OWNER'
  | 'NOT_A_MEMBER';

/**
 * The stable `code` of a {@link HostPolicyError}. Each is listed with its rule ID and what to do
 * about it in docs/errors.md.
 */
export type HostPolicyErrorCode =
  | SharedCode
  // any context
  | 'INVALID_INPUT'
  | 'INCOMPATIBLE_VALUE'
  // money
  | 'AMOUNT_OUT_OF_RANGE'
  | 'NOT_IN_MINOR_UNITS'
  // calendar and holidays
  | 'NO_OPENING'
  | 'INVALID_ICS'
  | 'ICS_TOO_LARGE'
  | 'HOLIDAYS_UNAVAILABLE'
  | 'UNKNOWN_HOLIDAY_REGION'
  | 'HOLIDAYS_FAILED'
  // pricing
  | 'RATE_ABOVE_CAP'
  // subscriptions
  | 'COMMITMENT_TOO_SHORT'
  | 'NO_PRICE'
  // partners and requests for proposal
  | 'ACCESS_CONFLICT'
  | 'PARTNER_PRICE_ABOVE_PUBLIC'
  | 'PARTNERSHIP_CLIENT_MISMATCH'
  | 'PARTNERSHIP_NOT_PENDING'
  | 'INVITATION_CLIENT_MISMATCH'
  | 'INVITATION_NOT_PENDING'
  | 'NO_PARTNERSHIP'
  | 'NOT_LIMITED_ACCESS'
  | 'LAST_PRODUCT_ACCESS'
  | 'RFP_TOKEN_INVALID'
  | 'RFP_EXISTS'
  // billing
  | 'READONLY_INSTANT'
  | 'DUPLICATE_REFERENCE'
  | 'PAYOUT_METHOD_NOT_OFFERED'
  | 'PAYOUT_ABOVE_BALANCE'
  | 'UNKNOWN_PRODUCT'
  | 'UNKNOWN_BILLING_ADDRESS'
  | 'TRANSFER_FEE_UNKNOWN'
  | 'DUPLICATE_PAYMENT'
  | 'DUPLICATE_PAYOUT'
  | 'DUPLICATE_ORDER'
  | 'TRANSFER_FEE_ALREADY_PAID'
  | 'TRANSFER_FEE_ABOVE_DUE'
  | 'PAYMENT_MEANS_EXISTS'
  | 'PAYMENT_MEANS_NOT_OFFERED'
  | 'PREPAID_MEANS_EXISTS'
  | 'PAYMENT_PROFILE_FULL'
  | 'DEFAULT_PAYMENT_MEANS_REMOVED'
  // QR-bill
  | 'INVALID_QR_BILL'
  | 'LOOKUP_FAILED'
  // camt bank files
  | 'CAMT_NOT_XML'
  | 'CAMT_UNSUPPORTED_MESSAGE'
  | 'CAMT_TRUNCATED'
  | 'CAMT_LIMIT_EXCEEDED'
  // accounts
  | 'UNKNOWN_ORGANIZATION'
  | 'LEAVE_NOT_ALLOWED'
  | 'UNLOCK_NOT_ALLOWED'
  | 'REMOVAL_NOT_ALLOWED'
  | 'VAT_NUMBER_REFUSED'
  // storage, ports and services
  | 'VERSION_CONFLICT'
  | 'STORAGE_FAILED'
  | 'PORT_CONTRACT_VIOLATION'
  | 'TOO_MANY_CONFLICTS'
  | 'NOT_FOUND'
  | 'SUBSCRIPTION_EXISTS';

/**
 * The codes of a broken QR-bill rule (`QrBillError.code`), reported by `parseQrBill` and carried
 * by the `INVALID_QR_BILL` error in `details.errors`.
 */
export type QrBillErrorCode =
  | 'INVALID_STRUCTURE'
  | 'UNSUPPORTED_VERSION'
  | 'FIELD_REQUIRED'
  | 'FIELD_TOO_LONG'
  | 'FIELD_MUST_BE_EMPTY'
  | 'INVALID_CHARACTER'
  | 'INVALID_IBAN'
  | 'QR_IBAN_NEEDS_QR_REFERENCE'
  | 'QR_REFERENCE_NEEDS_QR_IBAN'
  | 'INVALID_REFERENCE'
  | 'COMBINED_ADDRESS_NOT_ALLOWED'
  | 'INVALID_COUNTRY'
  | 'INCOMPLETE_ADDRESS'
  | 'INVALID_AMOUNT'
  | 'INVALID_CURRENCY'
  | 'TEXT_TOO_LONG'
  | 'TOO_MANY_SCHEMES';

/** Why a part of a camt bank file did not become a payment, a reversal or a debit (`CamtSkipped.code`). */
export type CamtSkipCode =
  | 'NOT_BOOKED'
  | 'MISSING_AMOUNT'
  | 'MISSING_CURRENCY'
  | 'BAD_AMOUNT'
  | 'ZERO_AMOUNT'
  | 'UNKNOWN_CURRENCY'
  | 'MISSING_ID'
  | 'MISSING_DATE'
  | 'MISSING_DIRECTION'
  | 'VALUE_TOO_LONG'
  | 'DUPLICATE_TRANSACTION'
  | 'REPEATED_TRANSACTION'
  | 'BATCH_COUNT_MISMATCH'
  | 'BATCH_SUM_MISMATCH'
  | 'SUMMARY_MISMATCH'
  | 'DUPLICATE_ELEMENT';

/**
 * The `code` of a {@link Reason}, and of every other code the library reports in a result rather
 * than throws: reconciliation's credit causes, reminder causes, notices and warnings, and the
 * errors of a QR-bill. Each is listed with its rule ID and what to do about it in docs/errors.md.
 */
export type ReasonCode =
  | SharedCode
  | QrBillErrorCode
  // support
  | 'TIER_NOT_OPEN_TO_PARTNERS'
  | 'VIP_CODE_NOT_INCLUDED'
  | 'ACTIVITY_OUT_OF_SCOPE'
  | 'NOT_A_PROVIDER_SERVICE'
  | 'ACTOR_NOT_ALLOWED'
  | 'ACCESS_NOT_YET_GRANTED'
  | 'ACCESS_EXPIRED'
  | 'ACCESS_REVOKED'
  | 'SERVICE_NOT_GRANTED'
  | 'TIER_WITHOUT_EMERGENCY_CALLS'
  | 'INCIDENT_NOT_ELIGIBLE'
  | 'NOT_URGENT'
  | 'LANGUAGE_NOT_SUPPORTED'
  | 'EMERGENCY_LINE_CLOSED'
  // subscriptions
  | 'CANCELLED_AT_TERM_END'
  | 'CANCELLED_AT_PERIOD_END'
  | 'NO_REFUND'
  // partners and requests for proposal
  | 'VOLUME_CURRENCY_NOT_ACCEPTED'
  | 'VOLUME_BELOW_MINIMUM'
  | 'COMPANY_NOT_REGISTERED'
  | 'CLIENT_SUPPORT_REQUIRED'
  | 'CLIENT_INVOICING_REQUIRED'
  | 'RFP_PROVIDER_PRODUCTS_REQUIRED'
  | 'RESELLER_TERMS_NOT_ACCEPTED'
  | 'PRIVATE_PERSON_AFFILIATE_PROGRAM'
  | 'FULL_ACCESS_TAKEN'
  | 'LIMITED_PARTNERS_PRESENT'
  | 'FULL_ACCESS_PRESENT'
  | 'PRODUCT_ALREADY_MANAGED'
  | 'USER_NOT_DESIGNATED'
  | 'USER_REQUIRED'
  | 'TEAM_OF_ANOTHER_PARTNER'
  | 'PRODUCT_REQUIRED'
  | 'PRODUCT_NOT_GRANTED'
  | 'NOT_THIS_CLIENT'
  | 'NOT_A_PARTNER'
  | 'INVOICES_IN_PARTNER_ORGANIZATION'
  | 'INVOICES_IN_CLIENT_ORGANIZATION'
  | 'NO_GRANT'
  | 'INVOICES_NOT_GRANTED'
  | 'THIRD_PARTY_PRODUCT'
  // billing: credit and reminder causes
  | 'STALE_REFERENCE'
  | 'AMOUNT_MISMATCH'
  | 'UNKNOWN_REFERENCE'
  | 'NO_PAYMENT'
  | 'CREDITED_TO_PREPAID'
  | 'CROSSED_PAYMENT'
  | 'NOT_OUR_INVOICE'
  // billing: what a reversal did (reconcile's `reversed`)
  | 'PAYMENT_REVERSED'
  | 'REVERSED_PAYMENT_UNKNOWN'
  | 'REVERSAL_AMBIGUOUS'
  | 'REVERSAL_NOT_COVERED'
  | 'DEBIT_REVERSED'
  // camt: why a part of a bank file is skipped
  | CamtSkipCode
  // QR-bill: is it ours?
  | 'NOT_OUR_ACCOUNT'
  | 'NOT_OUR_REFERENCE'
  | 'NOT_OUR_AMOUNT'
  // accounts
  | 'NOT_OWNER_OR_ADMINISTRATOR'
  | 'KSUITE_MEMBER'
  | 'LOGIN_IN_ORGANIZATION_MAIL'
  | 'LAST_USER'
  | 'KSUITE_NOT_TRANSFERABLE'
  | 'INCLUDED_PRODUCT_NOT_MOVABLE'
  | 'INCLUDED_PRODUCT_NOT_CANCELLABLE'
  | 'NOT_LOCKED'
  | 'NOT_AN_ADMINISTRATOR'
  | 'NOT_IN_ORGANIZATION'
  | 'IDENTITY_NOT_CONFIRMED'
  | 'SUPPORT_NEVER_DISABLES_2FA'
  | 'SECOND_FACTOR_SIGN_IN_REQUIRED'
  | 'PASSWORD_CONFIRMATION_REQUIRED'
  | 'IDENTITY_NOT_VERIFIED'
  | 'APP_NOT_SET_UP'
  | 'TWO_FACTOR_DISABLED'
  | 'PROTECT_ACCOUNT_AGAIN'
  | 'ONLY_ACCOUNT'
  | 'VAT_NUMBER_FORMAT'
  | 'VAT_COUNTRY_UNKNOWN'
  | 'NOT_A_COMPANY'
  | 'VAT_NUMBER_MISSING';
