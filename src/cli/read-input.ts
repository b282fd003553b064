/**
 * The CLI's reads of inputs other than the policy: a path, or `-` for standard input. A missing or
 * unreadable file is bad input (exit 2) named by the flag that asked for it, never a stack trace.
 */
import { readSync, statSync } from 'node:fs';
import { readConfigFile } from '../config/read-config.js';
import type { SourceError } from '../errors.js';

/**
 * Reads a whole text input. `name` is how errors refer to it (`--patch`, `--people`).
 *
 * @example readInput('-', '--files-from') // reads standard input
 */
export function readInput(path: string, name: string): { value: string | null; errors: SourceError[] } {
  if (path === '-') return { value: readStandardInput(), errors: [] };
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

/** How long to wait before reading a non-blocking pipe again when it has nothing yet. */
const PIPE_RETRY_MS = 2;

/**
 * Reads standard input to its end. `readFileSync(0)` fails with EAGAIN when stdin is a non-blocking pipe
 * (`cat files.txt | rust-patch-router route --files-from -`); this waits for the writer instead.
 */
function readStandardInput(): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 20);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let read: number;
    try {
      read = readSync(0, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, PIPE_RETRY_MS);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
