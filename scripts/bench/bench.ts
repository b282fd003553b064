/**
 * `npm run bench`: one run, one table. Routes Linux 6.12's whole tree (or a generated one of the same shape)
 * in-process, through the CLI (against scripts/get_maintainer.pl in the same run, when a kernel tree is at hand)
 * and through the action against the GitHub emulator, and prints every number with its target (issues #4, #10). Numbers are reported, never asserted: the exit code is 0 whatever they are, and the
 * last line says which targets were met.
 *
 *   npm run bench                  the table (Markdown), progress on stderr
 *   npm run bench -- --json        the same rows as JSON on stdout
 *   npm run bench -- --generated   use the generated kernel even when ../shared/kernel is present
 */
import { cpus } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { measureAction } from './action-rows.js';
import { loadBenchInput, type BenchInput } from './bench-input.js';
import { measureCli } from './cli-rows.js';
import { measurePathGrowth, measurePolicyGrowth } from './growth-rows.js';
import { measureInProcess } from './in-process-rows.js';
import { measureRustReview } from './rust-review-rows.js';
import { renderJson, renderNotes, renderTable, summaryLine, type RunInfo, type Section } from './report.js';
import { formatCount } from './timing.js';

// build/bench.js → the project root.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const progress = (text: string) => process.stderr.write(`bench: ${text}…\n`);

const started = performance.now();
progress('loading the input');
const input = loadBenchInput(root, args.has('--generated'));
const inProcess = measureInProcess(input, progress);
const sections: Section[] = [inProcess.section];
sections.push(measureRustReview(root, input, inProcess.compiled, inProcess.isDirectory, progress));
sections.push(...measureCli(root, input, progress));
sections.push(await measureAction(root, input, inProcess.compiled, progress));
progress('growth in paths');
sections.push(measurePathGrowth(input.paths, inProcess.compiled, inProcess.routeTreeMs));
sections.push(measurePolicyGrowth(input.paths, inProcess.isDirectory, progress));

const info: RunInfo = {
  input: describeInput(input, inProcess.compiled.policy.subsystems),
  environment: `Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`,
  seconds: Math.round((performance.now() - started) / 1000),
};
if (json) {
  process.stdout.write(`${renderJson(info, sections)}\n`);
} else {
  process.stdout.write(`rust-patch-router benchmark\ninput: ${info.input}\n`);
  process.stdout.write(`machine: ${info.environment}; whole run ${info.seconds} s\n\n`);
  const notes = renderNotes(sections);
  process.stdout.write(`${renderTable(sections)}\n\n${notes ? `${notes}\n\n` : ''}${summaryLine(sections)}\n`);
}
process.exitCode = 0;

function describeInput(
  input: BenchInput,
  subsystems: readonly { files: unknown[]; exclude: unknown[]; names: unknown[] }[],
) {
  const count = (key: 'files' | 'exclude' | 'names') =>
    formatCount(subsystems.reduce((sum, s) => sum + s[key].length, 0));
  const what =
    input.kind === 'linux-6.12'
      ? `Linux 6.12 MAINTAINERS and files.txt (${relative(root, input.maintainersFile)})`
      : `generated kernel-shaped MAINTAINERS and tree (scripts/bench/generate-kernel.ts → ${relative(root, input.maintainersFile)})`;
  return `${what}: ${formatCount(subsystems.length)} sections, ${count('files')} F:, ${count('exclude')} X:, ${count('names')} N:; ${formatCount(input.paths.length)} paths`;
}
