/**
 * The sticky PR comment (docs/GATE.md, "The sticky comment"). A pure function of the decision — no timings, links or live review
 * state — so an unchanged PR renders byte-identical and the action needs no write.
 */
import type { RoutingDecision } from '../routing/types.js';
import { decisionBlocks, type NotRequested } from './decision-blocks.js';
import { fitBlocks, paragraph } from './fit-sections.js';
import type { LineLink } from './review-blocks.js';
import { NO_RUST_SENTENCE } from './verdict.js';

/** The hidden marker the action finds its comment by (together with the comment's author being its bot). */
export const COMMENT_MARKER = '<!-- rust-patch-router -->';

/** GitHub rejects longer comment bodies. */
export const GITHUB_MAX_COMMENT_LENGTH = 65_536;

export interface RenderCommentOptions {
  /** The hidden first line. Optional; defaults to COMMENT_MARKER. */
  marker?: string;
  /** Longest body in UTF-16 code units (never more than GitHub counts). Optional; defaults to 65,536. */
  maxLength?: number;
  /** Asked but not requested, so named without @ (see NotRequested). Optional; defaults to none. */
  notRequested?: NotRequested;
  /** Where cut rows can be read in full. Optional; defaults to the job summary (the action's). */
  pointer?: string;
  /**
   * The first rendering of this change, with no earlier comment to correct (the CLI): a change without Rust
   * gets the full body, not the short "no longer changes Rust code" notice the action edits an old comment to.
   * Optional; defaults to false.
   */
  fresh?: boolean;
  /** Where a finding's line can be read (a blob URL at the head commit). Optional; defaults to `path:line` only. */
  lineLink?: LineLink;
}

/** Where the rows cut from the comment can be read in full. */
const POINTER = 'see the job summary';

/**
 * Renders the comment: marker, verdict and its sentence, the subsystem table, then detail. Past `maxLength` the
 * per-file detail is cut first, then the other lists, each with a pointer to the job summary. A decision with
 * no Rust files and no holds renders the short "no Rust any more" body, which the action puts in place of an
 * earlier comment rather than deleting it.
 *
 * @example renderComment(decision).split('\n')[0] // → '<!-- rust-patch-router -->'
 */
export function renderComment(decision: RoutingDecision, options: RenderCommentOptions = {}): string {
  const marker = options.marker ?? COMMENT_MARKER;
  const max = options.maxLength ?? GITHUB_MAX_COMMENT_LENGTH;
  const pointer = options.pointer ?? POINTER;
  if (!options.fresh && !commentWanted(decision)) return `${marker}\n${NO_RUST_SENTENCE}\n`;
  const blocks = [paragraph(marker), ...decisionBlocks(decision, pointer, options.notRequested, options.lineLink)];
  // The marker is its own block but must stay the first line: the separator's blank line is harmless in HTML.
  return `${fitBlocks(blocks, max - 1, (text) => text.length, `\n\n*… cut to fit a comment: ${pointer}.*`)}\n`;
}

/**
 * Whether a PR calls for the comment: it touches Rust, something holds it, or it edits the policy (its
 * reviewers need the entries it changes and the PRs it re-routes). Otherwise an existing comment is brought up
 * to date (it says the Rust is gone) but none is created.
 *
 * @example commentWanted(decisionOfCOnlyPr) // → false
 */
export function commentWanted(decision: RoutingDecision): boolean {
  return (
    decision.rustFiles.length > 0 ||
    decision.holds.length > 0 ||
    decision.policyReview !== undefined ||
    (decision.findings?.length ?? 0) > 0 ||
    (decision.interfaces?.length ?? 0) > 0
  );
}
