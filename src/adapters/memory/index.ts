/**
 * @module adapters/memory
 */
export {};
