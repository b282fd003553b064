/**
 * A direct matcher for the F: patterns almost every kernel wildcard is made of: plain characters, `*`, `?`
 * and simple classes like `[ch]` or `[0-9]`. It answers what get_maintainer.pl's `m@^$pattern@` answers for
 * them, without building 1,300 regex automata at startup; anything outside that shape returns null and goes
 * to the regex engine instead. The naive matcher runs every pattern through the regex engine, and the tests
 * hold the two to the same answers on every path of the kernel tree.
 *
 * Paths only: the caller sends a path holding a newline or a non-BMP character (which Perl's `.` would
 * treat differently from one UTF-16 unit) to the regex engine.
 */

/** One character position: a literal character, `?` (any), or a simple class. */
type Unit = string | { any: true } | { ranges: (readonly [number, number])[] };

/** The units between two `*`; `literal` is set when they are all plain characters (the usual case). */
interface Segment {
  units: Unit[];
  literal: string | null;
}

/** Class bodies we read ourselves: letters, digits, `_ . , / -`; `[^…]`, `[:alpha:]`, `]`-first go to the regex engine. */
const SIMPLE_CLASS_BODY = /^[A-Za-z0-9_.,/-]+$/;
/**
 * Outside classes: characters that would make the text something other than units and stars, and anything
 * beyond ASCII (left to the regex engine, so that the simple shape is always a regex it compiles).
 */
const NOT_UNITS = /[(){}|+^$\\\]\u007f-\uffff]/;
const ANY: Unit = { any: true };

/**
 * The matcher for a pattern's text (before get_maintainer.pl's rewrite, with a directory's `/` added), anchored
 * at the start of the path and open at its end; null when the text is not in the simple shape.
 *
 * @example compileKernelWildcard('drivers/net/phy/bcm*.[ch]')?.('drivers/net/phy/bcm7xxx.c') // → true
 * @example compileKernelWildcard('drivers/(a|b)') // → null
 */
export function compileKernelWildcard(text: string): ((path: string) => boolean) | null {
  const segments: Segment[] = [];
  for (const part of text.split('*')) {
    const units = parseUnits(part);
    if (units === null) return null;
    const literal = units.every((unit) => typeof unit === 'string') ? units.join('') : null;
    segments.push({ units, literal });
  }
  const [first, ...rest] = segments;
  // `.*` takes any run, so each later segment can go at its earliest place: a later place only leaves less room
  // for the segments after it. The end is open, as in `m@^…@`: placing every segment is a match.
  return (path) => {
    if (!matchesAt(first, path, 0)) return false;
    let at = first.units.length;
    for (const segment of rest) {
      const found = find(segment, path, at);
      if (found < 0) return false;
      at = found + segment.units.length;
    }
    return true;
  };
}

function parseUnits(part: string): Unit[] | null {
  const units: Unit[] = [];
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === '?') units.push(ANY);
    else if (c === '[') {
      const close = part.indexOf(']', i + 1);
      const ranges = close < 0 ? null : parseClass(part.slice(i + 1, close));
      if (ranges === null) return null;
      units.push({ ranges });
      i = close;
    } else if (NOT_UNITS.test(c)) return null;
    else units.push(c);
  }
  return units;
}

/** `a-z0-9_` → code point ranges; a leading or trailing `-` is literal, as in Perl. */
function parseClass(body: string): (readonly [number, number])[] | null {
  if (!SIMPLE_CLASS_BODY.test(body)) return null;
  const ranges: (readonly [number, number])[] = [];
  for (let i = 0; i < body.length; i++) {
    const low = body.charCodeAt(i);
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const high = body.charCodeAt(i + 2);
      if (high < low) return null; // Perl: "Invalid [] range"; the regex engine words the error
      ranges.push([low, high]);
      i += 2;
    } else ranges.push([low, low]);
  }
  return ranges;
}

function matchesAt(segment: Segment, path: string, at: number): boolean {
  if (segment.literal !== null) return path.startsWith(segment.literal, at);
  if (at + segment.units.length > path.length) return false;
  return segment.units.every((unit, i) => {
    if (typeof unit === 'string') return path[at + i] === unit;
    if ('any' in unit) return true;
    const c = path.charCodeAt(at + i);
    return unit.ranges.some(([low, high]) => c >= low && c <= high);
  });
}

function find(segment: Segment, path: string, from: number): number {
  if (segment.literal !== null) return path.indexOf(segment.literal, from);
  for (let at = from; at + segment.units.length <= path.length; at++) if (matchesAt(segment, path, at)) return at;
  return -1;
}
