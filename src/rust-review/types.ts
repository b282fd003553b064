/**
 * The Rust checks on a diff (docs/RUST-REVIEW.md, "Checks"): what they are called, how strict each is, and
 * what they find. Plain data shared by the checks (this folder), routing (which turns findings into routes,
 * labels and holds) and the reports.
 */
import type { CheckId } from '../model.js';

export {
  CHECK_IDS,
  CHECK_LEVELS,
  DEFAULT_RUST_REVIEW,
  type CheckId,
  type CheckLevel,
  type RustReviewPolicy,
} from '../model.js';

/** What the checks find, before routing gives it a severity and a subsystem. */
export interface RawFinding {
  check: CheckId;
  /** Repository path of the file (the new path of a rename). */
  path: string;
  /** 1-based line in the new version of the file; null where the change has none (a removed file). */
  line: number | null;
  /** One sentence, for the annotation and the comment. */
  message: string;
}

/** A finding as the reports and `findings[]` show it (docs/RUST-REVIEW.md, "Findings"). */
export interface Finding extends RawFinding {
  severity: 'warn' | 'block';
  /** The Rust tree (the policy's `core` subsystem), which lifts a blocking finding; null when there is none. */
  subsystem: string | null;
}

/** A place a check could not decide: the lines above it are not in the diff. Reported as a note. */
export interface Unchecked {
  check: CheckId;
  path: string;
  /** The line in the new file; null for a whole file (its diff text was not given). */
  line: number | null;
  /** Why not: e.g. "the lines above are not in the diff". */
  reason: string;
}
