import { OWNER, REPO, startRepository, type Emulator } from '../../tests/e2e/harness.js';
import { addLabels } from './add-labels.js';
import { createGitHubClient } from './client.js';
import { ensureLabels } from './ensure-labels.js';
import { removeLabel } from './remove-label.js';

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

describe('addLabels and removeLabel', () => {
  it('add to the PR, and remove one, URL-encoding its name', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await addLabels(client, repo, 6, ['rust: needs-ack']);
    expect(emu.pull(6).labels).toEqual(['bug', 'rust: needs-ack']);
    await removeLabel(client, repo, 6, 'rust: needs-ack');
    expect(emu.pull(6).labels).toEqual(['bug']);
  });

  it('treat removing an absent label as done (GitHub answers 404)', async () => {
    const client = createGitHubClient('ghs_test', { baseUrl: emu.url });
    await expect(removeLabel(client, repo, 6, 'rust: blocked')).resolves.toBeUndefined();
    expect(emu.requests.at(-1)?.status).toBe(404);
  });
});
