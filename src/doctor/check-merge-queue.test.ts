import { checkMergeQueue } from './check-merge-queue.js';
import { prWorkflow, rulesFixture, stepsOf } from './setup-of.test-helper.js';

describe('checkMergeQueue', () => {
  const withoutMergeGroup = prWorkflow((t) => t.replace(/ {2}merge_group:\n {4}types: \[checks_requested\]\n/, ''));

  it('checkMergeQueue passes when the PR workflow runs on merge_group', () => {
    expect(checkMergeQueue(stepsOf(prWorkflow()), { value: rulesFixture() }, 'main')).toEqual([]);
  });

  it('checkMergeQueue errors when a ruleset turns the merge queue on and no workflow runs on merge_group', () => {
    const findings = checkMergeQueue(stepsOf(withoutMergeGroup), { value: rulesFixture() }, 'main');
    expect(findings).toEqual([
      expect.objectContaining({ check: 'merge-queue', severity: 'error', file: '.github/workflows/w0.yml', line: 4 }),
    ]);
    expect(findings[0].message).toContain('ruleset 4215113');
    expect(findings[0].fix).toContain('merge_group');
  });

  it('checkMergeQueue errors when merge_group is filtered to no activity the queue sends', () => {
    const wrongTypes = prWorkflow((t) => t.replace('types: [checks_requested]', 'types: [destroyed]'));
    expect(checkMergeQueue(stepsOf(wrongTypes), { value: rulesFixture() }, 'main')).toHaveLength(1);
  });

  it('checkMergeQueue has nothing to say without a merge queue', () => {
    const noQueue = rulesFixture().filter((r) => r.type !== 'merge_queue');
    expect(checkMergeQueue(stepsOf(withoutMergeGroup), { value: noQueue }, 'main')).toEqual([]);
  });

  it('checkMergeQueue says "not checked" when the rules cannot be read', () => {
    const findings = checkMergeQueue(
      stepsOf(prWorkflow()),
      { unreadable: { reason: 'HTTP 502', needs: 'read access' } },
      'main',
    );
    expect(findings.map((f) => f.severity)).toEqual(['not-checked']);
  });
});
