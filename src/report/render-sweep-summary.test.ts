import { renderSweepSummary, type SweepSummary } from './render-sweep-summary.js';

const sweep: SweepSummary = {
  trigger: 'push to main',
  scope: 'the open pull requests into main',
  skipped: null,
  outcomes: [
    { number: 9, result: 'unchanged', verdict: 'routed', writes: [], diffRead: null },
    {
      number: 8,
      result: 'updated',
      verdict: 'blocked',
      writes: ['remove label rust', 'set the rust-patch-router status to failure'],
      diffRead: 'its decision changed (read before writing)',
    },
    {
      number: 7,
      result: 'error',
      verdict: null,
      writes: [],
      diffRead: null,
      error: 'Could not list the files of pull request #7: HTTP 502\nmore',
    },
  ],
  open: 12,
  stopped: { before: 6, reason: 'the REST API has 38 requests left (40 kept back) until 09:40:00 UTC' },
  limited: false,
  policyErrors: [],
};

describe('renderSweepSummary', () => {
  it('says what was swept, what changed and where it stopped; unchanged PRs are counted, not listed', () => {
    expect(renderSweepSummary(sweep)).toBe(
      [
        '## rust-patch-router sweep',
        '',
        '**push to main**: the open pull requests into main. 12 open; 3 re-decided: 1 updated, 1 unchanged, 0 moved on meanwhile, 1 could not be decided.',
        '',
        'Files read with their patches for 1 of them (the others from GraphQL alone).',
        '',
        '⏸️ Stopped before #6: the REST API has 38 requests left (40 kept back) until 09:40:00 UTC. The next sweep starts over: the pull requests decided here already show their decision and cost it no write, so it goes on from here.',
        '',
        '| PR | Verdict | Result | Written |',
        '| --- | --- | --- | --- |',
        '| #8 | blocked | updated | remove label rust; set the rust-patch-router status to failure |',
        '| #7 | — | error | Could not list the files of pull request #7: HTTP 502 |',
        '',
      ].join('\n'),
    );
  });

  it('says why nothing was swept', () => {
    expect(
      renderSweepSummary({ ...sweep, skipped: 'The push left the policy alone (maintainers.yml is the same).' }),
    ).toBe(
      '## rust-patch-router sweep\n\n**push to main**: the open pull requests into main.\n\nThe push left the policy alone (maintainers.yml is the same).\n',
    );
  });
});
