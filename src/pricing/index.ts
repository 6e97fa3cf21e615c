/**
 * @module pricing
 */
export {};
