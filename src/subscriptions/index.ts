/**
 * @module subscriptions
 */
export {};
