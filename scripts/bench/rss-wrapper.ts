/**
 * `node build/bench-rss.js SCRIPT ARGS…`: runs SCRIPT inside this process as if started as `node SCRIPT ARGS…`,
 * and on exit writes process.resourceUsage().maxRSS (KiB) to the file named by BENCH_RSS_FILE. The benchmark's
 * fallback for measuring a child's peak memory where GNU time is not installed: Node's child_process does not
 * return the child's rusage, but a process can report its own.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
const report = process.env.BENCH_RSS_FILE;
if (!script || !report) {
  process.stderr.write('usage: BENCH_RSS_FILE=FILE node build/bench-rss.js SCRIPT [ARGS…]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => writeFileSync(report, `${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(resolve(script)).href);
