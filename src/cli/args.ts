import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's arguments, read by node:util's parseArgs (positionals allowed, unknown options
 * refused), with one check more: an option that takes one value and is given twice is a
 * {@link UsageError} naming it (exit 2). parseArgs keeps the last value silently, so
 * `--invoices a.json --invoices b.json` would read b.json alone and still exit 0. A repeated flag
 * (`--json --json`) means the same as one and passes.
 */
export function readArgs<const O extends Options>(args: readonly string[], options: O) {
  const { values, positionals, tokens } = parseArgs({ args: [...args], allowPositionals: true, options, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined || option.type !== 'string' || option.multiple === true) continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; it takes one value`);
    seen.add(token.name);
  }
  return { values, positionals };
}
