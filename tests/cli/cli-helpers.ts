/** Runs the bundled CLI (dist/cli.cjs, what `npx rust-patch-router` runs) as a user would. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readKernelFile } from '../../jest/kernel-scale.js';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.cjs');
/** Our synthetic MAINTAINERS, .mailmap and patches (tests/cli/fixtures/README.md). */
export const FIXTURES = join(ROOT, 'tests', 'cli', 'fixtures');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; input?: string | Uint8Array } = {}): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A scratch folder with the given files written into it. */
export function scratch(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rpr-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** No stack trace ever reaches a user for bad input. */
export function expectNoStackTrace(run: CliRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(run.stderr).not.toContain('internal error');
}

/**
 * A scratch Linux 6.12 tree for kernel-scale tests (the shared data has every path of 6.12, not the tree): every
 * directory of `files.txt`, which is what `--tree` is asked about most (a path or pattern naming a directory
 * without its `/`), plus an empty file for each of `files` (paths that must exist, or `--tree` says they are not
 * in it). About 0.2 s for the 5,391 directories. Remove it with removeScratch.
 */
export function scratchKernelTree(files: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'rpr-kernel-tree-'));
  const paths = readKernelFile('linux-6.12', 'files.txt').trimEnd().split('\n');
  for (const folder of new Set(paths.map((path) => dirname(path)))) mkdirSync(join(dir, folder), { recursive: true });
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    closeSync(openSync(join(dir, file), 'w'));
  }
  return dir;
}

/** Removes a scratch folder (scratch, scratchKernelTree); nothing when it was never made. */
export function removeScratch(dir: string | undefined): void {
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
}
