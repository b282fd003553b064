/**
 * Perl regular expressions (N:, K:, `names:`, `keywords:`) on a linear-time engine.
 *
 * get_maintainer.pl runs these with Perl; we run them with re2js, a port of RE2: no backtracking, so a hostile
 * pattern such as `(a+)+$` cannot stall a run on a large diff, and the behaviour is the same on Node 20 (whose
 * RegExp lacks `(?i:…)`) and Node 24, since V8's RegExp is never involved.
 */
import type { RE2JS } from 're2js';
import { lazyRequire } from '../lazy-require.js';
import { sourceError, type SourceError } from '../errors.js';
import type { Origin } from '../model.js';
import { requiredLiteral, type RequiredLiteral } from './required-literal.js';
import { translatePerl } from './translate-perl.js';

export { foldCase, type RequiredLiteral } from './required-literal.js';

/** RE2 source made of characters that only ever match themselves (outside a class, as here). */
const PLAIN_LITERAL = /^[A-Za-z0-9_/,:@=%&~!<>'"-]+$/;

/** A compiled Perl pattern. */
export interface PerlRegex {
  /** The pattern as written. */
  readonly text: string;
  /**
   * A substring every match contains, when one is cheap to prove: callers that test many texts check
   * `text.includes(literal.text)` (on `foldCase(text)` when `caseInsensitive`) and skip the regex when absent.
   */
  readonly requiredLiteral: RequiredLiteral | null;
  /** Whether the pattern matches anywhere in `text` (unanchored unless the pattern anchors itself). */
  test(text: string): boolean;
}

export interface PerlRegexOptions {
  /** Perl's `/x`: whitespace outside classes is ignored and `#` starts a comment. Optional. Defaults to false. */
  extended?: boolean;
}

/**
 * Compiles a Perl pattern. A pattern RE2 cannot run (backreferences, lookaround) or that does not parse is a
 * BAD_REGEX error naming the pattern and why, at its origin (the column of the offending construct when known).
 *
 * @example compilePerlRegex('\\b(?i:rust)\\b', origin).value?.test('Rust for Linux') // → true
 * @example compilePerlRegex('[^a-z] tegra', origin, { extended: true }).value?.test('drivers/integrator') // → false
 * @example compilePerlRegex('(a)\\1', origin).errors[0].message
 *   // → 'bad regular expression "(a)\1": backreferences (\1) are not supported: patterns run on a linear-time engine (RE2)'
 */
export function compilePerlRegex(
  text: string,
  origin: Origin,
  options: PerlRegexOptions = {},
): { value: PerlRegex | null; errors: SourceError[] } {
  const built = buildPerlRegex(text, options);
  if ('regex' in built) return { value: built.regex, errors: [] };
  const message = `bad regular expression "${text}": ${built.why}`;
  const error = sourceError('BAD_REGEX', message, origin.file, origin.line, origin.col + built.offset);
  return { value: null, errors: [error] };
}

/**
 * compilePerlRegex without the error formatting, for callers that word the error themselves (an F: pattern is a
 * regex to get_maintainer.pl, but a bad one is a bad path pattern to the user). `offset` is into `text`.
 *
 * @example buildPerlRegex('a[b') // → { offset: 0, why: 'error parsing regexp: missing closing ]: `[b`' }
 */
export function buildPerlRegex(
  text: string,
  options: PerlRegexOptions = {},
): { regex: PerlRegex } | { offset: number; why: string } {
  const translation = translatePerl(text, options.extended ?? false);
  if (translation.problem !== null) return { offset: translation.problem.offset, why: translation.problem.message };
  if (PLAIN_LITERAL.test(translation.source)) {
    // Most N: lines are plain names (`imx`, `sifive`, `cros_ec`): a substring test answers exactly what the
    // regex would, without loading or compiling the engine.
    const literal = translation.source;
    return {
      regex: {
        text,
        requiredLiteral: { text: literal, caseInsensitive: false },
        test: (input) => input.includes(literal),
      },
    };
  }
  let compiled: RE2JS;
  try {
    compiled = lazyRequire('re2js').RE2JS.compile(translation.source);
  } catch (error) {
    if (!(error instanceof lazyRequire('re2js').RE2JSException)) throw error;
    return { offset: 0, why: error.message };
  }
  const regex: PerlRegex = {
    text,
    requiredLiteral: requiredLiteral(translation.source),
    test: (input) => compiled.test(input),
  };
  return { regex };
}
