import { invalidField } from '../../internal/parse.js';

/**
 * How a stored value goes into a document column and comes back equal: the document is the
 * value's JSON (what a person or a query reads), and `revive` lists, for the few values JSON has
 * no form for, where they are and what they were: a `Date` (stored as its ISO string), a `Map` (as
 * `[key, value]` pairs), a `Set` (as its items), `undefined` in a list (as `null`), and the numbers
 * `NaN`, `±Infinity`, `-0` (as strings). A JSON-like value (every record an import writes) has no
 * `revive` at all. Class instances with `toJSON` (Money, Rate) are stored as their JSON form, as
 * the ports promise.
 */

type Key = string | number;
type Kind = 'date' | 'map' | 'set' | 'undefined' | 'number';
type Tag = readonly [path: readonly Key[], kind: Kind];

/** A value in stored form. @internal */
export interface Encoded {
  readonly doc: string;
  readonly revive: string | null;
  /** The value is plain JSON data: `JSON.parse(doc)` gives a value equal to it, nothing to revive. */
  readonly plain?: boolean;
}

const MAX_DEPTH = 200;

/**
 * The document of a value and its revive list. @internal
 *
 * @example
 * ```ts
 * encode({ id: 'a', at: new Date(0) }); // { doc: '{"id":"a","at":"1970-01-01T00:00:00.000Z"}', revive: '[[["at"],"date"]]' }
 * ```
 * @throws InvalidInputError (`INVALID_INPUT`) for what a document cannot hold: a cycle, a bigint,
 * a symbol or a function, nesting deeper than 200.
 */
export function encode(value: unknown): Encoded {
  // The usual value (every record an import writes) is plain JSON data: checked in one walk that
  // builds nothing, then serialised natively.
  if (plainJson(value, [])) return { doc: JSON.stringify(value), revive: null, plain: true };
  const tags: Tag[] = [];
  const path: Key[] = [];
  const inPath = new Set<object>();
  const walk = (v: unknown): unknown => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        if (Number.isFinite(v) && !Object.is(v, -0)) return v;
        tags.push([[...path], 'number']);
        return String(Object.is(v, -0) ? '-0' : v);
      case 'undefined':
        return undefined;
      case 'object':
        break;
      default:
        return invalidField('entity', [...path], `cannot be stored in a document (a ${typeof v})`);
    }
    if (v === null) return null;
    if (inPath.has(v)) invalidField('entity', [...path], 'cannot be stored in a document: it contains itself');
    if (path.length >= MAX_DEPTH) invalidField('entity', [...path], `is nested deeper than ${MAX_DEPTH} levels`);
    if (v instanceof Date) {
      tags.push([[...path], 'date']);
      return Number.isNaN(v.getTime()) ? null : v.toISOString();
    }
    inPath.add(v);
    let out: unknown;
    const item = (key: Key, x: unknown, inList: boolean): unknown => {
      path.push(key);
      const encoded = walk(x);
      if (encoded === undefined && inList) tags.push([[...path], 'undefined']);
      path.pop();
      return encoded === undefined && inList ? null : encoded;
    };
    if (Array.isArray(v)) {
      const list: unknown[] = [];
      for (let i = 0; i < v.length; i += 1) list.push(item(i, v[i], true));
      out = list;
    } else if (v instanceof Map) {
      const pairs: unknown[] = [];
      let i = 0;
      for (const [k, x] of v) {
        path.push(i);
        pairs.push([item(0, k, true), item(1, x, true)]);
        path.pop();
        i += 1;
      }
      tags.push([[...path], 'map']);
      out = pairs;
    } else if (v instanceof Set) {
      const items: unknown[] = [];
      let i = 0;
      for (const x of v) items.push(item(i++, x, true));
      tags.push([[...path], 'set']);
      out = items;
    } else if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      out = walk((v as { toJSON: () => unknown }).toJSON());
    } else {
      const fields: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        const encoded = item(k, x, false);
        if (encoded === undefined) continue;
        // Defined, not assigned: a key '__proto__' must stay an own key of the document.
        if (k === '__proto__') Object.defineProperty(fields, k, { value: encoded, enumerable: true, writable: true, configurable: true });
        else fields[k] = encoded;
      }
      out = fields;
    }
    inPath.delete(v);
    return out;
  };
  const json = walk(value);
  return { doc: JSON.stringify(json ?? null), revive: tags.length === 0 ? null : JSON.stringify(tags) };
}

/**
 * Whether `JSON.stringify(value)` is the document {@link encode} makes of it, with nothing to
 * revive: then a batch of such values can be serialised in one `JSON.stringify`. @internal
 *
 * @example
 * ```ts
 * isPlainJson({ id: 'a', n: 1 });            // true
 * isPlainJson({ id: 'a', at: new Date(0) }); // false: encode() it
 * ```
 */
export function isPlainJson(value: unknown): boolean {
  return plainJson(value, []);
}

/**
 * Whether `JSON.stringify` alone gives the document of `v`, as the walk of {@link encode} would:
 * strings, booleans, null, finite numbers other than -0, arrays without holes or `undefined`,
 * and objects of the plain kind (no Date, Map, Set, boxed value or `toJSON`) whose own values are
 * such data or `undefined` (left out by both). Anything else, or deeper than the walk's limit, goes
 * the long way, which also gives the errors.
 */
function plainJson(v: unknown, ancestors: object[]): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0);
    case 'object':
      break;
    default:
      return false;
  }
  if (v === null) return true;
  // A cycle, or nesting deeper than the walk's limit: the long way, which names it.
  if (ancestors.length >= MAX_DEPTH || ancestors.includes(v)) return false;
  ancestors.push(v);
  let plain = true;
  if (Array.isArray(v)) {
    for (let i = 0; plain && i < v.length; i += 1) {
      const item: unknown = v[i];
      plain = item !== undefined && plainJson(item, ancestors);
    }
  } else {
    const proto: unknown = Object.getPrototypeOf(v);
    plain = (proto === Object.prototype || proto === null) && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
    for (const key in v) {
      if (!plain) break;
      if (!Object.hasOwn(v, key)) continue;
      const item = (v as Record<string, unknown>)[key];
      plain = item === undefined || plainJson(item, ancestors);
    }
  }
  ancestors.pop();
  return plain;
}

/**
 * The value of a document and its revive list: a fresh copy each time. @internal
 *
 * @example
 * ```ts
 * decode('{"at":"1970-01-01T00:00:00.000Z"}', '[[["at"],"date"]]'); // { at: 1970-01-01T00:00:00.000Z }
 * ```
 */
export function decode(doc: string, revive: string | null): unknown {
  const root: unknown = JSON.parse(doc);
  if (revive === null) return root;
  const holder: Record<string, unknown> = { root };
  for (const [path, kind] of JSON.parse(revive) as Tag[]) {
    let parent: Record<Key, unknown> = holder;
    let key: Key = 'root';
    for (const step of path) {
      parent = parent[key] as Record<Key, unknown>;
      key = step;
    }
    const stored = Object.hasOwn(parent, key) ? parent[key] : undefined;
    const value = revived(kind, stored);
    if (key === '__proto__') Object.defineProperty(parent, key, { value, enumerable: true, writable: true, configurable: true });
    else parent[key] = value;
  }
  return holder.root;
}

function revived(kind: Kind, stored: unknown): unknown {
  switch (kind) {
    case 'date':
      return new Date(typeof stored === 'string' ? stored : Number.NaN);
    case 'map':
      return new Map(stored as [unknown, unknown][]);
    case 'set':
      return new Set(stored as unknown[]);
    case 'undefined':
      return undefined;
    case 'number':
      return stored === '-0' ? -0 : Number(stored);
  }
}
