/*
 * The wording of unknown keys, with no dependency: the boundary checks that run without zod
 * (parse.ts's readers, money's own checks) word them as the zod-based ones do.
 */

/** The message for unknown keys, with the known key each one most likely meant. @internal */
export function unknownKeys(keys: readonly string[], known: readonly string[]): string {
  const listed = keys.slice(0, 10).map((key) => {
    // A case-insensitive match first, else the closest key within an edit distance of 2.
    let meant = known.find((k) => k.toLowerCase() === key.toLowerCase());
    let best = 3;
    for (const k of known) {
      const d = meant ? 3 : distance(key, k);
      if (d < best) [best, meant] = [d, k];
    }
    return `unknown key '${key.slice(0, 50)}'${meant ? ` — did you mean '${meant}'?` : ''}`;
  });
  return listed.join('; ') + (keys.length > 10 ? ` (and ${keys.length - 10} more)` : '');
}

/** Levenshtein distance, capped: strings whose lengths differ by more than 2 count as 3. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i += 1) {
    const row = [i + 1];
    for (let j = 0; j < b.length; j += 1) {
      row.push(Math.min((previous[j + 1] as number) + 1, (row[j] as number) + 1, (previous[j] as number) + (a[i] === b[j] ? 0 : 1)));
    }
    previous = row;
  }
  return previous[b.length] as number;
}
