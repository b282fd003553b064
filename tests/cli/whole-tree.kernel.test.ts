/**
 * Kernel-scale (reads ../shared/kernel), through the bundled CLI: directories routed as get_maintainer.pl routes
 * `-f DIR` (the 65 of get_maintainer.dirs.tsv), and the whole 6.12 tree in every output format — text included,
 * which once overflowed the stack at 70,000 paths (issue #10).
 *
 * A directory written without its `/` is one only if `--tree` has it (get_maintainer.pl's `-d`): the tree here is
 * a scratch one with every directory of 6.12's files.txt, which is all `route` asks of a tree for directories.
 */
import { kernelPath, readKernelFile } from '../../jest/kernel-scale.js';
import { cli, expectNoStackTrace, removeScratch, scratchKernelTree } from './cli-helpers.js';

const MAINTAINERS = kernelPath('linux-6.12', 'MAINTAINERS');

/** get_maintainer.dirs.tsv: each directory and the sorted subsystem names get_maintainer.pl prints for it. */
function directories(): [string, string[]][] {
  return readKernelFile('linux-6.12', 'get_maintainer.dirs.tsv')
    .trim()
    .split('\n')
    .map((line) => {
      const [dir, names] = line.split('\t');
      return [dir, names.split(';')];
    });
}

function subsystemsByPath(args: string[]): Map<string, string[]> {
  const run = cli(['route', '--maintainers', MAINTAINERS, '--format', 'json', ...args]);
  expect(run.stderr).toBe('');
  const decision = JSON.parse(run.stdout) as { files: { path: string; subsystems: string[] }[] };
  return new Map(decision.files.map((file) => [file.path, [...file.subsystems].sort()]));
}

describe('directories, as get_maintainer.pl -f DIR routes them', () => {
  let tree: string | undefined;
  beforeAll(() => {
    tree = scratchKernelTree();
  });
  afterAll(() => removeScratch(tree));

  it('all 65 of get_maintainer.dirs.tsv, written DIR/', () => {
    const dirs = directories();
    expect(dirs).toHaveLength(65);
    const routed = subsystemsByPath(['--files', ...dirs.map(([dir]) => `${dir}/`)]);
    for (const [dir, names] of dirs) expect([dir, routed.get(`${dir}/`)]).toEqual([dir, names]);
  });

  it('all 65 written as get_maintainer.pl users write them, without "/", found in --tree', () => {
    const dirs = directories();
    const routed = subsystemsByPath(['--tree', tree!, '--files', ...dirs.map(([dir]) => dir)]);
    for (const [dir, names] of dirs) expect([dir, routed.get(`${dir}/`)]).toEqual([dir, names]);
  });

  it('one at a time, as `route --tree … rust` is typed (the partial parse for a handful of paths)', () => {
    for (const [dir, names] of directories().filter((_, at) => at % 8 === 0)) {
      const routed = subsystemsByPath(['--tree', tree!, dir]);
      expect([dir, routed.get(`${dir}/`)]).toEqual([dir, names]);
    }
  });
});

describe('the whole 6.12 tree through the CLI', () => {
  const files = kernelPath('linux-6.12', 'files.txt');

  it('text: every path, no stack overflow', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--files-from', files]);
    expectNoStackTrace(run);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // Rust files in subsystems that have not decided: held
    const paths = readKernelFile('linux-6.12', 'files.txt').trim().split('\n');
    const lines = new Set(run.stdout.split('\n').map((line) => line.split(' → ')[0]));
    expect(paths.filter((path) => !lines.has(path))).toEqual([]);
  });

  it('markdown: the whole comment body, nothing cut', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--files-from', files, '--format', 'markdown']);
    expectNoStackTrace(run);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('<summary>Per-file detail (86629 paths)</summary>');
    expect(run.stdout).not.toContain('not shown');
  });

  it('JSON: every path, one compact line each, no sentence repeated per line', () => {
    const run = cli(['route', '--maintainers', MAINTAINERS, '--files-from', files, '--format', 'json']);
    expect(run.code).toBe(1);
    const decision = JSON.parse(run.stdout) as { files: { reason: object | null }[] };
    expect(decision.files).toHaveLength(86_629);
    expect(Object.keys(decision.files[0].reason ?? {})).toEqual(['pattern', 'origin']);
  });
});
