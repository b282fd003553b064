import { parseWorkflow } from './workflow.js';
import { fixture } from './setup-of.test-helper.js';

describe('parseWorkflow', () => {
  it('parseWorkflow reads the README pull-request workflow: triggers, permissions, concurrency, steps, lines', () => {
    const { value, problems } = parseWorkflow(
      '.github/workflows/rust-patch-router.yml',
      fixture('workflows/rust-patch-router.yml'),
      'active',
    );
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      name: 'rust-patch-router',
      state: 'active',
      on: {
        pull_request_target: { types: ['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited'] },
        pull_request_review: { types: ['submitted', 'dismissed'] },
        merge_group: { types: ['checks_requested'] },
      },
      onLine: 4,
      permissions: { contents: 'read', 'pull-requests': 'write', issues: 'write', statuses: 'write' },
      concurrency: {
        group: 'rust-patch-router-${{ github.event.pull_request.number || github.ref }}',
        cancelInProgress: 'false',
        line: 18,
      },
    });
    expect(value!.jobs).toHaveLength(1);
    expect(value!.jobs[0]).toMatchObject({ id: 'route', line: 23 });
    expect(value!.jobs[0].steps).toEqual([
      {
        index: 0,
        uses: 'rust-for-linux/rust-patch-router@v1',
        with: { config: 'maintainers.yml' },
        line: 27,
        name: undefined,
        run: undefined,
      },
    ]);
  });

  it.each([
    ['on: push', { push: {} }],
    ['on: [push, pull_request_target]', { push: {}, pull_request_target: {} }],
    [
      'on:\n  workflow_dispatch:\n  push: { branches: main, paths-ignore: [docs/**] }',
      { workflow_dispatch: {}, push: { branches: ['main'], pathsIgnore: ['docs/**'] } },
    ],
    [
      "on:\n  schedule:\n    - cron: '0 * * * *'\n    - cron: '30 5 * * 1'",
      { schedule: { crons: ['0 * * * *', '30 5 * * 1'] } },
    ],
    [
      'on:\n  workflow_run: { workflows: CI, types: completed }',
      { workflow_run: { workflows: ['CI'], types: ['completed'] } },
    ],
  ])('parseWorkflow normalises `%s`', (on, expected) => {
    expect(parseWorkflow('w.yml', `${on}\njobs: {}\n`).value!.on).toEqual(expected);
  });

  it.each([
    ['permissions: read-all', 'read-all'],
    ['permissions: write-all', 'write-all'],
    ['permissions: {}', {}],
    ['permissions:', {}],
    ['permissions: { statuses: write, contents: none }', { statuses: 'write', contents: 'none' }],
  ])('parseWorkflow reads `%s`', (permissions, expected) => {
    expect(parseWorkflow('w.yml', `on: push\n${permissions}\njobs: {}\n`).value!.permissions).toEqual(expected);
  });

  it('parseWorkflow takes the path as the name when the workflow has none (what workflow_run.workflows matches)', () => {
    expect(parseWorkflow('.github/workflows/x.yml', 'on: push\njobs: {}\n').value!.name).toBe(
      '.github/workflows/x.yml',
    );
  });

  it('parseWorkflow reads job-level permissions, concurrency in its short form, and a reusable-workflow call', () => {
    const text =
      'on: push\njobs:\n  a:\n    permissions: { statuses: write }\n    concurrency: one-group\n    steps: [{ run: make }]\n  b:\n    uses: ./.github/workflows/called.yml\n';
    const { jobs } = parseWorkflow('w.yml', text).value!;
    expect(jobs[0]).toMatchObject({
      id: 'a',
      permissions: { statuses: 'write' },
      concurrency: { group: 'one-group', line: 5 },
    });
    expect(jobs[0].steps[0]).toMatchObject({ run: 'make', line: 6 });
    expect(jobs[1]).toMatchObject({ id: 'b', uses: './.github/workflows/called.yml', steps: [] });
  });

  it('parseWorkflow turns non-string inputs into text', () => {
    const text =
      'on: push\njobs:\n  a:\n    steps:\n      - uses: o/rust-patch-router@v1\n        with: { status: false, sweep-limit: 500, token: }\n';
    expect(parseWorkflow('w.yml', text).value!.jobs[0].steps[0].with).toEqual({
      status: 'false',
      'sweep-limit': '500',
      token: '',
    });
  });

  it('parseWorkflow expands anchors', () => {
    const text =
      'on: push\njobs:\n  a:\n    permissions: &p { statuses: write }\n    steps: []\n  b:\n    permissions: *p\n    steps: []\n';
    expect(parseWorkflow('w.yml', text).value!.jobs[1].permissions).toEqual({ statuses: 'write' });
  });

  it('parseWorkflow reports a syntax error at file:line:col instead of throwing', () => {
    const { value, problems } = parseWorkflow('.github/workflows/bad.yml', 'on: push\njobs:\n  a: [unclosed\n');
    expect(value).toBeNull();
    expect(problems[0]).toMatchObject({ path: '.github/workflows/bad.yml', line: 4 });
  });

  it('parseWorkflow refuses a document that is not a mapping', () => {
    expect(parseWorkflow('w.yml', '- just\n- a list\n').problems[0].message).toMatch(/mapping/);
  });

  it('parseWorkflow refuses an alias bomb instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `a${i}: &a${i} [*a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}, *a${i - 1}]`,
      );
    const { value, problems } = parseWorkflow('w.yml', `${lines.join('\n')}\non: push\njobs: {}\n`);
    expect(value).toBeNull();
    expect(problems[0].message).toMatch(/alias/i);
  });
});
