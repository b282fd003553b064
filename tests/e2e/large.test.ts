/**
 * Big pull requests (docs/GATE.md, "Big pull requests"): past the files API's 3,000-file cap the action takes the list from a local
 * git checkout holding both commits, or fails closed; and a PR never ends up with more than 100 labels.
 */
import { execFileSync } from 'node:child_process';
import {
  EXAMPLE_POLICY,
  gitRepositoryWith,
  inRepository,
  listOutput,
  openPullRequest,
  runAction,
  type Emulator,
} from '../../emulator/harness.js';
import { gateStatusOn, requireGate, statusWrites } from './gate-harness.js';

/** 3,499 C files GitHub lists first, and one opted-out Rust file past the cap. */
const C_FILES = Array.from({ length: 3499 }, (_, i) => `drivers/net/ethernet/acme/part${String(i).padStart(4, '0')}.c`);
const HIDDEN_RUST = 'kernel/dma/pool.rs';

function hugePullRequest(emu: Emulator, commits?: { base: string; head: string }): number {
  return openPullRequest(emu, {
    files: [...C_FILES, HIDDEN_RUST],
    ...(commits ?? {}),
  });
}

describe('a 3,500-file pull request', () => {
  it.concurrent(
    'fails closed without a checkout, saying how to fix the workflow: status error, nothing else written',
    () =>
      inRepository({}, async (repository) => {
        const emu = requireGate(repository);
        const pr = hugePullRequest(emu);
        const run = await runAction(emu, pr);

        expect(run.code).toBe(1);
        const failure = run.errors.at(-1)?.message ?? '';
        expect(failure).toContain('changes 3500 files');
        expect(failure).toContain('lists only 3000');
        expect(failure).toContain('fetch-depth: 0');
        expect(run.writes).toEqual(statusWrites(run));
        expect(gateStatusOn(emu)).toMatchObject({
          state: 'error',
          description: expect.stringMatching(/^Could not decide: Pull request #12 changes 3500 files/),
        });
        expect(emu.canMerge(pr).mergeable).toBe(false);
      }),
  );

  it.concurrent('warns and routes what GitHub listed when block is off', () =>
    inRepository({}, async (emu) => {
      const pr = hugePullRequest(emu);
      const run = await runAction(emu, pr, { inputs: { block: 'false' } });

      expect(run.code).toBe(0);
      expect(run.warnings.some((w) => w.message.includes('lists only 3000'))).toBe(true);
      expect(run.summary).toContain('Routed only the 3000 files GitHub listed');
    }),
  );

  it.concurrent('is routed exactly from a local git repository holding both commits', () =>
    inRepository({}, async (emu) => {
      const base = { 'maintainers.yml': EXAMPLE_POLICY, 'drivers/net/ethernet/acme/Makefile': 'obj-y += acme.o\n' };
      const head: Record<string, string> = { ...base, [HIDDEN_RUST]: '// SPDX-License-Identifier: GPL-2.0\n' };
      for (const path of C_FILES) head[path] = `/* ${path} */\n`;
      const git = gitRepositoryWith(base, head);
      const pr = hugePullRequest(emu, git);
      const run = await runAction(emu, pr, { workspace: git.dir });

      expect(run.code).toBe(0); // the status carries the block (pull_request_target)
      expect(gateStatusOn(emu, git.head)?.state).toBe('failure');
      expect(listOutput(run, 'rust-files')).toEqual([HIDDEN_RUST]);
      expect(JSON.parse(run.outputs.report).files).toHaveLength(3500);
      expect(emu.pull(pr).labels).toEqual(['rust: blocked', 'subsystem: dma', 'subsystem: net']);
      expect(run.errors).toContainEqual(
        expect.objectContaining({ properties: { title: 'rust: blocked', file: HIDDEN_RUST } }),
      );
      // The checkout is an object store only: its files were never read (the policy came from the API).
      expect(execFileSync('git', ['status', '--porcelain'], { cwd: git.dir, encoding: 'utf8' })).toBe('');
    }),
  );
});

describe('labels', () => {
  it.concurrent('never takes a PR past 100: the labels that do not fit are reported', () =>
    inRepository({}, async (emu) => {
      const triage = Array.from({ length: 99 }, (_, i) => `triage-${String(i).padStart(2, '0')}`);
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'], labels: triage });
      const run = await runAction(emu, pr);

      expect(run.outputs.blocked).toBe('true');
      const labels = emu.pull(pr).labels;
      expect(labels).toHaveLength(100);
      expect(labels).toContain('rust: blocked');
      expect(run.warnings.some((w) => w.message.includes("exceed GitHub's 100 labels: subsystem: dma"))).toBe(true);
    }),
  );

  it.concurrent('annotates 10 errors at most: 8 blocked files, one naming the rest, and the failure', () =>
    inRepository({}, async (emu) => {
      const files = Array.from({ length: 14 }, (_, i) => `kernel/dma/part${String(i).padStart(2, '0')}.rs`);
      const pr = openPullRequest(emu, { files });
      // Under pull_request the step itself fails while blocked, and its message takes one of the 10.
      const run = await runAction(emu, pr, { event: 'pull_request' });

      expect(run.code).toBe(1);
      const onFiles = run.errors.filter((e) => e.properties.title === 'rust: blocked');
      expect(run.errors).toHaveLength(10);
      expect(onFiles.map((e) => e.properties.file)).toEqual(files.slice(0, 8));
      const rest = run.errors.find((e) => e.properties.title === 'more held Rust files');
      expect(rest?.message).toBe(`6 more held Rust files (see the job summary): ${files.slice(8).join(', ')}`);
      expect(run.errors.at(-1)?.message).toMatch(/^Blocked: DMA MAPPING HELPERS opted out of Rust \(14 files;/);
    }),
  );
});
