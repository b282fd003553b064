/**
 * The longest literal that every match of an RE2 pattern must contain, found by a small recursive-descent
 * walk of the pattern. Callers check `text.includes(literal)` (a native substring search) before running the
 * regex, which for K: over a large diff and N: over a large tree skips nearly every regex run.
 *
 * Soundness over reach: anything the walk does not fully understand counts as "no literal here", so a missing
 * literal only costs speed, never a match. Case-insensitive literals are ASCII only and compared after
 * `foldCase`, which maps every character RE2 folds onto an ASCII letter (including `ſ` → `s` and the Kelvin
 * sign → `k`) to that letter.
 */

/** A substring every match contains; `caseInsensitive` means compare `foldCase(text)` with `text`. */
export interface RequiredLiteral {
  text: string;
  caseInsensitive: boolean;
}

/**
 * Lowercases text for a case-insensitive literal check, the same way the literal itself was lowercased.
 *
 * @example foldCase('Ruſt') // → 'rust'
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('ſ') ? lower.replace(/ſ/g, 's') : lower;
}

/** What a piece of pattern contributes: an exact literal, nothing (an assertion), or something opaque. */
type Piece =
  { kind: 'literal'; text: string; ci: boolean } | { kind: 'empty' } | { kind: 'opaque'; best: RequiredLiteral | null };

const EMPTY: Piece = { kind: 'empty' };
const OPAQUE: Piece = { kind: 'opaque', best: null };
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B', 'A', 'z']);
const REPEAT = /^\{(\d+)(?:,(\d*))?\}/;
/** Any UTF-16 unit outside ASCII (surrogate halves included). */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The required literal of an RE2 pattern, or null when none is cheap to prove.
 *
 * @example requiredLiteral('\\b(?i:rust)\\b') // → { text: 'rust', caseInsensitive: true }
 * @example requiredLiteral('[^a-z]tegra') // → { text: 'tegra', caseInsensitive: false }
 * @example requiredLiteral('foo|bar') // → null
 */
export function requiredLiteral(source: string): RequiredLiteral | null {
  const walker = new Walker(source);
  const piece = walker.alternation(false);
  if (walker.failed || walker.at < source.length) return null;
  const found = piece.kind === 'literal' ? finish(piece.text, piece.ci) : piece.kind === 'opaque' ? piece.best : null;
  return found !== null && found.text.length > 0 ? found : null;
}

class Walker {
  at = 0;
  failed = false;
  constructor(private readonly source: string) {}

  /** branch ('|' branch)*; a real alternation guarantees no literal (common substrings are not worth it). */
  alternation(ci: boolean): Piece {
    const first = this.sequence(ci);
    if (this.source[this.at] !== '|') return first;
    while (this.source[this.at] === '|') {
      this.at++;
      this.sequence(ci);
    }
    return OPAQUE;
  }

  /** Concatenation: adjacent literals (and zero-width assertions between them) form one contiguous run. */
  sequence(startCi: boolean): Piece {
    let ci = startCi;
    let run = { text: '', ci: false };
    let exact = true;
    let best: RequiredLiteral | null = null;
    const flush = () => {
      if (run.text.length > 0) best = longer(best, finish(run.text, run.ci));
      run = { text: '', ci: false };
    };
    while (!this.failed && this.at < this.source.length) {
      const c = this.source[this.at];
      if (c === '|' || c === ')') break;
      const flags = this.inlineFlags(ci);
      if (flags !== undefined) {
        ci = flags;
        continue;
      }
      const piece = this.quantified(this.atom(ci));
      if (piece.kind === 'empty') continue;
      if (piece.kind === 'opaque') {
        exact = false;
        flush();
        best = longer(best, piece.best);
        continue;
      }
      const mixesCase = (run.ci || piece.ci) && (NON_ASCII.test(run.text) || NON_ASCII.test(piece.text));
      if (mixesCase) {
        exact = false;
        flush();
      }
      run.text += piece.text;
      run.ci ||= piece.ci;
    }
    if (exact && run.text.length > 0) return { kind: 'literal', text: run.text, ci: run.ci };
    flush();
    return best === null && exact ? EMPTY : { kind: 'opaque', best };
  }

  /** `(?i)`, `(?-i)`, `(?s)`: flags for the rest of the group. The new case-insensitivity, or undefined if none. */
  private inlineFlags(ci: boolean): boolean | undefined {
    if (!this.source.startsWith('(?', this.at)) return undefined;
    const match = /^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(this.source.slice(this.at, this.at + 16));
    if (match === null) return undefined;
    this.at += match[0].length;
    if (match[2]?.includes('i')) return false;
    return match[1].includes('i') ? true : ci;
  }

  private atom(ci: boolean): Piece {
    const c = this.source[this.at];
    if (c === '(') return this.group(ci);
    if (c === '[') {
      this.skipClass();
      return OPAQUE;
    }
    this.at++;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '.') return OPAQUE;
    if (c === '\\') return this.escape(ci);
    if (c === '*' || c === '+' || c === '?') {
      this.failed = true; // a quantifier with nothing to repeat: RE2 would have refused it
      return OPAQUE;
    }
    return literal(c, ci);
  }

  private group(outerCi: boolean): Piece {
    const head = /^\((?:\?(?:P?<[^>]*>|([a-zA-Z]*)(?:-([a-zA-Z]*))?:))?/.exec(this.source.slice(this.at, this.at + 64));
    if (head === null) {
      this.failed = true;
      return OPAQUE;
    }
    this.at += head[0].length;
    let ci = outerCi;
    if (head[1]?.includes('i')) ci = true;
    if (head[2]?.includes('i')) ci = false;
    const inner = this.alternation(ci);
    if (this.source[this.at] !== ')') {
      this.failed = true;
      return OPAQUE;
    }
    this.at++;
    return inner;
  }

  private escape(ci: boolean): Piece {
    const next = this.source[this.at];
    if (next === undefined) {
      this.failed = true;
      return OPAQUE;
    }
    this.at++;
    if (ZERO_WIDTH_ESCAPES.has(next)) return EMPTY;
    if ((next === 'p' || next === 'P' || next === 'x') && this.source[this.at] === '{') {
      const close = this.source.indexOf('}', this.at);
      this.at = close < 0 ? this.source.length : close + 1;
      return OPAQUE;
    }
    if (/[A-Za-z0-9]/.test(next)) return OPAQUE; // classes, control and numeric escapes: not worth decoding
    return literal(next, ci);
  }

  private quantified(piece: Piece): Piece {
    const c = this.source[this.at];
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{' && REPEAT.test(this.source.slice(this.at, this.at + 24))) {
      const repeat = REPEAT.exec(this.source.slice(this.at, this.at + 24))!;
      min = Number(repeat[1]);
      this.at += repeat[0].length - 1;
    } else return piece;
    this.at++;
    if (this.source[this.at] === '?') this.at++; // lazy: same set of matches
    if (min === 0 || piece.kind === 'empty') return min === 0 ? OPAQUE : piece;
    return piece.kind === 'literal' ? { kind: 'opaque', best: finish(piece.text, piece.ci) } : piece;
  }

  private skipClass(): void {
    let i = this.at + 1;
    if (this.source[i] === '^') i++;
    if (this.source[i] === ']') i++;
    while (i < this.source.length && this.source[i] !== ']') {
      if (this.source[i] === '\\') i += 2;
      else if (this.source.startsWith('[:', i)) {
        const close = this.source.indexOf(':]', i + 2);
        i = close < 0 ? i + 1 : close + 2;
      } else i++;
    }
    if (i >= this.source.length) this.failed = true;
    this.at = i + 1;
  }
}

/** One literal character; a non-ASCII one under `(?i)` is opaque (its case folding is not worth modelling). */
function literal(c: string, ci: boolean): Piece {
  if (ci && NON_ASCII.test(c)) return OPAQUE;
  return { kind: 'literal', text: c, ci };
}

function finish(text: string, ci: boolean): RequiredLiteral {
  return { text: ci ? foldCase(text) : text, caseInsensitive: ci };
}

function longer(a: RequiredLiteral | null, b: RequiredLiteral | null): RequiredLiteral | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.text.length > a.text.length ? b : a;
}
