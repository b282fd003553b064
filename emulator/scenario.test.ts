import { startEmulator } from './index.js';
import { applyScenario } from './scenario.js';

describe('applyScenario', () => {
  it('loads commits, people, labels, a pull request, its review and comment in dependency order', async () => {
    const emu = await startEmulator({ owner: 'torvalds', repo: 'linux' });
    try {
      applyScenario(emu, {
        commits: { ['a'.repeat(40)]: { MAINTAINERS: 'x\n' }, ['b'.repeat(40)]: { MAINTAINERS: 'y\n' } },
        collaborators: ['ojeda'],
        teams: { 'torvalds/rust-reviewers': ['ojeda'] },
        labels: [{ name: 'rust', color: 'f74c00' }],
        pullRequests: [
          {
            number: 1,
            user: 'alice',
            base: { sha: 'a'.repeat(40) },
            head: { sha: 'b'.repeat(40) },
            requestedReviewers: ['ojeda'],
          },
        ],
        reviews: [{ number: 1, user: 'ojeda', state: 'APPROVED' }],
        comments: [{ number: 1, user: 'alice', body: 'Please take a look.' }],
      });
      expect(emu.pull(1)).toMatchObject({
        requestedReviewers: [],
        reviews: [{ user: { login: 'ojeda' }, state: 'APPROVED' }],
        comments: [{ user: { login: 'alice', type: 'User' }, body: 'Please take a look.' }],
      });
      expect(emu.labels()).toEqual([{ name: 'rust', color: 'f74c00', description: null }]);
    } finally {
      await emu.close();
    }
  });

  it('loads parents, statuses, branch protection and rulesets, so canMerge sees them', async () => {
    const emu = await startEmulator({ owner: 'torvalds', repo: 'linux' });
    try {
      applyScenario(emu, {
        commits: { ['a'.repeat(40)]: { 'x.rs': 'x\n' }, ['b'.repeat(40)]: { 'x.rs': 'y\n' } },
        parents: { ['a'.repeat(40)]: [], ['b'.repeat(40)]: ['a'.repeat(40)] },
        pullRequests: [{ number: 1, user: 'alice', base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } }],
        statuses: [{ sha: 'b'.repeat(40), state: 'failure', context: 'rust-patch-router' }],
        branchProtection: { main: { required_status_checks: { strict: true, contexts: ['rust-patch-router'] } } },
        rulesets: [
          { name: 'gate', conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } }, rules: [] },
        ],
      });
      expect(emu.state.mergeBase('a'.repeat(40), 'b'.repeat(40))).toBe('a'.repeat(40));
      expect(emu.canMerge(1).reasons).toEqual([
        'required status check "rust-patch-router" is failing on bbbbbbb (branch protection)',
      ]);
      expect(emu.state.rulesets).toHaveLength(1);
    } finally {
      await emu.close();
    }
  });
});
