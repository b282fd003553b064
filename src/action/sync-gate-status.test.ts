import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from '../github/client.js';
import { WriteGate } from '../github/write-gate.js';
import { syncGateStatus } from './sync-gate-status.js';

const repo = { owner: OWNER, repo: REPO };
const SHA = 'a'.repeat(40);
let emu: Emulator & { statuses(sha: string): unknown[] };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(SHA, {});
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

const failure = { state: 'failure' as const, description: 'Blocked: DMA opted out of Rust; no exception yet' };
const gate = (dryRun = false) => new WriteGate({ dryRun, warn: () => undefined, info: () => undefined });
const target = () => ({
  client: createGitHubClient('ghs_test', { baseUrl: emu.url }),
  repo,
  sha: SHA,
  context: 'rust-patch-router',
  targetUrl: 'https://github.com/o/r/pull/1',
});

describe('syncGateStatus', () => {
  it('writes a status that differs, with its link', async () => {
    expect(await syncGateStatus(target(), failure, null, gate())).toEqual({ result: 'written', status: failure });
    expect(emu.statuses(SHA)).toEqual([
      expect.objectContaining({ ...failure, target_url: 'https://github.com/o/r/pull/1' }),
    ]);
  });

  it('writes nothing when the latest says the same, whatever its link', async () => {
    const latest = { ...failure, targetUrl: 'https://elsewhere.example' };
    expect(await syncGateStatus(target(), failure, latest, gate())).toEqual({ result: 'unchanged', status: failure });
    expect(emu.requests).toEqual([]);
  });

  it('says it skipped the write on a dry run', async () => {
    expect((await syncGateStatus(target(), failure, null, gate(true))).result).toBe('skipped');
    expect(emu.requests).toEqual([]);
  });
});
