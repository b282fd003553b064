/** Prints SourceErrors and warnings as `file:line:col: message`, the way compilers do. */
import { formatSourceError, type SourceError } from '../errors.js';
import type { CliIo } from './io.js';

/** More than this many warnings are counted, not listed (a whole kernel MAINTAINERS may have hundreds). */
export const MAX_WARNINGS_SHOWN = 20;

export function printErrors(errors: readonly SourceError[], io: CliIo): void {
  io.stderr(errors.map((error) => `${formatSourceError(error)}\n`).join(''));
}

export function printWarnings(warnings: readonly SourceError[], io: CliIo, limit = MAX_WARNINGS_SHOWN): void {
  const shown = warnings.slice(0, limit);
  io.stderr(shown.map((warning) => `${formatSourceError(warning)} (warning)\n`).join(''));
  if (warnings.length > shown.length) {
    io.stderr(`… and ${warnings.length - shown.length} more warnings (run 'validate' to see them all)\n`);
  }
}
