import { checkTeams } from './check-teams.js';
import { fixture, policyOf, prWorkflow, stepsOf } from './setup-of.test-helper.js';

const GOOD = policyOf(fixture('maintainers.yml'));

describe('checkTeams', () => {
  const teamPolicy = policyOf(
    'version: 1\nsubsystems:\n  - name: RUST\n    rust: core\n    maintainers: [ojeda]\n    reviewers: [rust-for-linux/reviewers]\n    files: [rust/]\n',
  );

  it('checkTeams passes a policy without teams', () => {
    expect(checkTeams(GOOD, stepsOf(prWorkflow()), 'maintainers.yml')).toEqual([]);
  });

  it('checkTeams warns that GITHUB_TOKEN cannot request teams', () => {
    const findings = checkTeams(teamPolicy, stepsOf(prWorkflow()), 'maintainers.yml');
    expect(findings).toEqual([expect.objectContaining({ check: 'teams', severity: 'warning' })]);
    expect(findings[0].fix).toContain('read:org');
  });

  it('checkTeams only notes teams when the workflow passes its own token', () => {
    const app = prWorkflow((t) =>
      t.replace('config: maintainers.yml', 'config: maintainers.yml\n          token: ${{ steps.app.outputs.token }}'),
    );
    expect(checkTeams(teamPolicy, stepsOf(app), 'maintainers.yml').map((f) => f.severity)).toEqual(['note']);
  });
});
