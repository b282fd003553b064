import type { Finding } from '../rust-review/types.js';
import type { InterfaceRoute } from '../interfaces/types.js';
import type { ReviewNotes, RoutingDecision } from '../routing/types.js';
import { blobLineLink } from './line-links.js';
import { renderBlock } from './fit-sections.js';
import { reviewBlocks, type LineLink } from './review-blocks.js';

const NOTES: ReviewNotes = { unchecked: [], labels: [], interfacesNotRouted: false, interfaceFilesNotRead: 0 };

function decisionWith(parts: { findings?: Finding[]; interfaces?: InterfaceRoute[]; review?: Partial<ReviewNotes> }) {
  const decision: RoutingDecision = {
    files: [],
    mentioned: [],
    labels: [],
    reviewers: [],
    teamReviewers: [],
    blocked: false,
    holds: [],
    verdict: 'routed',
    managedLabels: [],
    subsystems: [],
    keywordScan: { scannedBytes: 0, totalBytes: 0, capped: false },
    reviewersCapped: [],
    rustFiles: [],
    findings: parts.findings ?? [],
    interfaces: parts.interfaces ?? [],
    review: { ...NOTES, ...parts.review },
  };
  return decision;
}

const LINK = blobLineLink('https://github.com', { owner: 'o', repo: 'r' }, 'c0ffee');
const NO_LINK: LineLink = () => null;

/** The blocks as Markdown, every item kept. */
function render(decision: RoutingDecision, requested: string[] = [], lineLink: LineLink = LINK): string {
  return reviewBlocks(decision, new Set(requested), 'the job summary', lineLink)
    .map((block) => renderBlock(block, block.items.length))
    .join('\n\n');
}

const unsafeFinding: Finding = {
  check: 'safety-comment',
  path: 'drivers/gpu/nova/regs.rs',
  line: 12,
  severity: 'warn',
  message: '`unsafe` block without a `// SAFETY:` comment',
  subsystem: 'RUST',
};
const featureFinding: Finding = {
  check: 'unstable-feature',
  path: 'drivers/gpu/nova/lib.rs',
  line: 3,
  severity: 'block',
  message: '`#![feature(...)]` enables the unstable feature allocator_api',
  subsystem: 'RUST',
};

describe('reviewBlocks (docs/RUST-REVIEW.md, "Findings")', () => {
  it('says nothing when there is nothing to say', () => {
    expect(reviewBlocks(decisionWith({}), new Set(), 'p', LINK)).toEqual([]);
    // A decision built by hand, without the review's keys, likewise.
    const { findings: _f, interfaces: _i, review: _r, ...bare } = decisionWith({});
    expect(reviewBlocks(bare, new Set(), 'p', LINK)).toEqual([]);
  });

  it('groups findings by check in CHECK_IDS order, each linked to its line at the head commit, code in messages as code spans, the rest escaped', () => {
    // A message quotes the diff (a feature's name), so it is escaped like any text from the PR.
    // Given in file order (lib.rs before regs.rs); shown safety-comment first, as CHECK_IDS lists them.
    const text = render(decisionWith({ findings: [featureFinding, unsafeFinding] }));
    expect(text).toBe(
      [
        '#### Rust review',
        '',
        '**`unsafe` without a safety comment**',
        '',
        '- [`drivers/gpu/nova/regs.rs:12`](https://github.com/o/r/blob/c0ffee/drivers/gpu/nova/regs.rs#L12): `unsafe` block without a `// SAFETY:` comment',
        '',
        '**Unstable features (for the Rust tree)**',
        '',
        '- [`drivers/gpu/nova/lib.rs:3`](https://github.com/o/r/blob/c0ffee/drivers/gpu/nova/lib.rs#L3): `#![feature(...)]` enables the unstable feature allocator\\_api — **blocks** until RUST approves',
      ].join('\n'),
    );
  });

  it('keeps a name taken from the diff inside its code span, and escapes a message whose backticks do not pair', () => {
    const hostile = { ...featureFinding, message: 'enables the unstable feature `x](https://evil.example)` now' };
    expect(render(decisionWith({ findings: [hostile] }))).toContain(
      'enables the unstable feature `x](https://evil.example)` now',
    );
    const unpaired = { ...featureFinding, message: 'a `stray backtick and [a link](https://evil.example)' };
    expect(render(decisionWith({ findings: [unpaired] }))).toContain(
      'a \\`stray backtick and \\[a link\\](https://evil.example)',
    );
  });

  it('names the place without a link when there is none (the CLI), and the file alone without a line', () => {
    const text = render(decisionWith({ findings: [{ ...unsafeFinding, line: null }] }), [], NO_LINK);
    expect(text).toContain('- `drivers/gpu/nova/regs.rs`: ');
    expect(text).not.toContain('](');
    expect(render(decisionWith({ findings: [{ ...unsafeFinding, line: null }] }))).toContain(
      '(https://github.com/o/r/blob/c0ffee/drivers/gpu/nova/regs.rs)',
    );
  });

  it('a blocking finding with no Rust tree says the Rust tree', () => {
    expect(render(decisionWith({ findings: [{ ...featureFinding, subsystem: null }] }))).toContain(
      '**blocks** until the Rust tree approves',
    );
  });

  it('cuts a long group with a pointer to the rest', () => {
    const findings = Array.from({ length: 5 }, (_, i) => ({ ...unsafeFinding, line: i + 1 }));
    const [, group] = reviewBlocks(decisionWith({ findings }), new Set(), 'the job summary', LINK);
    expect(renderBlock(group, 2)).toMatch(/regs\.rs#L2\): [^\n]*\n\n- … 3 more \(the job summary\)$/);
  });

  it('notes the places the checks could not decide, three named and the rest counted', () => {
    const unchecked = Array.from({ length: 5 }, (_, i) => ({
      check: 'safety-comment' as const,
      path: 'rust/kernel/a.rs',
      line: 10 * (i + 1),
      reason: 'the lines above are not in the diff',
    }));
    const text = render(decisionWith({ review: { unchecked } }));
    expect(text).toBe(
      '#### Rust review\n\nNot checked: `rust/kernel/a.rs:10`, `rust/kernel/a.rs:20`, `rust/kernel/a.rs:30` and 2 more — the lines above them are not in the diff, so a safety comment there could not be seen.',
    );
    expect(render(decisionWith({ review: { unchecked: unchecked.slice(0, 1) } }))).toContain(
      'Not checked: `rust/kernel/a.rs:10` — the lines above it are not in the diff',
    );
  });
});

describe('reviewBlocks (docs/RUST-REVIEW.md, "Interface routing")', () => {
  const phy: InterfaceRoute = {
    direction: 'c-to-rust',
    rust: 'rust/kernel/net/phy.rs',
    header: 'include/linux/phy.h',
    owners: ['ETHERNET PHY LIBRARY [RUST]'],
    reviewers: ['fujita', 'tmgross'],
  };
  const blk: InterfaceRoute = {
    direction: 'rust-to-c',
    rust: 'rust/helpers/blk.c',
    header: 'include/linux/blkdev.h',
    owners: [],
    reviewers: [],
  };

  it('a table of what changed, the other side, and who was asked: only requested people are mentioned', () => {
    expect(render(decisionWith({ interfaces: [phy, blk] }), ['fujita'])).toBe(
      [
        '#### Interfaces',
        '',
        '| Changed | Because of | Asked (interface) |',
        '| --- | --- | --- |',
        '| `include/linux/phy.h` | `rust/kernel/net/phy.rs` | ETHERNET PHY LIBRARY \\[RUST\\]: @fujita, `tmgross` |',
        '| `rust/helpers/blk.c` | `include/linux/blkdev.h` | — |',
      ].join('\n'),
    );
  });

  it('notes interface files that were not read, singular and plural', () => {
    expect(render(decisionWith({ review: { interfaceFilesNotRead: 1 } }))).toBe(
      'Interface routing read the first files only: 1 more interface file was not read (over the cap of 500, or not text).',
    );
    expect(render(decisionWith({ review: { interfaceFilesNotRead: 7 } }))).toContain(
      '7 more interface files were not read',
    );
  });
});
