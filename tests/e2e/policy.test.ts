/**
 * Where the policy comes from (SPEC §2, §4, §7): always the base commit through the API — not the PR's
 * head, not the workspace — and every problem with it named by file, line and column or by path and commit.
 */
import {
  BASE,
  EXAMPLE_POLICY,
  openPullRequest,
  runAction,
  startRepository,
  workspaceWith,
  type Emulator,
} from './harness.js';

let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository();
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

/** The example policy with DMA MAPPING HELPERS opted in: what a PR trying to unblock itself would propose. */
const DMA_OPTED_IN = EXAMPLE_POLICY.replace(/(- name: DMA MAPPING HELPERS\n\s+rust: )opt-out/, '$1opt-in');

describe('the policy', () => {
  it('is the base commit’s: a PR that opts its own subsystem in is still blocked, and the report shows the proposal', async () => {
    expect(DMA_OPTED_IN).not.toBe(EXAMPLE_POLICY);
    const pr = openPullRequest(emu, {
      files: ['maintainers.yml', 'kernel/dma/pool.rs'],
      headPolicy: DMA_OPTED_IN,
    });
    const run = await runAction(emu, pr);

    expect(run.code).toBe(1);
    expect(emu.pull(pr).labels).toContain('rust: blocked');
    expect(JSON.parse(run.outputs.report).policyChanges).toEqual([
      { subsystem: 'DMA MAPPING HELPERS', from: 'opt-out', to: 'opt-in' },
    ]);
    expect(run.summary).toContain('Policy changes proposed');
    expect(run.summary).toContain('it is routed by the base policy');
    expect(emu.pull(pr).comments[0].body).toContain('DMA MAPPING HELPERS');
    const policyReads = run.requests.filter((r) => r.path.endsWith('/contents/maintainers.yml'));
    expect(policyReads.map((r) => r.query.ref)).toEqual([BASE, expect.not.stringMatching(BASE)]);
  });

  it('is never read from the workspace: a permissive maintainers.yml planted there is ignored', async () => {
    const permissive = 'version: 1\ndefault-stance: opt-in\nsubsystems: []\n';
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
    const run = await runAction(emu, pr, { workspace: workspaceWith({ 'maintainers.yml': permissive }) });

    expect(run.code).toBe(1);
    expect(run.outputs.blocked).toBe('true');
    expect(emu.pull(pr).labels).toContain('rust: blocked');
  });

  it('fails with maintainers.yml:LINE:COL and an annotation on that line when broken at base', async () => {
    const broken = EXAMPLE_POLICY.replace('default-stance: undecided', 'default-stance: undecidd');
    const line = broken.split('\n').findIndex((l) => l.startsWith('default-stance:')) + 1;
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
    const run = await runAction(emu, pr);

    expect(run.code).toBe(1);
    const failure = run.errors.find((e) => !e.properties.file);
    expect(failure?.message).toMatch(new RegExp(`^maintainers\\.yml:${line}:\\d+: .*undecidd`));
    expect(run.errors).toContainEqual(
      expect.objectContaining({ properties: expect.objectContaining({ file: 'maintainers.yml', line: String(line) }) }),
    );
    expect(run.writes).toEqual([]);
    expect(run.summary).toContain(`maintainers.yml:${line}:`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('fails naming the path and the commit when the policy is missing at base', async () => {
    const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'], policy: null });
    const run = await runAction(emu, pr, { inputs: { config: '.github/maintainers.yml' } });

    expect(run.code).toBe(1);
    const failure = run.errors.find((e) => !e.properties.file) ?? run.errors[0];
    expect(failure.message).toContain('.github/maintainers.yml');
    expect(failure.message).toContain(BASE);
    expect(run.writes).toEqual([]);
  });
});
