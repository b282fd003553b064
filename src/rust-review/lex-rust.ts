/**
 * Just enough of Rust's lexical structure for the checks
 * (docs/RUST-REVIEW.md, "What does not fool the checks"): which text is code and which is a comment or a literal. `"unsafe {"` in a string, `'{'` as a
 * char, `// unsafe {` and a block comment around `unsafe {` must not read as an unsafe block, and `SAFETY:`
 * counts only in a comment.
 *
 * It reads a run of consecutive lines and starts in code: the diff shows the checks runs of a file, never
 * what came before them (a run starting inside a block comment or a string is misread, and the checks say
 * "cannot tell" rather than "missing" near a run's top for that reason too).
 */

/** One comment, or the part of a block comment on one line. */
export interface LexedComment {
  /** The text without its opening marker (`// x` → ` x`, `/// x` → `/ x`) and without `*\/`. */
  text: string;
  /** `///`, `//!`, `/** … *\/` and `/*! … *\/`: rustdoc reads them. */
  doc: boolean;
}

/** One line as the checks read it. */
export interface LexedLine {
  /** The line with every comment and literal replaced by spaces, so columns stay where they were. */
  code: string;
  /** The comments on the line, left to right. */
  comments: LexedComment[];
}

/** Where a line starts: in code, inside a (nested) block comment, a string, or a raw string. */
type LexState =
  | { mode: 'code' }
  | { mode: 'block'; depth: number; doc: boolean }
  | { mode: 'string' }
  | { mode: 'raw'; hashes: number };

/** The prefixes that make the string after them raw: `r"…"`, `br#"…"#`, `cr"…"`. */
const RAW_PREFIXES: ReadonlySet<string> = new Set(['r', 'br', 'cr']);
/** The prefixes of a string that still has escapes: `b"…"`, `c"…"`. */
const STRING_PREFIXES: ReadonlySet<string> = new Set(['b', 'c']);

/**
 * Lexes consecutive lines of one Rust file.
 *
 * @example lexRust(['f("unsafe {"); // SAFETY: x']).map((l) => [l.code.replace(/ +/g, ' '), l.comments])
 *   // → [['f( ); ', [{ text: ' SAFETY: x', doc: false }]]]
 */
export function lexRust(lines: readonly string[]): LexedLine[] {
  let state: LexState = { mode: 'code' };
  return lines.map((line) => {
    const lexer = new LineLexer(line, state);
    const lexed = lexer.run();
    state = lexer.state;
    return lexed;
  });
}

class LineLexer {
  private readonly out: string[];
  private readonly comments: LexedComment[] = [];
  private i = 0;
  /** The entry of a block comment opened on this line, which its text goes into. */
  private opened: LexedComment | null = null;

  constructor(
    private readonly line: string,
    public state: LexState,
  ) {
    // UTF-16 units, as the indices are: blanking a character keeps every column where it was.
    this.out = line.split('');
  }

  run(): LexedLine {
    while (this.i < this.line.length) {
      switch (this.state.mode) {
        case 'block':
          this.inBlockComment(this.state);
          break;
        case 'string':
          this.inString();
          break;
        case 'raw':
          this.inRawString(this.state.hashes);
          break;
        default:
          this.inCode();
      }
    }
    return { code: this.out.join(''), comments: this.comments };
  }

  private blank(from: number, to: number): void {
    for (let k = from; k < to; k++) this.out[k] = ' ';
  }

  private inCode(): void {
    const { line, i } = this;
    const c = line[i];
    if (c === '/' && line[i + 1] === '/') {
      const text = line.slice(i + 2);
      // `////` is an ordinary comment; `///` and `//!` are doc comments.
      const doc = (text.startsWith('/') && !text.startsWith('//')) || text.startsWith('!');
      this.comments.push({ text, doc });
      this.blank(i, line.length);
      this.i = line.length;
    } else if (c === '/' && line[i + 1] === '*') {
      const after = line.slice(i + 2, i + 4);
      const doc = (after.startsWith('*') && after !== '**' && after !== '*/') || after.startsWith('!');
      this.blank(i, i + 2);
      this.i = i + 2;
      this.state = { mode: 'block', depth: 1, doc };
      this.opened = { text: '', doc };
      this.comments.push(this.opened);
    } else if (c === '"') {
      this.blank(i, i + 1);
      this.i = i + 1;
      this.state = { mode: 'string' };
    } else if (c === "'") {
      this.charOrLifetime();
    } else if (/[A-Za-z_]/.test(c)) {
      this.word();
    } else {
      this.i = i + 1;
    }
  }

  /** An identifier, or the prefix of a byte, C or raw string. */
  private word(): void {
    const { line, i } = this;
    let end = i;
    while (end < line.length && /\w/.test(line[end])) end++;
    const word = line.slice(i, end);
    if (RAW_PREFIXES.has(word)) {
      let hashes = 0;
      while (line[end + hashes] === '#') hashes++;
      if (line[end + hashes] === '"') {
        this.blank(i, end + hashes + 1);
        this.i = end + hashes + 1;
        this.state = { mode: 'raw', hashes };
        return;
      }
    }
    if (STRING_PREFIXES.has(word) && line[end] === '"') {
      this.blank(i, end + 1);
      this.i = end + 1;
      this.state = { mode: 'string' };
      return;
    }
    if (word === 'b' && line[end] === "'") {
      this.blank(i, end);
      this.i = end;
      this.charOrLifetime();
      return;
    }
    this.i = end;
  }

  /**
   * `'x'`, `'\n'`, `'\u{1F980}'`, `'🦀'` are chars; `'a` in `&'a T` or `'outer: loop` is a lifetime or label,
   * which Rust tells apart by the quote that closes a char right after its one character.
   */
  private charOrLifetime(): void {
    const { line, i } = this;
    if (line[i + 1] === '\\') {
      let end = i + 3; // past the quote, the backslash and the escaped character (which may be a quote)
      while (end < line.length && line[end] !== "'") end++;
      this.blank(i, end + 1);
      this.i = end + 1;
      return;
    }
    const point = line.codePointAt(i + 1);
    const width = point === undefined ? 1 : point > 0xffff ? 2 : 1;
    if (point !== undefined && line[i + 1 + width] === "'") {
      this.blank(i, i + 2 + width);
      this.i = i + 2 + width;
      return;
    }
    this.i = i + 1;
  }

  private inString(): void {
    const { line } = this;
    let k = this.i;
    while (k < line.length && line[k] !== '"') k += line[k] === '\\' ? 2 : 1;
    const end = Math.min(k + 1, line.length);
    this.blank(this.i, end);
    this.i = end;
    if (k < line.length) this.state = { mode: 'code' };
  }

  private inRawString(hashes: number): void {
    const closing = '"' + '#'.repeat(hashes);
    const at = this.line.indexOf(closing, this.i);
    const end = at < 0 ? this.line.length : at + closing.length;
    this.blank(this.i, end);
    this.i = end;
    if (at >= 0) this.state = { mode: 'code' };
  }

  /** Block comments nest in Rust: `/* a /* b *\/ still a comment *\/`. */
  private inBlockComment(state: { depth: number; doc: boolean }): void {
    const { line } = this;
    const start = this.i;
    let k = start;
    let depth = state.depth;
    while (k < line.length && depth > 0) {
      if (line[k] === '/' && line[k + 1] === '*') {
        depth++;
        k += 2;
      } else if (line[k] === '*' && line[k + 1] === '/') {
        depth--;
        k += 2;
      } else k++;
    }
    const textEnd = depth === 0 ? k - 2 : k;
    // A comment opened on this line already has its entry; one carried over from the line above gets one here.
    if (this.opened) this.opened.text += line.slice(start, textEnd);
    else this.comments.push({ text: line.slice(start, textEnd), doc: state.doc });
    this.opened = null;
    this.blank(start, k);
    this.i = k;
    this.state = depth === 0 ? { mode: 'code' } : { mode: 'block', depth, doc: state.doc };
  }
}
