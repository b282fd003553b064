/**
 * Check `safety-comment` (docs/RUST-REVIEW.md, "safety-comment"): every added `unsafe` block and
 * `unsafe impl` has a `// SAFETY:` comment on its line or just above, and every added `pub unsafe fn` a
 * `# Safety` section in its doc comment. Where the lines that would hold the comment are not in the diff,
 * the place is unchecked, never a finding ("What the checks can see").
 */
import type { Hunk } from '../diff/types.js';
import { findUnsafe, type UnsafeSite } from './find-unsafe.js';
import { addedLineIncludes, knownRuns } from './known-runs.js';
import { type LexedComment, type LexedLine, lexRust } from './lex-rust.js';
import type { ReviewSink } from './review-sink.js';

type Verdict = 'explained' | 'missing' | 'unknown';

/** `SAFETY:` opening a comment's text; `*` and blanks before it are a block comment's margin. */
const SAFETY = /^[\s*]*SAFETY:/;
/** A `# Safety` heading in a doc comment, at any level. */
const SAFETY_SECTION = /^[\s/!*]*#+\s*Safety\b/;
/** How far up a multi-line attribute's `#[` is looked for. */
const MAX_ATTRIBUTE_LINES = 20;

const MESSAGES: Record<UnsafeSite['kind'], (site: UnsafeSite) => string> = {
  block: () => '`unsafe` block without a `// SAFETY:` comment just above it',
  impl: () => '`unsafe impl` without a `// SAFETY:` comment just above it',
  'pub-fn': (site) => `\`pub unsafe fn ${site.name}\` without a \`# Safety\` section in its doc comment`,
};

const UNKNOWN_REASONS: Record<UnsafeSite['kind'], string> = {
  block: 'the lines just above this `unsafe` block are not in the diff, so its `// SAFETY:` comment cannot be seen',
  impl: 'the lines just above this `unsafe impl` are not in the diff, so its `// SAFETY:` comment cannot be seen',
  'pub-fn':
    'the doc comment of this `pub unsafe fn` is not wholly in the diff, so its `# Safety` section cannot be seen',
};

/**
 * Checks the added lines of one Rust file. One finding per line and kind: two bare blocks on one line are
 * one thing to fix.
 */
export function checkSafetyComments(path: string, hunks: readonly Hunk[], sink: ReviewSink): void {
  for (const run of knownRuns(hunks)) {
    // Every finding and unchecked place is an `unsafe` on an added line.
    if (!addedLineIncludes(run, 'unsafe')) continue;
    const lexed = lexRust(run.lines);
    const { sites, undecided } = findUnsafe(lexed.map((line) => line.code));
    const seen = new Set<string>();
    for (const site of sites) {
      const key = `${site.kind}:${site.line}`;
      if (!run.added[site.line] || seen.has(key)) continue;
      seen.add(key);
      let verdict = site.kind === 'pub-fn' ? safetySection(lexed, site.itemLine) : safetyComment(lexed, site.line);
      // A run that starts at line 1 has nothing above it: what it lacks is missing, not unseen.
      if (verdict === 'unknown' && run.start === 1) verdict = 'missing';
      const line = run.start + site.line;
      if (verdict === 'missing')
        sink.findings.push({ check: 'safety-comment', path, line, message: MESSAGES[site.kind](site) });
      if (verdict === 'unknown')
        sink.unchecked.push({ check: 'safety-comment', path, line, reason: UNKNOWN_REASONS[site.kind] });
    }
    for (const index of new Set(undecided)) {
      if (!run.added[index]) continue;
      const reason = 'what follows this `unsafe` is not in the diff, so whether it is a block cannot be told';
      sink.unchecked.push({ check: 'safety-comment', path, line: run.start + index, reason });
    }
  }
}

/**
 * A `// SAFETY:` comment on the line itself, or in the block of comment-only lines directly above it (the
 * SAFETY paragraph may follow other comment lines, and run over several). Code or a blank line ends the
 * block: a SAFETY comment above those explains something else. Reaching the run's top inside the block is
 * "unknown": it may go on above.
 */
function safetyComment(lexed: readonly LexedLine[], at: number): Verdict {
  if (lexed[at].comments.some(isSafetyComment)) return 'explained';
  let i = at - 1;
  for (; i >= 0 && isCommentOnly(lexed[i]); i--) {
    if (lexed[i].comments.some(isSafetyComment)) return 'explained';
  }
  return i < 0 ? 'unknown' : 'missing';
}

/**
 * A `# Safety` heading in the doc comment above the item at `itemLine`, past attributes (`#[inline]`,
 * `#[must_use]`, also over several lines) and plain comments between the doc and the item.
 */
function safetySection(lexed: readonly LexedLine[], itemLine: number): Verdict {
  let i = itemLine - 1;
  while (i >= 0) {
    const line = lexed[i];
    const code = line.code.trim();
    if (code === '' && line.comments.length > 0) {
      if (line.comments.some((comment) => comment.doc && SAFETY_SECTION.test(comment.text))) return 'explained';
      i--;
    } else if (code.startsWith('#[')) {
      i--;
    } else if (code.endsWith(']')) {
      const start = attributeStart(lexed, i);
      if (start === null) break;
      i = start - 1;
    } else break;
  }
  return i < 0 ? 'unknown' : 'missing';
}

/**
 * The line where the attribute ending on `end` opens with `#[`; null if it is not an attribute. When the
 * search reaches the run's top, 0: the caller then stands at the top, where it cannot tell.
 */
function attributeStart(lexed: readonly LexedLine[], end: number): number | null {
  for (let k = end; k >= 0 && k > end - MAX_ATTRIBUTE_LINES; k--) {
    if (lexed[k].code.trim().startsWith('#[')) return k;
  }
  return end < MAX_ATTRIBUTE_LINES ? 0 : null;
}

function isCommentOnly(line: LexedLine): boolean {
  return line.comments.length > 0 && line.code.trim() === '';
}

/** A plain comment opening with `SAFETY:`; a doc comment documents the item, it does not justify the block. */
function isSafetyComment(comment: LexedComment): boolean {
  return !comment.doc && SAFETY.test(comment.text);
}
