/** The CLI entry (bundled to dist/cli.js, run by bin/rust-patch-router.js). */
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
});
