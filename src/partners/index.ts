/**
 * @module partners
 */
export {};
