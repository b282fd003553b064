import type { Hold, RoutingDecision } from '../routing/types.js';
import { heldFileAnnotations, MAX_ERROR_ANNOTATIONS } from './annotations.js';

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
