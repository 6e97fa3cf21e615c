/**
 * @module ports
 */
export {};
