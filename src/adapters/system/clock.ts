import type { Clock } from '../../ports/clock.js';

/**
 * The system clock adapter: the only place in the library that reads the wall clock. Application
 * services receive it (or a `fixedClock`) through their ports; the pure core never does.
 *
 * @example
 * ```ts
 * const ports = memoryPorts({ clock: systemClock });
 * systemClock.now(); // the current instant
 * ```
 */
export const systemClock: Clock = Object.freeze({ now: (): Date => new Date() });
