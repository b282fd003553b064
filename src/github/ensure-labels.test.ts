import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from './client.js';
import { ensureLabels } from './ensure-labels.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
let emu: Emulator;
beforeEach(async () => {
  emu = await startRepository({ labelsExist: false });
  emu.addCommit(BASE, {});
  emu.addPullRequest({
    number: 6,
    user: 'alice',
    base: { sha: BASE },
    head: { sha: BASE },
    files: [],
    labels: ['bug'],
  });
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

describe('ensureLabels', () => {
  it('creates the missing labels with their colour and description, and leaves existing ones alone', async () => {
    emu.addLabel({ name: 'Rust', color: '000000', description: 'ours' });
    const created = await ensureLabels(createGitHubClient('ghs_test', { baseUrl: emu.url }), repo, [
      { name: 'rust', color: '0e8a16', description: 'Rust routed to a subsystem that opted in' },
      { name: 'rust: blocked', color: 'b60205', description: 'Rust in a subsystem that opted out' },
    ]);

    expect(created).toEqual(['rust: blocked']);
    expect(emu.labels()).toEqual([
      { name: 'bug', color: 'ededed', description: null },
      { name: 'Rust', color: '000000', description: 'ours' },
      { name: 'rust: blocked', color: 'b60205', description: 'Rust in a subsystem that opted out' },
    ]);
  });
});
