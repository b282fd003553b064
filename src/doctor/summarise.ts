/**
 * Long lists in one line: a kernel policy can name thousands of people, and a finding should read as "5,012
 * e-mails have no login: a, b, c and 5,009 more", not as five thousand lines.
 */

/** How many items a finding names before it counts the rest. */
export const ITEMS_SHOWN = 5;

/**
 * Joins the first `shown` items and counts the others.
 *
 * @example summariseList(['a', 'b', 'c'], 2) // → 'a, b and 1 more'
 * @example summariseList(['a', 'b']) // → 'a and b'
 */
export function summariseList(items: readonly string[], shown = ITEMS_SHOWN): string {
  if (items.length === 0) return 'none';
  if (items.length === 1) return items[0];
  if (items.length <= shown) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, shown).join(', ')} and ${count(items.length - shown)} more`;
}

/**
 * A count with thousands separators, fixed to English so output does not depend on the machine's locale.
 *
 * @example count(5012) // → '5,012'
 */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * "1 login" / "2 logins".
 *
 * @example plural(2, 'login') // → '2 logins'
 */
export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${count(n)} ${n === 1 ? noun : nouns}`;
}
