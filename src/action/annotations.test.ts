import type { Finding } from '../rust-review/types.js';
import type { Hold, RoutingDecision } from '../routing/types.js';
import {
  findingAnnotations,
  heldFileAnnotations,
  MAX_ERROR_ANNOTATIONS,
  MAX_WARNING_ANNOTATIONS,
} from './annotations.js';

function decisionWith(holds: Hold[]): RoutingDecision {
  return {
    files: [],
    mentioned: [],
    labels: [],
    reviewers: [],
    teamReviewers: [],
    blocked: holds.some((hold) => hold.liftedBy.length === 0),
    holds,
    verdict: 'blocked',
    managedLabels: [],
    subsystems: [],
    keywordScan: { scannedBytes: 0, totalBytes: 0, capped: false },
    reviewersCapped: [],
    rustFiles: holds.flatMap((hold) => hold.files),
  };
}

const dma: Hold = {
  subsystem: 'DMA MAPPING HELPERS',
  stance: 'opt-out',
  files: ['kernel/dma/pool.rs'],
  canLift: ['hch', 'mszyprow'],
  liftedBy: [],
  droppedAcks: [],
  cannotAck: [],
};

describe('heldFileAnnotations', () => {
  it('puts an error on each Rust file an opted-out subsystem holds, naming who can lift it', () => {
    expect(heldFileAnnotations(decisionWith([dma]))).toEqual([
      {
        title: 'rust: blocked',
        file: 'kernel/dma/pool.rs',
        message:
          'Rust in DMA MAPPING HELPERS, which opted out of Rust: blocked until one of its maintainers (hch, mszyprow) approves an exception.',
      },
    ]);
  });

  it('asks for an ack on a file an undecided subsystem holds', () => {
    const hold: Hold = {
      ...dma,
      subsystem: 'BLOCK LAYER',
      stance: 'undecided',
      files: ['block/foo.rs'],
      canLift: ['axboe'],
    };
    expect(heldFileAnnotations(decisionWith([hold]))[0]).toMatchObject({
      title: 'rust: needs-ack',
      file: 'block/foo.rs',
      message: expect.stringContaining('waiting for an ack, an approving review by one of its maintainers (axboe)'),
    });
  });

  it('says nothing about a hold a maintainer lifted', () => {
    expect(heldFileAnnotations(decisionWith([{ ...dma, liftedBy: ['hch'] }]))).toEqual([]);
  });

  it('keeps within the 10 errors GitHub shows: 9 files, then one naming the rest', () => {
    const files = Array.from({ length: 12 }, (_, i) => `kernel/dma/f${i}.rs`);
    const annotations = heldFileAnnotations(decisionWith([{ ...dma, files }]));
    expect(annotations).toHaveLength(MAX_ERROR_ANNOTATIONS);
    expect(annotations.slice(0, 9).map((a) => a.file)).toEqual(files.slice(0, 9));
    expect(annotations[9]).toEqual({
      title: 'more held Rust files',
      message: '3 more held Rust files (see the job summary): kernel/dma/f9.rs, kernel/dma/f10.rs, kernel/dma/f11.rs',
    });
  });

  it('shows exactly 10 files individually', () => {
    const files = Array.from({ length: 10 }, (_, i) => `kernel/dma/f${i}.rs`);
    expect(heldFileAnnotations(decisionWith([{ ...dma, files }])).map((a) => a.file)).toEqual(files);
  });

  it('keeps within a smaller limit, leaving room for the failure message', () => {
    const files = Array.from({ length: 12 }, (_, i) => `kernel/dma/f${i}.rs`);
    const annotations = heldFileAnnotations(decisionWith([{ ...dma, files }]), 9);
    expect(annotations).toHaveLength(9);
    expect(annotations[8].message).toMatch(/^4 more held Rust files/);
  });
});

describe('findingAnnotations (docs/RUST-REVIEW.md, "Findings")', () => {
  const rustHold: Hold = {
    subsystem: 'RUST',
    stance: 'opt-out',
    files: ['drivers/gpu/nova/lib.rs'],
    canLift: ['ojeda', 'alex'],
    liftedBy: [],
    droppedAcks: [],
    cannotAck: [],
    checks: ['unstable-feature'],
  };
  const warn: Finding = {
    check: 'safety-comment',
    path: 'drivers/gpu/nova/regs.rs',
    line: 12,
    severity: 'warn',
    message: '`unsafe` block without a `// SAFETY:` comment',
    subsystem: 'RUST',
  };
  const block: Finding = {
    check: 'unstable-feature',
    path: 'drivers/gpu/nova/lib.rs',
    line: 3,
    severity: 'block',
    message: '`#![feature(...)]` enables the unstable feature allocator_api',
    subsystem: 'RUST',
  };
  const withFindings = (findings: Finding[], holds: Hold[] = []): RoutingDecision => ({
    ...decisionWith(holds),
    findings,
  });

  it('a warning on the line of each finding of a check set to warn', () => {
    expect(findingAnnotations(withFindings([warn]), 9)).toEqual([
      {
        level: 'warning',
        title: 'rust: safety-comment',
        file: 'drivers/gpu/nova/regs.rs',
        line: 12,
        message: '`unsafe` block without a `// SAFETY:` comment',
      },
    ]);
  });

  it('an error on the line of a blocking finding while the Rust tree’s hold stands, naming who lifts it', () => {
    expect(findingAnnotations(withFindings([block], [rustHold]), 9)).toEqual([
      {
        level: 'error',
        title: 'rust: unstable-feature',
        file: 'drivers/gpu/nova/lib.rs',
        line: 3,
        message:
          "`#![feature(...)]` enables the unstable feature allocator_api. Blocks until one of RUST's maintainers approves.",
      },
    ]);
  });

  it('a blocking finding is a warning once the hold is lifted, or when no hold was made (no Rust tree)', () => {
    const lifted = findingAnnotations(withFindings([block], [{ ...rustHold, liftedBy: ['ojeda'] }]), 9);
    expect(lifted.map((a) => [a.level, a.message])).toEqual([
      ['warning', '`#![feature(...)]` enables the unstable feature allocator_api'],
    ]);
    expect(findingAnnotations(withFindings([{ ...block, subsystem: null }]), 9)[0].level).toBe('warning');
  });

  it('a finding with no line is put on its file', () => {
    const [annotation] = findingAnnotations(withFindings([{ ...warn, line: null }]), 9);
    expect(annotation).toEqual({
      level: 'warning',
      title: 'rust: safety-comment',
      file: 'drivers/gpu/nova/regs.rs',
      message: warn.message,
    });
    expect('line' in annotation).toBe(false);
  });

  it('keeps errors within the room it is given and warnings within 10, each counted apart', () => {
    const blocks = Array.from({ length: 5 }, (_, i) => ({ ...block, line: i + 1 }));
    const warns = Array.from({ length: 12 }, (_, i) => ({ ...warn, line: i + 1 }));
    const annotations = findingAnnotations(withFindings([...blocks, ...warns], [rustHold]), 3);
    expect(annotations.filter((a) => a.level === 'error').map((a) => a.line)).toEqual([1, 2, 3]);
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(MAX_WARNING_ANNOTATIONS);
    expect(findingAnnotations(withFindings(blocks, [rustHold]), 0)).toEqual([]);
  });

  it('says nothing without findings, or for a decision built without the key', () => {
    expect(findingAnnotations(withFindings([]), 9)).toEqual([]);
    expect(findingAnnotations(decisionWith([]), 9)).toEqual([]);
  });

  it('leaves the file annotations to the stance holds: a check hold gets none of its own', () => {
    expect(heldFileAnnotations(decisionWith([rustHold]))).toEqual([]);
  });
});
