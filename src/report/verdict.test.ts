import type { Hold, RoutingDecision } from '../routing/types.js';
import { verdictSentence } from './verdict.js';

const hold = (subsystem: string, stance: Hold['stance'], files = ['x.rs'], extra: Partial<Hold> = {}): Hold => ({
  subsystem,
  stance,
  files,
  canLift: ['m'],
  liftedBy: [],
  droppedAcks: [],
  cannotAck: [],
  ...extra,
});

const decision = (holds: Hold[], rustFiles = ['x.rs']): RoutingDecision => ({
  files: rustFiles.map((path) => ({
    path,
    rust: true,
    subsystems: ['S'],
    stance: 'opt-in',
    stanceSource: 'policy',
    decision: 'opt-in',
    owner: 'S',
    reason: null,
  })),
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

/** The Rust tree's hold over findings of checks set to block. */
const checkHold = (checks: Hold['checks'], files = ['drivers/gpu/nova/lib.rs'], extra: Partial<Hold> = {}): Hold =>
  hold('RUST', 'opt-out', files, { canLift: ['ojeda', 'alex'], checks, ...extra });

describe('verdictSentence: a hold of the Rust tree over blocking findings (docs/RUST-REVIEW.md, "Holds from checks")', () => {
  it('says a check found something and who lifts it, not that anyone opted out', () => {
    expect(verdictSentence(decision([checkHold(['unstable-feature'])]))).toBe(
      "Blocking Rust check (unstable-feature) found something in 1 file: an approving review from one of RUST's maintainers lifts the hold.",
    );
  });

  it('counts checks and files', () => {
    const twoChecks = checkHold(['safety-comment', 'unstable-feature'], ['a.rs', 'b.rs']);
    expect(verdictSentence(decision([twoChecks]))).toBe(
      "Blocking Rust checks (safety-comment, unstable-feature) found something in 2 files: an approving review from one of RUST's maintainers lifts the hold.",
    );
  });

  it('follows the stance holds’ sentence when both stand', () => {
    const dma = hold('DMA MAPPING HELPERS', 'opt-out', ['kernel/dma/pool.rs']);
    expect(verdictSentence(decision([dma, checkHold(['toolchain'])]))).toBe(
      '1 Rust file is in DMA MAPPING HELPERS, which opted out of Rust: only an approving review from one of its maintainers (an exception) lifts the hold. ' +
        "Blocking Rust check (toolchain) found something in 1 file: an approving review from one of RUST's maintainers lifts the hold.",
    );
  });

  it('once lifted, reads as every hold lifted', () => {
    expect(verdictSentence(decision([checkHold(['unstable-feature'], undefined, { liftedBy: ['ojeda'] })]))).toBe(
      '1 Rust file is going to the subsystems that decide it, and every hold was lifted by a maintainer’s approval.',
    );
  });

  it('says when nobody on GitHub can lift it', () => {
    expect(verdictSentence(decision([checkHold(['unstable-feature'], undefined, { canLift: [] })]))).toContain(
      'found something in 1 file: none of its maintainers has a GitHub login',
    );
  });

  it('escapes the subsystem’s name with the function given', () => {
    const named = { ...checkHold(['toolchain']), subsystem: 'RUST [CORE]' };
    expect(verdictSentence(decision([named]), (text) => text.replace(/[[\]]/g, '\\$&'))).toContain(
      "one of RUST \\[CORE\\]'s maintainers",
    );
  });
});
