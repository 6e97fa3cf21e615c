/**
 * The longest reference text read, spaces included (a QR reference is 27 digits, a creditor
 * reference at most 25 characters; printed in groups they stay far below). Checked before any
 * other work, so that a reference of any length costs the same: issue 16, bounded work.
 */
export const MAX_REFERENCE_TEXT = 100;
