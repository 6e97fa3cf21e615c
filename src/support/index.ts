/**
 * @module support
 */
export {};
