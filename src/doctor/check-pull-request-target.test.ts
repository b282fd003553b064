import { checkPullRequestTarget } from './check-pull-request-target.js';
import { prWorkflow, REPOSITORY, workflowOf } from './setup-of.test-helper.js';

/** The PR workflow with `steps` as its route job's steps. */
function withSteps(steps: string): string {
  return prWorkflow((t) => t.replace(/ {4}steps:[\s\S]*$/, `    steps:\n${steps}`));
}

const ROUTER = '      - uses: rust-for-linux/rust-patch-router@v1\n';
const check = (text: string) => checkPullRequestTarget([workflowOf(text)], REPOSITORY);

describe('checkPullRequestTarget', () => {
  it('checkPullRequestTarget passes the recipe without a checkout', () => {
    expect(check(prWorkflow())).toEqual([]);
  });

  it('checkPullRequestTarget passes the over-3,000-files recipe: merge ref, no credentials, nothing after it but the action', () => {
    const recipe =
      '      - uses: actions/checkout@v5\n        with:\n          ref: refs/pull/${{ github.event.pull_request.number }}/merge\n' +
      `          fetch-depth: 0\n          persist-credentials: false\n${ROUTER}`;
    expect(check(withSteps(recipe))).toEqual([]);
  });

  it('checkPullRequestTarget passes a checkout of the base branch (no ref)', () => {
    expect(
      check(withSteps(`      - uses: actions/checkout@v5\n      - run: ./scripts/check-policy.sh\n${ROUTER}`)),
    ).toEqual([]);
  });

  it.each([
    ['head sha', 'ref: ${{ github.event.pull_request.head.sha }}'],
    [
      'head ref of the fork',
      'ref: ${{ github.head_ref }}\n          repository: ${{ github.event.pull_request.head.repo.full_name }}',
    ],
    ['merge ref', 'ref: refs/pull/${{ github.event.number }}/merge'],
  ])('checkPullRequestTarget errors on a checkout of the PR (%s) followed by a run step', (_, ref) => {
    const findings = check(
      withSteps(
        `      - uses: actions/checkout@v5\n        with:\n          ${ref}\n      - run: npm ci && npm test\n${ROUTER}`,
      ),
    );
    expect(findings.map((f) => [f.check, f.severity, f.line])).toEqual([
      ['pull-request-target-checkout', 'error', 26],
      ['pull-request-target-checkout', 'error', 26],
    ]);
    expect(findings[0].message).toContain('persist-credentials');
    expect(findings[1].message).toContain("'npm ci && npm test'");
    expect(findings[1].fix).toContain('rust-patch-router needs no checkout');
  });

  it('checkPullRequestTarget errors on the recipe checkout that keeps its credentials', () => {
    const findings = check(
      withSteps(
        `      - uses: actions/checkout@v5\n        with:\n          ref: refs/pull/\${{ github.event.pull_request.number }}/merge\n          fetch-depth: 0\n${ROUTER}`,
      ),
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(findings[0].fix).toContain('persist-credentials: false');
  });

  it('checkPullRequestTarget errors on a run step that fetches the PR', () => {
    const findings = check(
      withSteps(`      - run: gh pr checkout \${{ github.event.pull_request.number }}\n${ROUTER}`),
    );
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', line: 26 })]);
  });

  it('checkPullRequestTarget errors on a run step that interpolates the head branch name', () => {
    const findings = check(
      withSteps(`      - run: echo "branch \${{ github.event.pull_request.head.ref }}"\n${ROUTER}`),
    );
    expect(findings[0].fix).toContain('env:');
  });

  it('checkPullRequestTarget warns about another pull_request_target workflow that runs the PR code', () => {
    const other =
      'name: preview\non: pull_request_target\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n' +
      '      - uses: actions/checkout@v5\n        with: { ref: "${{ github.event.pull_request.head.sha }}" }\n      - run: make preview\n';
    const findings = check(other);
    expect(findings).toEqual([expect.objectContaining({ severity: 'warning', line: 7 })]);
    expect(findings[0].message).toContain('does not run rust-patch-router');
  });

  it('checkPullRequestTarget leaves pull_request workflows alone (no write token for forks there)', () => {
    expect(
      check(
        'on: pull_request\njobs:\n  t:\n    steps:\n      - uses: actions/checkout@v5\n        with: { ref: "${{ github.event.pull_request.head.sha }}" }\n      - run: make test\n',
      ),
    ).toEqual([]);
  });
});
