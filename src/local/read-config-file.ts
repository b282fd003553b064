/**
 * A policy file (or the MAINTAINERS it imports) read from disk, for the CLI: the action reads the policy
 * through the contents API at the base commit instead. A missing file is an error value naming the path, never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { sourceError, type Parsed } from '../errors.js';
import type { Origin } from '../model.js';

/**
 * Reads a policy file as text. Without `importedAt` a missing file is CONFIG_MISSING (the policy itself);
 * with it, FILE_NOT_FOUND pointing at the `import.path` that named the file.
 *
 * @example readConfigFile('nope.yml').errors[0] // → nope.yml:1:1: cannot read nope.yml: no such file
 */
export function readConfigFile(path: string, importedAt?: Origin): Parsed<string | null> {
  try {
    return { value: readFileSync(path, 'utf8'), errors: [], warnings: [] };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : String(error);
    const message = `cannot read ${path}: ${reason}`;
    const problem = importedAt
      ? sourceError('FILE_NOT_FOUND', `import.path: ${message}`, importedAt.file, importedAt.line, importedAt.col)
      : sourceError('CONFIG_MISSING', message, path);
    return { value: null, errors: [problem], warnings: [] };
  }
}
