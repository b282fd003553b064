/**
 * A blocking read of standard input. The CLI is a filter (`git diff --name-only | rust-patch-router route
 * --files-from -`): it should wait for the writer before it in the pipe, where `readFileSync(0)` fails with
 * EAGAIN on a non-blocking pipe.
 */
import { readSync } from 'node:fs';

/** How long to wait before reading a non-blocking pipe again when it has nothing yet. */
const PIPE_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));

function isAgain(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EAGAIN';
}

/** Reads a file descriptor (standard input: 0) to its end. */
export function readAllSync(fd: number): string {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(1 << 20);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      if (isAgain(error)) {
        Atomics.wait(pause, 0, 0, PIPE_RETRY_MS);
        continue;
      }
      if ((error as NodeJS.ErrnoException).code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks).toString('utf8');
}
