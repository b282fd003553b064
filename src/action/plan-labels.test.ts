import { DEFAULT_RUST_REVIEW } from '../rust-review/types.js';
import { DEFAULT_STATUS_LABELS, type Policy } from '../model.js';
import type { RoutingDecision } from '../routing/types.js';
import { GITHUB_MAX_LABELS, labelSpecs, planLabels } from './plan-labels.js';

/** A decision reduced to what label planning reads. */
function decision(labels: string[], managed: string[]): RoutingDecision {
  return {
    files: [],
    mentioned: [],
    labels,
    reviewers: [],
    teamReviewers: [],
    blocked: false,
    holds: [],
    verdict: 'routed',
    managedLabels: managed,
    subsystems: [],
    keywordScan: { scannedBytes: 0, totalBytes: 0, capped: false },
    reviewersCapped: [],
    rustFiles: [],
  };
}

const MANAGED = ['rust', 'rust: core', 'rust: needs-ack', 'rust: blocked', 'subsystem: net'];
const both = { add: true, sync: true };

describe('planLabels', () => {
  it.each([
    ['adds what is missing', ['rust'], [], both, { add: ['rust'], remove: [], dropped: [] }],
    ['adds nothing already there', ['rust'], ['rust'], both, { add: [], remove: [], dropped: [] }],
    ['compares names case-insensitively', ['rust'], ['Rust'], both, { add: [], remove: [], dropped: [] }],
    [
      'removes a managed label that no longer applies',
      ['rust'],
      ['rust: needs-ack', 'rust'],
      both,
      { add: [], remove: ['rust: needs-ack'], dropped: [] },
    ],
    [
      'never removes a label the policy does not manage',
      [],
      ['bug', 'good first issue'],
      both,
      { add: [], remove: [], dropped: [] },
    ],
    [
      'removes nothing without sync-labels',
      [],
      ['rust: blocked'],
      { add: true, sync: false },
      { add: [], remove: [], dropped: [] },
    ],
    ['adds nothing without labels', ['rust'], [], { add: false, sync: true }, { add: [], remove: [], dropped: [] }],
  ])('%s', (_name, wanted, current, options, expected) => {
    expect(planLabels(decision(wanted, MANAGED), current, options)).toEqual(expected);
  });

  it('never takes a PR past 100 labels: the labels that do not fit are dropped', () => {
    const current = Array.from({ length: GITHUB_MAX_LABELS - 1 }, (_, i) => `triage-${i}`);
    const plan = planLabels(decision(['rust: blocked', 'subsystem: net'], MANAGED), current, both);
    expect(plan).toEqual({ add: ['rust: blocked'], remove: [], dropped: ['subsystem: net'] });
  });

  it('counts the labels it removes as room', () => {
    const current = [...Array.from({ length: GITHUB_MAX_LABELS - 1 }, (_, i) => `triage-${i}`), 'rust: needs-ack'];
    const plan = planLabels(decision(['rust'], MANAGED), current, both);
    expect(plan).toEqual({ add: ['rust'], remove: ['rust: needs-ack'], dropped: [] });
  });
});

describe('labelSpecs', () => {
  const origin = { file: 'maintainers.yml', line: 1, col: 1 };
  const policy: Policy = {
    version: 1,
    rustFiles: [],
    rustReview: DEFAULT_RUST_REVIEW,
    defaultStance: 'undecided',
    stanceResolution: 'most-specific',
    labels: { ...DEFAULT_STATUS_LABELS, blocked: 'Rust: Blocked' },
    subsystems: [
      {
        name: 'NETWORKING DRIVERS',
        maintainers: [],
        reviewers: [],
        files: [],
        exclude: [],
        names: [],
        keywords: [],
        labels: ['subsystem: net'],
        origin,
        tags: {},
      },
    ],
    sources: ['maintainers.yml'],
    notOnGitHub: [],
  };

  it.each([
    ['rust: core', '6e40c9', 'Rust routed to the Rust tree'],
    ['rust: blocked', 'b60205', 'Rust in a subsystem that opted out: blocked until an exception'],
    ['subsystem: net', 'c5def5', 'Touches NETWORKING DRIVERS'],
  ])('gives %s colour %s and a description', (name, color, description) => {
    expect(labelSpecs([name], policy)).toEqual([{ name, color, description }]);
  });
});
