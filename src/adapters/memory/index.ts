/**
 * In-memory adapters: every port of `hostpolicy/ports`, for tests, demos and single-process
 * tools, and the system clock.
 *
 * @module adapters/memory
 */
export { memoryRepository, type MemoryRepositoryOptions } from './repository.js';
export { memoryInvoiceRepository } from './invoiceRepository.js';
export { memoryPorts, type MemoryPortsOptions } from './ports.js';
export { systemClock } from '../system/clock.js';
