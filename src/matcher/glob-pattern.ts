/**
 * A maintainers.yml path pattern in the glob dialect (it uses `**` or `{a,b}`, which F: lines cannot say),
 * matched by minimatch 11 — which no longer compiles to RegExp, so no glob can make matching slow.
 *
 * Where the dialects overlap the kernel's meaning wins (docs/POLICY.md, "Pattern dialects"): a trailing `/` owns everything below, as in
 * F:, so `drivers/**\/` is read as `drivers/**\/**`.
 */
import { Minimatch, type MinimatchOptions } from 'minimatch';
import { countSlashes } from './kernel-pattern.js';

/**
 * `dot: true` so `.github/**` and dotfiles below a directory match; `nonegate`/`nocomment` so `!x` and `#x` are
 * the names they spell instead of silently inverting or disabling the pattern (exclusions are `exclude:`);
 * `platform: 'linux'` because paths are always `/`-separated, even on a Windows runner.
 */
export const GLOB_OPTIONS: MinimatchOptions = { dot: true, nonegate: true, nocomment: true, platform: 'linux' };

/** Characters with glob meaning in minimatch (wildcards, classes, braces, extglobs, escapes). */
const GLOB_MAGIC = /[*?[\]{}()!+@\\]/;

export interface GlobPattern {
  /** Whether a path matches. */
  match(path: string): boolean;
  /** `/` count, +1 without a trailing `/`, -1 when the glob starts with `*` (so `**` patterns are fallbacks). */
  specificity: number;
  /**
   * The literal directory every match lies in (up to and including the last `/` before the first magic
   * character), or '' when there is none or it has `.`/`..`/empty segments minimatch might normalise.
   */
  head: string;
}

/**
 * Compiles a glob, or says why it is bad: an unclosed `[` or `{` would silently match only its literal
 * spelling in minimatch, which is never what was meant.
 *
 * @example readGlobPattern('rust/**\/*.rs') // → { match, specificity: 2, head: 'rust/' }
 * @example readGlobPattern('drivers/{net,wifi') // → { why: "unclosed '{'" }
 */
export function readGlobPattern(text: string): GlobPattern | { why: string } {
  const unclosed = unclosedBracket(text);
  if (unclosed !== null) return { why: `unclosed '${unclosed}'` };
  if (text === '') return { why: 'empty pattern' };
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(text.endsWith('/') ? `${text}**` : text, GLOB_OPTIONS);
  } catch (error) {
    return { why: error instanceof Error ? error.message : String(error) };
  }
  const specificity = text.startsWith('*') ? -1 : countSlashes(text) + (text.endsWith('/') ? 0 : 1);
  return { match: (path) => matcher.match(path), specificity, head: literalHead(text) };
}

function literalHead(text: string): string {
  const magic = text.search(GLOB_MAGIC);
  const head = text.slice(0, text.lastIndexOf('/', magic < 0 ? text.length : magic - 1) + 1);
  const segments = head.split('/').slice(0, -1);
  return segments.every((segment) => segment !== '' && segment !== '.' && segment !== '..') ? head : '';
}

/** The first bracket left open (`[` with no `]`, or more `{` than `}`), honouring `\` escapes. */
function unclosedBracket(text: string): '[' | '{' | null {
  let braces = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') braces++;
    else if (c === '}') braces = Math.max(0, braces - 1);
    else if (c === '[') {
      // `[]…]` and `[!]…]` keep a leading `]` literal, as in shells.
      let j = i + 1;
      if (text[j] === '!' || text[j] === '^') j++;
      if (text[j] === ']') j++;
      const close = text.indexOf(']', j);
      if (close < 0) return '[';
      i = close;
    }
  }
  return braces > 0 ? '{' : null;
}
