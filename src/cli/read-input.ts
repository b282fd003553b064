/**
 * The CLI's reads of inputs other than the policy: a path, or `-` for standard input. A missing or
 * unreadable file is bad input (exit 2) named by the flag that asked for it, never a stack trace.
 */
import { statSync } from 'node:fs';
import type { SourceError } from '../errors.js';
import { readConfigFile } from '../local/read-config-file.js';
import { readAllSync } from './read-stdin.js';

/**
 * Reads a whole text input. `name` is how errors refer to it (`--patch`, `--people`).
 *
 * @example readInput('-', '--files-from') // reads standard input
 */
export function readInput(path: string, name: string): { value: string | null; errors: SourceError[] } {
  if (path === '-') return { value: readAllSync(0), errors: [] };
  const read = readConfigFile(path);
  const errors = read.errors.map((error) => ({
    ...error,
    code: 'FILE_NOT_FOUND' as const,
    message: `${name}: ${error.message}`,
  }));
  return { value: read.value, errors };
}

/** True when `path` exists and is a directory (get_maintainer.pl's `-d`), false on any error. */
export function isDirectoryOnDisk(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
