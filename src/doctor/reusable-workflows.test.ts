import { inlineReusableWorkflows } from './reusable-workflows.js';
import { workflowOf } from './setup-of.test-helper.js';

describe('inlineReusableWorkflows', () => {
  const callee = workflowOf(
    'on: workflow_call\npermissions: { statuses: write }\njobs:\n  decide:\n    steps:\n      - uses: rust-for-linux/rust-patch-router@v1\n  other:\n    permissions: { contents: read }\n    steps: []\n',
    '.github/workflows/called.yml',
  );

  it('inlineReusableWorkflows replaces a local call by the called jobs, with their file and permissions', () => {
    const caller = workflowOf(
      'on: pull_request_target\njobs:\n  gate:\n    concurrency: per-pr\n    permissions: write-all\n    uses: ./.github/workflows/called.yml\n',
    );
    const { workflows, notes } = inlineReusableWorkflows([caller, callee]);
    expect(notes).toEqual([]);
    expect(workflows[0].jobs.map((j) => [j.id, j.file, j.permissions, j.concurrency?.group])).toEqual([
      ['gate/decide', '.github/workflows/called.yml', { statuses: 'write' }, 'per-pr'],
      ['gate/other', '.github/workflows/called.yml', { contents: 'read' }, 'per-pr'],
    ]);
    expect(workflows[0].jobs[0].steps[0].line).toBe(6);
  });

  it('inlineReusableWorkflows notes a call into another repository, which it cannot follow', () => {
    const caller = workflowOf(
      'on: pull_request_target\njobs:\n  gate:\n    uses: org/shared/.github/workflows/gate.yml@v2\n',
    );
    const { workflows, notes } = inlineReusableWorkflows([caller]);
    expect(workflows[0].jobs[0].id).toBe('gate');
    expect(notes).toEqual([expect.objectContaining({ check: 'workflow', severity: 'note', line: 3 })]);
  });
});
