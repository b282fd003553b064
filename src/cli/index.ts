/**
 * The CLI entry (bundled to dist/cli.cjs, run by bin/rust-patch-router.cjs). Kept small on purpose: every command
 * is imported when it runs (main.ts), so start-up pays only for what the command uses.
 *
 * Output goes straight to file descriptors 1 and 2 with writeSync rather than through process.stdout: creating
 * that stream loads Node's whole stream machinery (a few milliseconds of a one-file run, docs/PERFORMANCE.md),
 * and a blocking write is the simplest backpressure there is — a slow reader down the pipe holds us back
 * instead of a 50 MB decision queueing up in memory.
 */
import { readFileSync, writeSync } from 'node:fs';
import { main } from './main.js';

/** How long to wait before writing again to a non-blocking pipe that is full. */
const PIPE_FULL_RETRY_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `data` to `fd`, waiting while a non-blocking pipe is full. */
function writeAll(fd: number, data: string | Uint8Array): void {
  let bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  while (bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, PIPE_FULL_RETRY_MS);
        continue;
      }
      // The reader went away (`… | head`): stop quietly with the exit code so far, as Unix filters do.
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    }
  }
}

void main(process.argv.slice(2), {
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  cwd: process.cwd(),
  // dist/cli.cjs sits one folder below package.json; read only when --version asks.
  version: () =>
    (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version,
}).then((code) => {
  process.exitCode = code;
});
