import { OWNER, REPO, startRepository, type Emulator } from '../../emulator/harness.js';
import { createGitHubClient } from '../github/client.js';
import type { Review } from '../routing/review-verdicts.js';
import type { Hold } from '../routing/types.js';
import { judgePullAcks } from './read-ack-evidence.js';

const repo = { owner: OWNER, repo: REPO };
const BASE = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const hold: Hold = {
  subsystem: 'NETWORKING DRIVERS',
  stance: 'undecided',
  files: ['drivers/net/x.rs'],
  canLift: ['davem', 'kuba-netdev'],
  liftedBy: [],
  droppedAcks: [],
  cannotAck: [],
};
let emu: Emulator & { addCommit(sha: string, files: Record<string, string>, parents?: string | string[]): void };
beforeEach(async () => {
  emu = (await startRepository()) as typeof emu;
  emu.addCommit(BASE, { 'drivers/net/x.c': 'a\n' }, []);
  emu.addCommit(OLD, { 'drivers/net/x.c': 'b\n' }, BASE);
  emu.addCommit(HEAD, { 'drivers/net/x.c': 'b\n', 'drivers/net/x.rs': 'fn x() {}\n' }, OLD);
});
afterEach(async () => {
  expect(emu.violations).toEqual([]);
  await emu.close();
});

const judge = (reviews: Review[]) =>
  judgePullAcks(
    createGitHubClient('ghs_test', { baseUrl: emu.url }),
    repo,
    { baseSha: BASE, headSha: HEAD, author: 'alice' },
    [hold],
    reviews,
  );

describe('judgePullAcks', () => {
  it('reads nothing when no maintainer approved', async () => {
    expect(await judge([{ login: 'mallory', state: 'APPROVED', commitId: HEAD }])).toEqual(new Map());
    expect(emu.requests).toEqual([]);
  });

  it('reads one permission for an approval of the head', async () => {
    const judged = await judge([{ login: 'davem', state: 'APPROVED', commitId: HEAD }]);
    expect(judged.get(hold.subsystem)?.liftedBy).toEqual(['davem']);
    expect(emu.requests.map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/collaborators/davem/permission`]);
  });

  it('compares base…reviewed with base…head for an older approval, and reads no permission once it is dropped', async () => {
    const judged = await judge([{ login: 'davem', state: 'APPROVED', commitId: OLD }]);
    expect(judged.get(hold.subsystem)).toEqual({
      liftedBy: [],
      droppedAcks: [{ login: 'davem', commit: OLD, files: ['drivers/net/x.rs'] }],
      cannotAck: [],
    });
    expect(emu.requests.map((r) => decodeURIComponent(r.path)).sort()).toEqual([
      `/repos/${OWNER}/${REPO}/compare/${BASE}...${OLD}`,
      `/repos/${OWNER}/${REPO}/compare/${BASE}...${HEAD}`,
    ]);
  });
});
