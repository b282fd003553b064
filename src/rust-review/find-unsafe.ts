/**
 * Where a run of lexed Rust uses `unsafe` in a way that must be explained (docs/RUST-REVIEW.md,
 * "safety-comment"): an `unsafe { … }` block, an `unsafe impl`, a `pub unsafe fn`. Reads tokens, not lines,
 * so `unsafe` and its `{` may be on different lines, and `unsafe` inside a macro's body or arguments is found
 * like any other.
 */

/** One place that needs a `// SAFETY:` comment (block, impl) or a `# Safety` doc section (pub-fn). */
export interface UnsafeSite {
  kind: 'block' | 'impl' | 'pub-fn';
  /** Index in the run of the line holding `unsafe`. */
  line: number;
  /** Index of the line the item starts on: `pub` of a `pub unsafe fn`, else the `unsafe` line. */
  itemLine: number;
  /** The function's name, for a pub-fn. */
  name?: string;
}

interface Token {
  text: string;
  line: number;
}

/** An identifier or keyword, or any other single non-blank character. */
const TOKEN = /[A-Za-z_]\w*|\S/g;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
/** Qualifiers that may stand between the visibility and `unsafe`: `pub const unsafe fn`. */
const FN_QUALIFIERS: ReadonlySet<string> = new Set(['const', 'async', 'default']);

/**
 * Finds the unsafe sites in lexed code (literals and comments blanked, see lex-rust.ts).
 *
 * Not sites: `unsafe fn` without `pub` (its callers' blocks carry the burden), `unsafe trait`,
 * `unsafe extern` blocks, `unsafe fn(…)` pointer types, `#[unsafe(no_mangle)]`, the raw identifier
 * `r#unsafe`. An `unsafe` whose next token is past the run's end is `undecided`.
 *
 * @example findUnsafe(['let x = unsafe {', '    f()', '};']).sites // → [{ kind: 'block', line: 0, itemLine: 0 }]
 */
export function findUnsafe(code: readonly string[]): { sites: UnsafeSite[]; undecided: number[] } {
  const tokens = tokenize(code);
  const sites: UnsafeSite[] = [];
  const undecided: number[] = [];
  tokens.forEach((token, k) => {
    if (token.text !== 'unsafe' || tokens[k - 1]?.text === '#') return;
    const next = tokens[k + 1];
    if (!next) {
      undecided.push(token.line);
      return;
    }
    if (next.text === '{') sites.push({ kind: 'block', line: token.line, itemLine: token.line });
    else if (next.text === 'impl') sites.push({ kind: 'impl', line: token.line, itemLine: token.line });
    else {
      const fnAt = next.text === 'extern' ? k + 2 : k + 1;
      const name = tokens[fnAt + 1]?.text;
      if (tokens[fnAt]?.text !== 'fn' || name === undefined || !IDENTIFIER.test(name)) return;
      const visibility = visibilityBefore(tokens, k);
      if (visibility) sites.push({ kind: 'pub-fn', line: token.line, itemLine: visibility.line, name });
    }
  });
  return { sites, undecided };
}

function tokenize(code: readonly string[]): Token[] {
  const tokens: Token[] = [];
  code.forEach((text, line) => {
    for (const match of text.matchAll(TOKEN)) tokens.push({ text: match[0], line });
  });
  return tokens;
}

/** The `pub` token of `pub`, `pub(crate)`, `pub(in path)` before `unsafe` (past `const`/`async`), if any. */
function visibilityBefore(tokens: readonly Token[], unsafeAt: number): Token | undefined {
  let j = unsafeAt - 1;
  while (j >= 0 && FN_QUALIFIERS.has(tokens[j].text)) j--;
  if (tokens[j]?.text === 'pub') return tokens[j];
  if (tokens[j]?.text !== ')') return undefined;
  let depth = 0;
  for (; j >= 0; j--) {
    if (tokens[j].text === ')') depth++;
    else if (tokens[j].text === '(' && --depth === 0) break;
  }
  return tokens[j - 1]?.text === 'pub' ? tokens[j - 1] : undefined;
}
