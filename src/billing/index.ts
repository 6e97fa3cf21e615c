/**
 * @module billing
 */
export {};
