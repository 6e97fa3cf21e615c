/**
 * Freezes a value's plain objects and arrays, all the way down, and returns it. Policy data is
 * shared by every call in a process: a frozen default cannot be changed by one caller for all
 * the others (in strict mode a write throws a TypeError at the writer, not later in a computation).
 * Objects of other classes (a `Date`, a compiled schedule) are left as they are.
 *
 * @example
 * ```ts
 * const steps = deepFreeze({ reminders: [{ days: 10 }] });
 * Object.isFrozen(steps.reminders[0]); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}

/**
 * A copy of a value's plain objects and arrays, all the way down (other objects are shared): what
 * a caller passed in can then be frozen without freezing the caller's own objects.
 *
 * @example
 * ```ts
 * const mine = { steps: [1, 2] };
 * copyPlain(mine).steps !== mine.steps; // true
 * ```
 */
export function copyPlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const copy: Record<string, unknown> = proto === null ? Object.create(null) : {};
  for (const [key, inner] of Object.entries(value)) copy[key] = copyPlain(inner);
  return copy as T;
}
