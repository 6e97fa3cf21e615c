/**
 * A deep, frozen copy of plain data (objects, arrays, Dates, Maps, Sets), so that neither the
 * caller who stored a value nor one who read it can change what is stored. Instances of other
 * classes (Money, Rate, Decimal) are immutable value objects and are shared as they are. Plain
 * objects come out as plain objects (also from objects without prototype), own keys only.
 *
 * @example
 * ```ts
 * const copy = snapshot({ tags: ['a'] });
 * Object.isFrozen(copy.tags); // true
 * ```
 */
export function snapshot<T>(value: T): T {
  return copy(value, new Map(), { mutable: false }) as T;
}

/**
 * A frozen copy as {@link snapshot}, and whether it can be handed out as it is: `false` when it
 * holds a Date, a Map or a Set, which freezing does not protect (`setTime`, `set` still work),
 * so each reader needs a copy of its own. The memory store copies on the way out only then: a
 * JSON-like record (every record an import writes) is shared, frozen, with every reader.
 *
 * @example
 * ```ts
 * frozenCopy({ n: 1 }).shareable;          // true
 * frozenCopy({ at: new Date(0) }).shareable; // false
 * ```
 */
export function frozenCopy<T>(value: T): { readonly value: T; readonly shareable: boolean } {
  const found = { mutable: false };
  return { value: copy(value, new Map(), found) as T, shareable: !found.mutable };
}

function copy(value: unknown, seen: Map<object, unknown>, found: { mutable: boolean }): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (value instanceof Date) {
    found.mutable = true;
    return Object.freeze(new Date(value.getTime()));
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(copy(item, seen, found));
    return Object.freeze(out);
  }
  if (value instanceof Map) {
    found.mutable = true;
    const out = new Map<unknown, unknown>();
    seen.set(value, out);
    for (const [k, v] of value) out.set(copy(k, seen, found), copy(v, seen, found));
    return out;
  }
  if (value instanceof Set) {
    found.mutable = true;
    const out = new Set<unknown>();
    seen.set(value, out);
    for (const v of value) out.add(copy(v, seen, found));
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  // Own enumerable string keys, as Object.entries gives them, without building the pairs.
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    const v = (value as Record<string, unknown>)[k];
    // Defined, not assigned: a key '__proto__' (a customer id in a ledger) must stay an own key
    // of the copy; `out[k] = v` would set the copy's prototype instead and lose the data.
    if (k === '__proto__')
      Object.defineProperty(out, k, { value: copy(v, seen, found), enumerable: true, writable: true, configurable: true });
    else out[k] = copy(v, seen, found);
  }
  return Object.freeze(out);
}
