/**
 * What a CLI command may touch besides the files it names — its output streams and working directory — and
 * how problems are printed there: `file:line:col: message`, the way compilers do, so editors and CI logs
 * can jump to them.
 */
import { formatSourceError, type SourceError } from '../errors.js';

export interface CliIo {
  /** Writes to standard output, whole, before returning (a full pipe makes it wait). */
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  cwd: string;
  /** The package version, for `--version`. */
  version(): string;
}

/** More than this many warnings are counted, not listed (a whole kernel MAINTAINERS may have hundreds). */
export const MAX_WARNINGS_SHOWN = 20;

/** Prints errors, one a line. */
export function printErrors(errors: readonly SourceError[], io: CliIo): void {
  io.stderr(errors.map((error) => `${formatSourceError(error)}\n`).join(''));
}

/** Prints warnings, the first `limit` in full and the rest counted. */
export function printWarnings(warnings: readonly SourceError[], io: CliIo, limit = MAX_WARNINGS_SHOWN): void {
  const shown = warnings.slice(0, limit);
  io.stderr(shown.map((warning) => `${formatSourceError(warning)} (warning)\n`).join(''));
  if (warnings.length > shown.length) {
    io.stderr(`… and ${warnings.length - shown.length} more warnings (run 'validate' to see them all)\n`);
  }
}
