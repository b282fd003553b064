/**
 * Where the policy comes from (docs/GATE.md, "The policy at the base commit"): always the base commit through the API — not the PR's
 * head, not the workspace — and every problem with it named by file, line and column or by path and commit.
 */
import {
  BASE,
  EXAMPLE_POLICY,
  openPullRequest,
  runAction,
  inRepository,
  workspaceWith,
} from '../../emulator/harness.js';
import { gateStatusOn, requireGate, statusWrites } from './gate-harness.js';

/** The example policy with DMA MAPPING HELPERS opted in: what a PR trying to unblock itself would propose. */
const DMA_OPTED_IN = EXAMPLE_POLICY.replace(/(- name: DMA MAPPING HELPERS\n\s+rust: )opt-out/, '$1opt-in');

describe('the policy', () => {
  it.concurrent(
    'is the base commit’s: a PR that opts its own subsystem in is still blocked, and the report shows the proposal',
    () =>
      inRepository({}, async (repository) => {
        const emu = requireGate(repository);
        expect(DMA_OPTED_IN).not.toBe(EXAMPLE_POLICY);
        const pr = openPullRequest(emu, {
          files: ['maintainers.yml', 'kernel/dma/pool.rs'],
          headPolicy: DMA_OPTED_IN,
        });
        const run = await runAction(emu, pr);

        expect(emu.canMerge(pr).mergeable).toBe(false);
        expect(gateStatusOn(emu)?.state).toBe('failure');
        expect(emu.pull(pr).labels).toContain('rust: blocked');
        expect(JSON.parse(run.outputs.report).policyChanges).toEqual([
          { subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' },
        ]);
        expect(run.summary).toContain('Policy changes proposed');
        expect(run.summary).toContain('it is routed by the base policy');
        expect(emu.pull(pr).comments[0].body).toContain('DMA MAPPING HELPERS');
        const policyReads = run.requests.filter((r) => r.path.endsWith('/contents/maintainers.yml'));
        expect(policyReads.map((r) => r.query.ref)).toEqual([BASE, expect.not.stringMatching(BASE)]);
      }),
  );

  it.concurrent('is never read from the workspace: a permissive maintainers.yml planted there is ignored', () =>
    inRepository({}, async (emu) => {
      const permissive = 'version: 1\ndefault-stance: opt-in\nsubsystems: []\n';
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
      const run = await runAction(emu, pr, { workspace: workspaceWith({ 'maintainers.yml': permissive }) });

      expect(gateStatusOn(emu)?.state).toBe('failure');
      expect(run.outputs.blocked).toBe('true');
      expect(emu.pull(pr).labels).toContain('rust: blocked');
    }),
  );

  it.concurrent('fails with maintainers.yml:LINE:COL and an annotation on that line when broken at base', () =>
    inRepository({}, async (emu) => {
      const broken = EXAMPLE_POLICY.replace('default-stance: undecided', 'default-stance: undecidd');
      const line = broken.split('\n').findIndex((l) => l.startsWith('default-stance:')) + 1;
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'], policy: broken });
      const run = await runAction(emu, pr);

      expect(run.code).toBe(1);
      const failure = run.errors.find((e) => !e.properties.file);
      expect(failure?.message).toMatch(new RegExp(`^maintainers\\.yml:${line}:\\d+: .*undecidd`));
      expect(run.errors).toContainEqual(
        expect.objectContaining({
          properties: expect.objectContaining({ file: 'maintainers.yml', line: String(line) }),
        }),
      );
      // Nothing is written but the status saying the gate could not decide: it fails closed.
      expect(run.writes).toEqual(statusWrites(run));
      expect(gateStatusOn(emu)).toMatchObject({
        state: 'error',
        description: expect.stringMatching(new RegExp(`^Could not decide: maintainers\\.yml:${line}:\\d+: .*undecidd`)),
      });
      expect(run.summary).toContain(`maintainers.yml:${line}:`);
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }),
  );

  it.concurrent('fails naming the path and the commit when the policy is missing at base', () =>
    inRepository({}, async (emu) => {
      const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'], policy: null });
      const run = await runAction(emu, pr, { inputs: { config: '.github/maintainers.yml' } });

      expect(run.code).toBe(1);
      const failure = run.errors.find((e) => !e.properties.file) ?? run.errors[0];
      expect(failure.message).toContain('.github/maintainers.yml');
      expect(failure.message).toContain(BASE);
      expect(run.writes).toEqual(statusWrites(run));
      expect(gateStatusOn(emu)?.state).toBe('error');

      emu.resetLog();
      const again = await runAction(emu, pr, { inputs: { config: '.github/maintainers.yml' } });
      expect(again.code).toBe(1);
      expect(again.writes).toEqual([]); // the error status is already there
    }),
  );

  it.concurrent('decides directory-named patterns as get_maintainer.pl does, asking the tree at base when needed', () =>
    inRepository({}, async (emu) => {
      const policy = [
        'version: 1',
        'default-stance: opt-in',
        'subsystems:',
        '  - { name: DRM CORE, rust: opt-out, maintainers: [airlied], files: [include/drm/drm] }',
        '  - { name: DRM TINY DRIVERS, rust: undecided, maintainers: [noralf], files: [drivers/gpu/drm/tiny] }',
        '',
      ].join('\n');
      const pr = openPullRequest(emu, {
        policy,
        files: ['include/drm/drm_exec.rs', 'drivers/gpu/drm/tiny_helper.rs'],
        baseFiles: { 'drivers/gpu/drm/tiny/gm12u320.c': '/* a tiny driver */\n' },
      });
      const run = await runAction(emu, pr);

      // include/drm/drm is no directory: a file prefix, it owns include/drm/drm_exec.rs (and blocks it).
      // drivers/gpu/drm/tiny is a directory at base: it owns only what lies below it.
      expect(JSON.parse(run.outputs.report).files).toEqual([
        expect.objectContaining({ path: 'include/drm/drm_exec.rs', subsystems: ['DRM CORE'], decision: 'blocked' }),
        expect.objectContaining({ path: 'drivers/gpu/drm/tiny_helper.rs', subsystems: [] }),
      ]);
      expect(gateStatusOn(emu)?.state).toBe('failure');
      const lookups = run.requests.filter((r) => r.path.includes('/contents/') && !r.path.endsWith('maintainers.yml'));
      expect(lookups.map((r) => [decodeURIComponent(r.path.split('/contents/')[1]), r.query.ref])).toEqual([
        ['include/drm/drm', BASE],
        ['drivers/gpu/drm/tiny', BASE],
      ]);
    }),
  );

  it.concurrent('reads an imported MAINTAINERS at the base commit too', () =>
    inRepository({}, async (emu) => {
      const maintainers = [
        'DMA MAPPING HELPERS',
        'M:\tChristoph Hellwig <hch@lst.de>',
        'M:\tMarek Szyprowski <m.szyprowski@samsung.com>',
        'S:\tSupported',
        'F:\tkernel/dma/',
        '',
        'RUST',
        'M:\tMiguel Ojeda <ojeda@kernel.org>',
        'S:\tSupported',
        'F:\trust/',
        '',
      ].join('\n');
      const policy = [
        'version: 1',
        'import:',
        '  path: MAINTAINERS',
        '  people: { hch@lst.de: hch-lst, m.szyprowski@samsung.com: mszyprow, ojeda@kernel.org: ojeda }',
        '  stances: { RUST: core, DMA MAPPING HELPERS: opt-out }',
        '',
      ].join('\n');
      const pr = openPullRequest(emu, {
        policy,
        baseFiles: { MAINTAINERS: maintainers },
        files: ['kernel/dma/pool.rs', 'rust/kernel/str.rs'],
      });
      const run = await runAction(emu, pr);

      expect(gateStatusOn(emu)?.state).toBe('failure');
      expect(emu.pull(pr).labels).toEqual(['rust: blocked', 'rust: core']);
      expect(emu.pull(pr).requestedReviewers).toEqual(['ojeda']);
      const reads = run.requests.filter((r) => r.path.includes('/contents/'));
      expect(reads.map((r) => [decodeURIComponent(r.path.split('/contents/')[1]), r.query.ref])).toEqual([
        ['maintainers.yml', BASE],
        ['MAINTAINERS', BASE],
      ]);
      // The import costs one read more than the first run of comment.test.ts's small PR, and rust/kernel/str.rs
      // (an interface file) one GraphQL read of its text at the base for the Rust ↔ C map.
      const interfaceReads = run.requests.filter((r) => JSON.stringify(r.body ?? '').includes('query Interface'));
      expect(interfaceReads).toHaveLength(1);
      expect(run.requests.length).toBeLessThanOrEqual(18);
    }),
  );
});
