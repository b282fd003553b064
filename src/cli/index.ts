/** The CLI entry (bundled to dist/cli.js, run by bin/rust-patch-router.js). */
import { once } from 'node:events';
import { main } from './main.js';

// The reader of our output went away (`… | head`): stop quietly with the exit code so far, as Unix filters do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2), {
  // Backpressure: wait for a slow reader down the pipe instead of queueing a 50 MB decision in memory.
  stdout: (text) => (process.stdout.write(text) ? undefined : once(process.stdout, 'drain').then(() => undefined)),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
});
