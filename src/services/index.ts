/**
 * @module services
 */
export {};
