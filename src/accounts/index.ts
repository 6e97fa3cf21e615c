/**
 * @module accounts
 */
export {};
