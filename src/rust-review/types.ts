/**
 * The Rust checks on a diff (docs/RUST-REVIEW.md, "Checks"): what they are called, how strict each is, and
 * what they find. Plain data shared by the checks (this folder), routing (which turns findings into routes,
 * labels and holds) and the reports.
 */

/** The check ids, as the policy's `rust.checks` and the JSON name them. */
export type CheckId = 'safety-comment' | 'unstable-feature' | 'toolchain';
export const CHECK_IDS: readonly CheckId[] = ['safety-comment', 'unstable-feature', 'toolchain'];

/** `off`: not run; `warn`: annotation, comment row, JSON; `block`: as warn, and a hold of the Rust tree. */
export type CheckLevel = 'off' | 'warn' | 'block';
export const CHECK_LEVELS: readonly CheckLevel[] = ['off', 'warn', 'block'];

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
  line: number;
  /** Why not: e.g. "the lines above are not in the diff". */
  reason: string;
}

/** The policy's `rust:` keys the checks and interface routing read (docs/POLICY.md, "rust"). */
export interface RustReviewPolicy {
  checks: Record<CheckId, CheckLevel>;
  /** Files holding the allowed unstable features (`rust.features-files`): any change is a finding. */
  featuresFiles: string[];
  /** Files pinning the toolchain (`rust.toolchain-files`). */
  toolchainFiles: string[];
  /** Files naming the C that Rust wraps (`rust.interface-files`). */
  interfaceFiles: string[];
}

export const DEFAULT_RUST_REVIEW: RustReviewPolicy = {
  checks: { 'safety-comment': 'warn', 'unstable-feature': 'warn', toolchain: 'warn' },
  featuresFiles: ['scripts/Makefile.build'],
  toolchainFiles: ['scripts/min-tool-version.sh', 'rust-toolchain', 'rust-toolchain.toml'],
  interfaceFiles: ['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**/*.rs'],
};
