/**
 * Many regexes over one text, each behind its required literal: instead of one substring search per regex,
 * file each regex under the first three characters of its literal and read the text's three-character windows
 * once (a poor man's Aho-Corasick). For the kernel's ~100 N: patterns this turns ~100 searches per path into
 * one pass over it. Used for N: over paths and for K: over diff lines.
 */
import { foldCase, type RequiredLiteral } from './required-literal.js';

const GRAM = 3;
const ASCII_LIMIT = 128;

/**
 * Returns a function that lists the items whose literal may occur in a text: every item whose literal's first
 * three characters (case-folded) occur in the case-folded text, plus every item that has no usable literal
 * (none, shorter than three characters, or not ASCII there). Items come back in their original order, each
 * once; the caller still checks the literal and runs the regex. The returned array must not be modified.
 *
 * @example
 *   const candidates = literalGrams([{ literal: { text: 'tegra', caseInsensitive: false }, value: 1 }]);
 *   candidates('arch/arm/mach-tegra/x.c') // → [1]
 *   candidates('drivers/integrator/x.c') // → [1]   (shares "teg": the caller's check rejects it)
 *   candidates('drivers/net/x.c') // → []
 */
export function literalGrams<T>(
  items: readonly { literal: RequiredLiteral | null; value: T }[],
): (text: string) => readonly T[] {
  // Case-sensitive literals are looked up in the text as it is; only case-insensitive ones need it folded.
  const exact = new Map<number, number[]>();
  const folded = new Map<number, number[]>();
  const always: number[] = [];
  items.forEach((item, index) => {
    const literal = item.literal;
    const key = literal === null ? null : gramKey(literal.text, 0);
    if (literal === null || key === null) always.push(index);
    else addTo(literal.caseInsensitive ? folded : exact, key, index);
  });
  const alwaysValues = always.map((index) => items[index].value);
  if (exact.size === 0 && folded.size === 0) return () => alwaysValues;
  // Most texts (paths of a tree, lines of a diff) contain none of the literals: one native regex over the text
  // answers that before any window is read. It only decides whether to look; the windows decide what is found.
  const exactLiterals = items.flatMap((item) =>
    item.literal && !item.literal.caseInsensitive ? [item.literal.text] : [],
  );
  const anyExact = folded.size === 0 ? new RegExp(exactLiterals.map(escapeRegex).join('|')) : null;

  return (text) => {
    if (anyExact !== null && !anyExact.test(text)) return alwaysValues;
    // Hits are few (most texts contain no literal at all), so a plain array beats a Set here.
    let hits: number[] | null = null;
    const collect = (grams: Map<number, number[]>, scanned: string) => {
      for (let i = 0; i + GRAM <= scanned.length; i++) {
        const key = gramKey(scanned, i);
        const list = key === null ? undefined : grams.get(key);
        if (list === undefined) continue;
        hits ??= [];
        for (const index of list) if (!hits.includes(index)) hits.push(index);
      }
    };
    if (exact.size > 0) collect(exact, text);
    if (folded.size > 0) collect(folded, foldCase(text));
    if (hits === null) return alwaysValues;
    return [...always, ...(hits as number[])].sort((x, y) => x - y).map((index) => items[index].value);
  };
}

function addTo(grams: Map<number, number[]>, key: number, index: number): void {
  const list = grams.get(key);
  if (list === undefined) grams.set(key, [index]);
  else list.push(index);
}

/** Three ASCII characters as one number (no substring allocated); null when shorter or not ASCII. */
function gramKey(text: string, at: number): number | null {
  if (at + GRAM > text.length) return null;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (a >= ASCII_LIMIT || b >= ASCII_LIMIT || c >= ASCII_LIMIT) return null;
  return (a << 14) | (b << 7) | c;
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
