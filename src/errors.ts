/**
 * Errors as values that carry where they came from.
 *
 * Parsers never throw on bad input: they return `{ value, errors, warnings }` so that every problem in a
 * file is reported at once, each as `file:line:col: message`. Only the edges (CLI, action) turn errors
 * into an exit code.
 */

/** Machine-readable error codes; the message says the rest. */
export type ErrorCode =
  | 'YAML_SYNTAX'
  | 'UNKNOWN_KEY'
  | 'WRONG_TYPE'
  | 'MISSING_KEY'
  | 'UNKNOWN_STANCE'
  | 'DUPLICATE_SUBSYSTEM'
  | 'BAD_GLOB'
  | 'BAD_REGEX'
  | 'LABEL_TOO_LONG'
  | 'BAD_VERSION'
  | 'TAG_OUTSIDE_SECTION'
  | 'UNKNOWN_TAG'
  | 'BAD_PERSON'
  | 'UNMATCHED_PATTERN'
  | 'UNKNOWN_SUBSYSTEM'
  | 'NOT_A_PATCH'
  | 'BAD_PATH'
  | 'BAD_ARGUMENT'
  | 'FILE_NOT_FOUND'
  | 'CONFIG_MISSING'
  | 'GIT_FAILED'
  | 'TOO_LARGE';

/** A problem in an input, with its position (1-based line and column; line 0 for the input as a whole). */
export interface SourceError {
  code: ErrorCode;
  message: string;
  /** The input's name as the user knows it: a path, `<stdin>`, `--files`. */
  file: string;
  line: number;
  col: number;
}

/** What every parser returns: a value (possibly partial) and everything that was wrong with the input. */
export interface Parsed<T> {
  value: T;
  errors: SourceError[];
  warnings: SourceError[];
}

/**
 * Formats an error the way compilers do, so editors and CI logs can jump to it.
 *
 * @example formatSourceError({ code: 'BAD_GLOB', message: "unclosed '['", file: 'maintainers.yml', line: 3, col: 7 })
 *   // → "maintainers.yml:3:7: unclosed '['"
 */
export function formatSourceError(error: SourceError): string {
  // A problem with the whole input (missing, empty, binary) has no position to point at: `file: message`.
  if (error.line === 0) return `${error.file}: ${error.message}`;
  return `${error.file}:${error.line}:${error.col}: ${error.message}`;
}

/**
 * A problem with an input as a whole (it is missing, empty, binary, of the wrong kind): printed as
 * `file: message`, since no line of it is at fault.
 *
 * @example formatSourceError(wholeInputError('FILE_NOT_FOUND', 'no such file (--patch)', 'x.patch')) // → 'x.patch: no such file (--patch)'
 */
export function wholeInputError(code: ErrorCode, message: string, file: string): SourceError {
  return { code, message, file, line: 0, col: 0 };
}

/** Builds a SourceError; `line` and `col` default to 1 for errors about a whole input. */
export function sourceError(code: ErrorCode, message: string, file: string, line = 1, col = 1): SourceError {
  return { code, message, file, line, col };
}

/**
 * Bad input, thrown only at the edges (CLI, action) once parsers have collected their errors.
 * Exit code 2 on the command line; a failed step with annotations in the action.
 */
export class InputError extends Error {
  readonly errors: SourceError[];
  constructor(errors: SourceError[], options?: { cause?: unknown }) {
    super(errors.map(formatSourceError).join('\n'), options);
    this.name = 'InputError';
    this.errors = errors;
  }
}

/**
 * Suggests the closest candidate for a misspelt word (Levenshtein distance ≤ 1/3 of its length, at least 2).
 *
 * @example didYouMean('opt-inn', ['core', 'opt-in', 'opt-out']) // → 'opt-in'
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
