import type { Hold, RoutingDecision } from '../routing/types.js';
import { errorStatus, gateStatus, MAX_STATUS_DESCRIPTION } from './render-status.js';

const hold = (subsystem: string, stance: Hold['stance'], liftedBy: string[] = []): Hold => ({
  subsystem,
  stance,
  files: ['x.rs'],
  canLift: ['m'],
  liftedBy,
  droppedAcks: [],
  cannotAck: [],
});

const decision = (holds: Hold[], rustFiles = ['x.rs']): RoutingDecision => ({
  files: [],
  mentioned: [],
  labels: [],
  reviewers: [],
  teamReviewers: [],
  blocked: holds.some((h) => h.liftedBy.length === 0),
  holds,
  verdict: 'routed',
  managedLabels: [],
  subsystems: [],
  keywordScan: { scannedBytes: 0, totalBytes: 0, capped: false },
  reviewersCapped: [],
  rustFiles,
});

describe('gateStatus', () => {
  it.each([
    ['no Rust', decision([], []), 'success', 'No Rust changes: nothing to hold'],
    ['Rust, nothing held', decision([], ['a.rs', 'b.rs']), 'success', 'Routed: 2 Rust files, nothing held'],
    [
      'every hold lifted',
      decision([hold('NET', 'undecided', ['davem'])]),
      'success',
      'Routed: every hold lifted by a maintainer’s approval',
    ],
    [
      'one opt-out hold',
      decision([hold('DMA MAPPING HELPERS', 'opt-out')]),
      'failure',
      'Blocked: DMA MAPPING HELPERS opted out of Rust; no exception yet',
    ],
    [
      'one undecided hold',
      decision([hold('NETWORKING DRIVERS', 'undecided')]),
      'failure',
      'Needs ack: NETWORKING DRIVERS has not acked the Rust',
    ],
    [
      'two holds',
      decision([hold('DMA', 'opt-out'), hold('NET', 'undecided')]),
      'failure',
      'Blocked: held by DMA (opt-out), NET (undecided)',
    ],
    [
      'two undecided holds',
      decision([hold('A', 'undecided'), hold('B', 'undecided')]),
      'failure',
      'Needs ack: held by A (undecided), B (undecided)',
    ],
  ])('%s → %s', (_what, input, state, description) => {
    expect(gateStatus(input, { block: true })).toEqual({ state, description });
  });

  describe('the Rust tree’s hold over blocking findings (docs/RUST-REVIEW.md, "Holds from checks")', () => {
    const checkHold = (checks: Hold['checks'], liftedBy: string[] = []): Hold => ({
      ...hold('RUST', 'opt-out', liftedBy),
      checks,
    });

    it.each([
      [
        'one check',
        [checkHold(['unstable-feature'])],
        'failure',
        'Blocked: Rust unstable-feature check; RUST has not approved',
      ],
      [
        'two checks',
        [checkHold(['unstable-feature', 'toolchain'])],
        'failure',
        'Blocked: Rust unstable-feature, toolchain checks; RUST has not approved',
      ],
      [
        'with an opt-out hold',
        [hold('DMA', 'opt-out'), checkHold(['safety-comment'])],
        'failure',
        'Blocked: held by DMA (opt-out), RUST (safety-comment)',
      ],
      [
        'with an undecided hold: blocked, as the check hold reads as opt-out',
        [hold('NET', 'undecided'), checkHold(['safety-comment'])],
        'failure',
        'Blocked: held by NET (undecided), RUST (safety-comment)',
      ],
      [
        'lifted by a Rust tree maintainer',
        [checkHold(['unstable-feature'], ['ojeda'])],
        'success',
        'Routed: every hold lifted by a maintainer’s approval',
      ],
    ])('%s', (_what, holds, state, description) => {
      expect(gateStatus(decision(holds), { block: true })).toEqual({ state, description });
    });

    it('is reported without failing when block is off', () => {
      expect(gateStatus(decision([checkHold(['toolchain'])]), { block: false })).toEqual({
        state: 'success',
        description: 'Not enforced (block: false): held by RUST (toolchain)',
      });
    });
  });

  it('reports a hold without failing when block is off', () => {
    expect(gateStatus(decision([hold('DMA', 'opt-out')]), { block: false })).toEqual({
      state: 'success',
      description: 'Not enforced (block: false): held by DMA (opt-out)',
    });
  });

  it('stays within 140 characters, cutting with an ellipsis, on one line', () => {
    const many = decision(Array.from({ length: 12 }, (_, i) => hold(`SUBSYSTEM\nNUMBER ${i}`, 'opt-out')));
    const { description } = gateStatus(many, { block: true });
    expect(description).toHaveLength(MAX_STATUS_DESCRIPTION);
    expect(description.endsWith('…')).toBe(true);
    expect(description).not.toContain('\n');
  });
});

describe('errorStatus', () => {
  it('says the run could not decide, with the first line of the cause', () => {
    expect(errorStatus('maintainers.yml:3:1: bad\nmore detail')).toEqual({
      state: 'error',
      description: 'Could not decide: maintainers.yml:3:1: bad',
    });
  });
});
