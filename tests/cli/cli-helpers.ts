/** Runs the bundled CLI (dist/cli.js, what `npx rust-patch-router` runs) as a user would. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');
export const KERNEL_612 = resolve(ROOT, '..', 'shared', 'kernel', 'linux-6.12');
export const HAVE_KERNEL = existsSync(join(KERNEL_612, 'MAINTAINERS'));
/** Our synthetic MAINTAINERS, .mailmap and patches (tests/cli/fixtures/README.md). */
export const FIXTURES = join(ROOT, 'tests', 'cli', 'fixtures');
/**
 * An unpacked Linux 6.12 tree (with scripts/get_maintainer.pl), for what get_maintainer.pl reads from its tree
 * (.mailmap, .yaml bindings, directories): $KERNEL_TREE, else ../linux beside the project (outside the repository);
 * KERNEL_TREE=none for none.
 */
export const KERNEL_TREE =
  process.env.KERNEL_TREE === 'none' // to run the tests as where no tree is at hand
    ? undefined
    : [process.env.KERNEL_TREE, resolve(ROOT, '..', 'linux')].find(
        (dir): dir is string => dir !== undefined && existsSync(join(dir, 'scripts', 'get_maintainer.pl')),
      );

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
