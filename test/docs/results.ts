/**
 * Result comments in documentation snippets: which comment states a result, how a result is
 * written, and how it is compared with what the code returns. The convention is described for
 * writers in docs/testing.md ("Results in the documentation"); this file is its one reading.
 *
 * A snippet is instrumented, not re-parsed at run time: every statement that carries a result
 * comment is wrapped in a call to `globalThis.__hp`, which compares the value as it is produced
 * (later statements cannot change it first) and counts that the statement ran at all.
 */
import ts from 'typescript';
import { inspect } from 'node:util';

/** A result as written in a comment, read into something a value can be compared with. */
export type Expected =
  | { kind: 'string'; text: string }
  | { kind: 'shape'; text: string; pattern: RegExp }
  | { kind: 'number'; value: number }
  | { kind: 'bigint'; value: bigint }
  | { kind: 'literal'; value: boolean | null | undefined }
  | { kind: 'instant'; iso: string }
  | { kind: 'date' }
  | { kind: 'money'; text: string }
  | { kind: 'code'; code: string }
  | { kind: 'any' }
  | { kind: 'array'; items: Expected[] }
  | { kind: 'object'; entries: [string, Expected][]; open: boolean }
  | { kind: 'set'; items: Expected[] };

/** One result comment: the statement it belongs to and what it says. */
export interface Check {
  id: number;
  /** 1-based line of the comment in the snippet. */
  line: number;
  /** The statement's code, for messages. */
  code: string;
  /** The comment's result, as written. */
  written: string;
  mode: 'value' | 'log' | 'throws';
  /** One value for `value`, one per argument for `log`. */
  values: Expected[];
  /** For `throws`: an error code (`VERSION_CONFLICT`) or an error class name (`InvalidInputError`). */
  error?: string;
}

export interface Instrumented {
  code: string;
  checks: Check[];
  /** Comments that look like results but cannot be read: a snippet with any fails. */
  errors: string[];
}

class Unreadable extends Error {}

const SPACE = '[\\s\\u00a0\\u202f\\u2009]*';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?Z/;
const MONEY = /^[A-Z]{3} -?\d+(?:\.\d+)?(?![\w.])/;
const NUMBER = /^-?(?:\d[\d_]*)(?:\.\d[\d_]*)?(?:e[+-]?\d+)?/i;
/** What a result begins with; a comment that begins otherwise is prose. */
const LOOKS_LIKE_VALUE = /^(?:→|≈|throws\s|prints:|['"[{]|-?\d|(?:true|false|null|undefined|NaN)\b|Set \{|[A-Z]{3} -?\d)/;

/**
 * Reads the text of a result comment (the `//` prefixes removed, continuation lines joined by
 * newlines). Returns undefined for prose; throws {@link Unreadable} for a result that cannot be read.
 */
export function readResult(
  text: string,
  count = 1,
): { mode: 'value' | 'throws'; values: Expected[]; error?: string; written: string } | undefined {
  const trimmed = text.trimStart();
  if (!LOOKS_LIKE_VALUE.test(trimmed)) return undefined;
  const reader = new Reader(trimmed);
  const firstLineEnd = trimmed.indexOf('\n') === -1 ? trimmed.length : trimmed.indexOf('\n');
  if (reader.eat('prints:')) {
    // The lines under it are the printed text; column padding and ICU spaces make it a shape.
    const printed = trimmed
      .slice(firstLineEnd + 1)
      .split('\n')
      .map((l) => l.replace(/^ /, ''))
      .join('\n');
    if (count !== 1 || printed.trim() === '')
      throw new Unreadable("'prints:' goes after console.log(text), with the printed lines under it");
    return {
      mode: 'value',
      values: [{ kind: 'shape', text: printed, pattern: shapeOf(printed) }],
      written: `prints: ${printed.trim().split('\n')[0]!.trim()} …`,
    };
  }
  if (reader.eat('throws')) {
    const error = reader.match(/^\s+([A-Za-z_$][\w$]*)/);
    if (error === undefined) throw new Unreadable(`'throws' must name an error code or class: ${trimmed.slice(0, firstLineEnd)}`);
    reader.gloss();
    return { mode: 'throws', values: [], error: error.trim(), written: trimmed.slice(0, reader.pos) };
  }
  reader.eat('→');
  const values: Expected[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && !reader.space()) throw new Unreadable(`expected ${count} values separated by spaces: ${trimmed.slice(0, firstLineEnd)}`);
    values.push(reader.value());
  }
  reader.gloss();
  return { mode: 'value', values, written: trimmed.slice(0, reader.pos) };
}

/**
 * The shape of an ICU-dependent text: the same letters, symbols and digits in the same order;
 * any apostrophe where one is written (U+0027 or U+2019 as group separator); `.` or `,` where
 * either is written; and any amount of any space (ASCII, no-break, narrow no-break) where a space
 * is written, including none.
 */
export function shapeOf(text: string): RegExp {
  let source = '';
  for (const ch of text) {
    if (/[\s\u00a0\u202f\u2009]/u.test(ch)) {
      if (!source.endsWith(SPACE)) source += SPACE;
    } else if (ch === "'" || ch === '’') source += "['’]";
    else if (ch === '.' || ch === ',') source += '[.,]';
    else source += ch.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  private rest(): string {
    return this.text.slice(this.pos);
  }

  eat(token: string): boolean {
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }

  match(pattern: RegExp): string | undefined {
    const m = pattern.exec(this.rest());
    if (m === null) return undefined;
    this.pos += m[0].length;
    return m[1] ?? m[0];
  }

  /** Skips spaces, and the `//` that starts a continuation line. */
  space(): boolean {
    const before = this.pos;
    this.match(/^(?:\s|\/\/)+/);
    return this.pos > before;
  }

  private fail(what: string): never {
    const line = this.text.slice(0, this.text.indexOf('\n') === -1 ? undefined : this.text.indexOf('\n'));
    throw new Unreadable(`${what} at column ${this.pos + 1} of the result "${line}"`);
  }

  /** After a value: nothing, or a gloss set apart by a space or punctuation. */
  gloss(): void {
    const next = this.text[this.pos];
    if (next !== undefined && next !== '\n' && !/[\s:;,.)(—–=]/u.test(next))
      this.fail('a gloss must be set apart by a space or punctuation');
  }

  value(): Expected {
    this.space();
    if (this.eat('…') || this.eat('...')) return { kind: 'any' };
    if (this.eat('≈')) {
      this.space();
      const c = this.text[this.pos];
      if (c !== "'" && c !== '"') this.fail("'≈' is for a text whose exact characters come from ICU: a quoted text was expected");
      const text = this.string(c);
      return { kind: 'shape', text, pattern: shapeOf(text) };
    }
    const c = this.text[this.pos];
    if (c === "'" || c === '"') return { kind: 'string', text: this.string(c) };
    if (c === '[') return { kind: 'array', items: this.list(']') };
    if (c === '{') return this.object();
    if (this.eat('Set {')) return { kind: 'set', items: this.list('}') };
    const iso = this.match(ISO_INSTANT);
    if (iso !== undefined) return { kind: 'instant', iso: new Date(iso).toISOString() };
    const amount = this.match(MONEY);
    if (amount !== undefined) return { kind: 'money', text: amount };
    const number = this.match(NUMBER);
    if (number !== undefined) {
      const digits = number.replace(/_/g, '');
      if (/^-?\d+$/.test(digits) && this.eat('n')) return { kind: 'bigint', value: BigInt(digits) };
      return { kind: 'number', value: Number(digits) };
    }
    const word = this.match(/^[A-Za-z_$][\w$]*/);
    if (word === undefined) this.fail('a value was expected');
    switch (word) {
      case 'true':
        return { kind: 'literal', value: true };
      case 'false':
        return { kind: 'literal', value: false };
      case 'null':
        return { kind: 'literal', value: null };
      case 'undefined':
        return { kind: 'literal', value: undefined };
      case 'NaN':
        return { kind: 'number', value: Number.NaN };
      case 'Date':
        return { kind: 'date' };
      default:
        if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(word)) return { kind: 'code', code: word };
        this.pos -= word.length;
        return this.fail(`'${word}' is not a value (quote text, write codes in capitals)`);
    }
  }

  private string(quote: string): string {
    this.pos += 1;
    let out = '';
    for (;;) {
      const c = this.text[this.pos];
      if (c === undefined || c === '\n') this.fail('an unterminated string');
      this.pos += 1;
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = this.text[this.pos] ?? '';
      this.pos += 1;
      if (e === 'u') {
        const hex = this.match(/^\{([0-9a-fA-F]+)\}/) ?? this.match(/^([0-9a-fA-F]{4})/);
        if (hex === undefined) this.fail('a bad \\u escape');
        out += String.fromCodePoint(Number.parseInt(hex, 16));
      } else out += ({ n: '\n', t: '\t', r: '\r', 0: '\0' } as Record<string, string>)[e] ?? e;
    }
  }

  private list(close: string): Expected[] {
    this.pos += close === ']' ? 1 : 0;
    const items: Expected[] = [];
    for (;;) {
      this.space();
      if (this.eat(close)) return items;
      items.push(this.value());
      this.space();
      if (this.eat(',')) continue;
      if (this.eat(close)) return items;
      this.fail(`',' or '${close}' was expected`);
    }
  }

  private object(): Expected {
    this.pos += 1;
    const entries: [string, Expected][] = [];
    let open = false;
    for (;;) {
      this.space();
      if (this.eat('}')) return { kind: 'object', entries, open };
      if (this.eat('…') || this.eat('...')) open = true;
      else {
        const c = this.text[this.pos];
        const key =
          c === "'" || c === '"'
            ? this.string(c)
            : (this.match(/^[A-Za-z_$][\w$]*/) ?? this.match(/^\d+/) ?? this.fail('a key was expected'));
        this.space();
        if (!this.eat(':')) this.fail(`':' was expected after '${key}'`);
        entries.push([key, this.value()]);
      }
      this.space();
      if (this.eat(',')) continue;
      if (this.eat('}')) return { kind: 'object', entries, open };
      this.fail("',' or '}' was expected");
    }
  }
}

const tag = (v: unknown): string => Object.prototype.toString.call(v);
const isDate = (v: unknown): v is Date => tag(v) === '[object Date]';

/** A short, one-line picture of a value for failure messages. */
export function show(value: unknown): string {
  return inspect(value, { depth: 4, breakLength: Number.POSITIVE_INFINITY, maxArrayLength: 20, maxStringLength: 200 });
}

/** Where `actual` differs from `expected`, or undefined when it matches. */
export function mismatch(expected: Expected, actual: unknown, at = ''): string | undefined {
  const where = at === '' ? '' : ` at ${at}`;
  const differs = (what: string): string => `${what}${where}, but the code gives ${show(actual)}`;
  switch (expected.kind) {
    case 'any':
      return undefined;
    case 'string': {
      if (typeof actual !== 'string') return differs(`the text ${show(expected.text)}`);
      if (!expected.text.includes('…')) return actual === expected.text ? undefined : differs(`${show(expected.text)}`);
      const parts = expected.text.split('…').map((p) => p.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'));
      return new RegExp(`^${parts.join('[\\s\\S]*')}$`, 'u').test(actual) ? undefined : differs(`text like ${show(expected.text)}`);
    }
    case 'shape':
      return typeof actual === 'string' && expected.pattern.test(actual)
        ? undefined
        : differs(`text shaped like ${show(expected.text)} (ICU-dependent: ${String(expected.pattern)})`);
    case 'number':
      return typeof actual === 'number' && (Object.is(actual, expected.value) || actual === expected.value)
        ? undefined
        : differs(`${expected.value}`);
    case 'bigint':
      return typeof actual === 'bigint' && actual === expected.value ? undefined : differs(`${expected.value}n`);
    case 'literal':
      return actual === expected.value ? undefined : differs(String(expected.value));
    case 'instant':
      return isDate(actual) && !Number.isNaN(actual.getTime()) && actual.toISOString() === expected.iso
        ? undefined
        : differs(`the Date ${expected.iso}`);
    case 'date':
      return isDate(actual) && !Number.isNaN(actual.getTime()) ? undefined : differs('a Date');
    case 'money':
      return typeof actual === 'object' &&
        actual !== null &&
        typeof (actual as { currency?: unknown }).currency === 'string' &&
        String(actual) === expected.text
        ? undefined
        : differs(`the amount ${expected.text}`);
    case 'code':
      return typeof actual === 'object' && actual !== null && (actual as { code?: unknown }).code === expected.code
        ? undefined
        : differs(`something with code ${expected.code}`);
    case 'array':
      if (!Array.isArray(actual)) return differs('an array');
      return sequence(expected.items, actual, at) ?? undefined;
    case 'set':
      if (tag(actual) !== '[object Set]') return differs('a Set');
      return sequence(expected.items, [...(actual as Set<unknown>)], at);
    case 'object': {
      if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return differs('an object');
      for (const [key, value] of expected.entries) {
        if (!(key in actual)) return differs(`a key '${key}'`);
        const inner = mismatch(value, (actual as Record<string, unknown>)[key], at === '' ? key : `${at}.${key}`);
        if (inner !== undefined) return inner;
      }
      if (!expected.open) {
        const written = new Set(expected.entries.map(([k]) => k));
        const extra = Object.keys(actual).filter((k) => !written.has(k));
        if (extra.length > 0) return differs(`no other keys than ${[...written].join(', ') || 'none'} (write '…' for "and more")`);
      }
      return undefined;
    }
  }
}

/** Matches a list whose `…` items stand for any run of elements. */
function sequence(items: readonly Expected[], actual: readonly unknown[], at: string): string | undefined {
  const fits = (i: number, j: number): boolean => {
    if (i === items.length) return j === actual.length;
    const item = items[i]!;
    if (item.kind === 'any') {
      for (let k = j; k <= actual.length; k += 1) if (fits(i + 1, k)) return true;
      return false;
    }
    return j < actual.length && mismatch(item, actual[j], `${at}[${j}]`) === undefined && fits(i + 1, j + 1);
  };
  if (fits(0, 0)) return undefined;
  if (!items.some((i) => i.kind === 'any') && items.length === actual.length) {
    for (let j = 0; j < items.length; j += 1) {
      const inner = mismatch(items[j]!, actual[j], `${at}[${j}]`);
      if (inner !== undefined) return inner;
    }
  }
  return `${items.length} item(s) as written${at === '' ? '' : ` at ${at}`}, but the code gives ${show(actual)}`;
}

const COMMENT_LINE = /^\s*\/\/(.*)$/;
/** A comment under a statement that is one bare word or only codes (`cashback`, `RFP_DELETED RFP-03`). */
const UNQUOTED = /^\s*(?:[\w-]+|(?:[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)+\s*)+)\s*$/;
/** After a statement on its last line: only closing brackets, then the comment. */
const TRAILING = /^[\s)\]};]*\/\/(.*)$/;

function containsAwait(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, containsAwait) === true;
}

/**
 * Finds the result comments of a TypeScript snippet and wraps their statements so that running
 * the returned code reports every value to `globalThis.__hp` (see {@link createRuntime}).
 *
 * A comment is a result when it begins with a value (see LOOKS_LIKE_VALUE) and belongs to a
 * statement: an expression statement or a declaration of one name (`const x = …`), on the line
 * where the statement ends or on the line right under it. `→` may introduce a result; `≈` one whose
 * exact text depends on ICU; `throws CODE` a statement that must throw.
 */
export function instrument(code: string, firstId = 0): Instrumented {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const checks: Check[] = [];
  const errors: string[] = [];
  const edits: { at: number; end: number; text: string }[] = [];
  const claimed = new Map<number, { start: number; node: ts.Node; target: ts.Expression }>();

  const consider = (node: ts.Node, target: ts.Expression): void => {
    const end = source.getLineAndCharacterOfPosition(node.getEnd());
    const rest = (lines[end.line] ?? '').slice(end.character);
    let commentLine: number | undefined;
    if (TRAILING.test(rest)) commentLine = end.line;
    else if (COMMENT_LINE.test(lines[end.line + 1] ?? '')) commentLine = end.line + 1;
    if (commentLine === undefined) return;
    const start = node.getStart(source);
    const previous = claimed.get(commentLine);
    // The outermost statement that ends on the comment's line owns it.
    if (previous === undefined || start < previous.start) claimed.set(commentLine, { start, node, target });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) consider(node, node.expression);
    else if (ts.isVariableStatement(node)) {
      const [declaration, ...others] = node.declarationList.declarations;
      if (declaration !== undefined && others.length === 0 && ts.isIdentifier(declaration.name) && declaration.initializer !== undefined)
        consider(node, declaration.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  let id = firstId;
  for (const [commentLine, { node, target }] of [...claimed].sort((a, b) => a[0] - b[0])) {
    const first = lines[commentLine]!;
    const onOwnLine = COMMENT_LINE.test(first);
    const head = onOwnLine
      ? COMMENT_LINE.exec(first)![1]!
      : TRAILING.exec(first.slice(source.getLineAndCharacterOfPosition(node.getEnd()).character))![1]!;
    const continuation: string[] = [];
    for (let l = commentLine + 1; l < lines.length && continuation.length < 20; l += 1) {
      const m = COMMENT_LINE.exec(lines[l]!);
      if (m === null) break;
      continuation.push(m[1]!);
    }
    const log = ts.isCallExpression(target) && target.expression.getText(source) === 'console.log' ? target : undefined;
    let result: ReturnType<typeof readResult>;
    try {
      result = readResult([head, ...continuation].join('\n'), log?.arguments.length ?? 1);
    } catch (e) {
      if (!(e instanceof Unreadable)) throw e;
      errors.push(`line ${commentLine + 1}: ${e.message}`);
      continue;
    }
    if (result === undefined) {
      if (/^\s*[→≈]/u.test(head)) errors.push(`line ${commentLine + 1}: a result after '→' or '≈' must be a value`);
      else if (UNQUOTED.test(head))
        errors.push(
          `line ${commentLine + 1}: '${head.trim()}' reads like an unquoted result: quote text ('none'), or write prose of more than ` +
            'one word',
        );
      continue;
    }
    id += 1;
    const text = target.getText(source).replace(/\s+/g, ' ');
    const check: Check = {
      id,
      line: commentLine + 1,
      code: text.length > 90 ? `${text.slice(0, 87)}...` : text,
      written: result.written.replace(/\s*\n\s*(?:\/\/)?\s*/g, ' '),
      mode: result.mode === 'throws' ? 'throws' : log !== undefined ? 'log' : 'value',
      values: result.values,
      ...(result.error === undefined ? {} : { error: result.error }),
    };
    checks.push(check);
    const start = target.getStart(source);
    const end = target.getEnd();
    if (check.mode === 'throws') {
      const asynchronous = containsAwait(target);
      edits.push({ at: start, end: start, text: asynchronous ? `(await __hp.x(${id}, async () => (` : `__hp.x(${id}, () => (` });
      edits.push({ at: end, end, text: asynchronous ? ')))' : '))' });
    } else if (check.mode === 'log') {
      edits.push({ at: log!.expression.getStart(source), end: log!.expression.getEnd(), text: `__hp.log(${id})` });
    } else {
      edits.push({ at: start, end: start, text: `__hp.r(${id}, (` });
      edits.push({ at: end, end, text: '))' });
    }
  }
  // Every comment that begins with '→' or '≈' must belong to a statement.
  lines.forEach((line, i) => {
    const m = COMMENT_LINE.exec(line);
    if (m !== null && /^\s*[→≈]/u.test(m[1]!) && !claimed.has(i) && !(i > 0 && COMMENT_LINE.test(lines[i - 1]!) && claimed.has(i - 1)))
      errors.push(`line ${i + 1}: a result comment with no statement right above it`);
  });
  let out = code;
  for (const edit of [...edits].sort((a, b) => b.at - a.at || b.end - a.end)) out = out.slice(0, edit.at) + edit.text + out.slice(edit.end);
  return { code: out, checks, errors };
}

/** What one run of instrumented snippets found. */
export interface Runtime {
  r(id: number, value: unknown): unknown;
  log(id: number): (...args: unknown[]) => void;
  x(id: number, run: () => unknown): unknown;
  /** Every failure, and every check that never ran. */
  report(): string[];
}

/** The `globalThis.__hp` that instrumented snippets call, for one snippet's checks. */
export function createRuntime(checks: readonly Check[], where: (check: Check) => string): Runtime {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const hits = new Map<number, number>();
  const failures: string[] = [];
  const hit = (id: number): Check => {
    hits.set(id, (hits.get(id) ?? 0) + 1);
    return byId.get(id)!;
  };
  const fail = (check: Check, what: string): void => {
    failures.push(`${where(check)}: ${check.code}\n    the comment says ${check.written}\n    expected ${what}`);
  };
  const caught = (check: Check, error: unknown): void => {
    const e = error as { code?: unknown; name?: unknown } | null;
    const matches =
      e !== null && typeof e === 'object' && (e.code === check.error || e.name === check.error || e.constructor?.name === check.error);
    if (!matches) fail(check, `an error ${check.error}, but it threw ${show(error)}`);
  };
  return {
    r(id, value) {
      const check = hit(id);
      const m = mismatch(check.values[0]!, value);
      if (m !== undefined) fail(check, m);
      return value;
    },
    log(id) {
      return (...args) => {
        const check = hit(id);
        if (args.length !== check.values.length) fail(check, `${check.values.length} logged values, but it logs ${args.length}`);
        check.values.forEach((v, i) => {
          const m = mismatch(v, args[i], `argument ${i + 1}`);
          if (m !== undefined) fail(check, m);
        });
      };
    },
    x(id, run) {
      const check = hit(id);
      try {
        const value = run();
        if (value instanceof Promise)
          return value.then(
            (v) => fail(check, `an error ${check.error}, but it resolved to ${show(v)}`),
            (e: unknown) => caught(check, e),
          );
        fail(check, `an error ${check.error}, but it returned ${show(value)}`);
      } catch (e) {
        caught(check, e);
      }
      return undefined;
    },
    report() {
      const never = checks
        .filter((c) => !hits.has(c.id))
        .map((c) => `${where(c)}: ${c.code}\n    the result ${c.written} was never computed (the statement did not run)`);
      return [...failures, ...never];
    },
  };
}

/**
 * The names a snippet uses without declaring them (values only: types are erased), so that a
 * JSDoc example can be given the imports its module's reader already has in mind.
 */
export function freeNames(code: string): string[] {
  const source = ts.createSourceFile('snippet.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const declared = new Set<string>();
  const used = new Set<string>();
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) declared.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  const isValueUse = (node: ts.Identifier): boolean => {
    const parent = node.parent;
    if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
    if (ts.isQualifiedName(parent) && parent.right === node) return false;
    if ((ts.isPropertyAssignment(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.name === node)
      return false;
    if (ts.isBindingElement(parent) && parent.propertyName === node) return false;
    if (ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isLabeledStatement(parent)) return false;
    if (ts.isBreakOrContinueStatement(parent)) return false;
    for (let n: ts.Node | undefined = parent; n !== undefined; n = n.parent)
      if (ts.isTypeNode(n) && !ts.isExpressionWithTypeArguments(n)) return false;
    return true;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) || ts.isParameter(node)) bind(node.name);
    else if ((ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) && node.name !== undefined) declared.add(node.name.text);
    else if (ts.isImportClause(node) && node.name !== undefined) declared.add(node.name.text);
    else if (ts.isImportSpecifier(node) || ts.isNamespaceImport(node)) declared.add(node.name.text);
    else if (ts.isIdentifier(node) && isValueUse(node)) used.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...used].filter((n) => !declared.has(n) && !(n in globalThis) && n !== 'undefined' && n !== 'arguments').sort();
}
