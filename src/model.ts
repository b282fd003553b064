/**
 * The policy as the core sees it, whatever file it came from (maintainers.yml, a kernel MAINTAINERS, or both
 * merged). Plain data: parsers produce it, the matcher compiles it, routing reads it.
 */

/** A subsystem's position on Rust code (docs/ROUTING.md, "Stances"). */
export type Stance = 'core' | 'opt-in' | 'opt-out' | 'undecided';
export const STANCES: readonly Stance[] = ['core', 'opt-in', 'opt-out', 'undecided'];

/** Strictest first, for `stance-resolution: strictest`. */
export const STANCE_STRICTNESS: Readonly<Record<Stance, number>> = { 'opt-out': 3, undecided: 2, 'opt-in': 1, core: 0 };

/** Where a piece of policy was written: file and 1-based line/column. */
export interface Origin {
  file: string;
  line: number;
  col: number;
}

/**
 * A path pattern. `kernel` patterns mean what get_maintainer.pl makes of them (F:/X: lines, and
 * maintainers.yml patterns without glob-only syntax); `glob` patterns use minimatch's `**`, `{a,b}`.
 * `regex` patterns are N: regular expressions searched in the whole path.
 */
export interface PathPattern {
  text: string;
  dialect: 'kernel' | 'glob' | 'regex';
  origin: Origin;
}

/** A K: keyword: a (Perl) regular expression searched in the PR text and the diff's +/- lines. */
export interface KeywordPattern {
  text: string;
  origin: Origin;
}

/**
 * Someone who can be asked to review or who can lift a hold.
 * `handle` is a GitHub login (`ojeda`) or team (`rust-for-linux/reviewers`), or null when an imported
 * person has no GitHub mapping ("not on GitHub": kept, reported, never requested).
 */
export interface Person {
  handle: string | null;
  /** How the policy wrote them: a login, `org/team`, or `Name <email>` from MAINTAINERS. */
  display: string;
  email?: string;
  /** Where a MAINTAINERS M:/R: line named them (get_maintainer.pl lists people in file order). Optional. */
  origin?: Origin;
}

/** Where a subsystem's stance came from, for the report. */
export type StanceSource = 'policy' | 'import-stances' | 'rust-tag' | 'kernel-default';

/** One section of MAINTAINERS or one entry of `subsystems:`. */
export interface Subsystem {
  name: string;
  /** The stated stance; undefined means "states none" (routing then uses the policy's default). */
  stance?: Stance;
  stanceSource?: StanceSource;
  maintainers: Person[];
  reviewers: Person[];
  /** F: / files: */
  files: PathPattern[];
  /** X: / exclude: */
  exclude: PathPattern[];
  /** N: / names: */
  names: PathPattern[];
  /** K: / keywords: */
  keywords: KeywordPattern[];
  /** Extra labels this subsystem puts on PRs it owns or is mentioned by. */
  labels: string[];
  /** S: / status: (free text: Supported, Maintained, Odd Fixes, Orphan, Obsolete…) */
  status?: string;
  /** The section header line, or the `- name:` entry. */
  origin: Origin;
  /** Other MAINTAINERS tags kept for the report (L, W, Q, B, C, P, T), by tag letter. */
  tags: Record<string, string[]>;
}

export interface StatusLabels {
  core: string | null;
  'opt-in': string | null;
  'needs-ack': string | null;
  blocked: string | null;
  /** On PRs with an unstable-feature finding (docs/RUST-REVIEW.md, "unstable-feature"). */
  'unstable-feature': string | null;
  /** On PRs with a toolchain finding. */
  toolchain: string | null;
  /** On PRs changing a C header that Rust code binds (c-to-rust). */
  'bindings-affected': string | null;
}

export const DEFAULT_STATUS_LABELS: StatusLabels = {
  core: 'rust: core',
  'opt-in': 'rust',
  'needs-ack': 'rust: needs-ack',
  blocked: 'rust: blocked',
  'unstable-feature': 'rust: unstable-feature',
  toolchain: 'rust: toolchain',
  'bindings-affected': 'rust: bindings-affected',
};

/** GitHub rejects longer label names with 422. */
export const GITHUB_MAX_LABEL_LENGTH = 50;

export interface Policy {
  version: 1;
  /** Globs that make a path a Rust change (`rust.files`, default `**\/*.rs`). */
  rustFiles: PathPattern[];
  /** `rust.checks`, `rust.features-files`, `rust.toolchain-files`, `rust.interface-files` (docs/RUST-REVIEW.md). */
  rustReview: RustReviewPolicy;
  defaultStance: Stance;
  stanceResolution: 'most-specific' | 'strictest';
  labels: StatusLabels;
  /** Subsystems in file order (imported ones first, then `subsystems:`), names unique. */
  subsystems: Subsystem[];
  /** Paths (repository-relative) of the files this policy was read from: a PR touching them changes policy. */
  sources: string[];
  /** People from an import with no GitHub mapping, reported once. */
  notOnGitHub: string[];
}

/** The Rust checks (docs/RUST-REVIEW.md, "Checks"): part of the policy, so defined here; src/rust-review runs them. */
/** The check ids, as the policy's `rust.checks` and the JSON name them. */
export type CheckId = 'safety-comment' | 'unstable-feature' | 'toolchain';
export const CHECK_IDS: readonly CheckId[] = ['safety-comment', 'unstable-feature', 'toolchain'];

/** `off`: not run; `warn`: annotation, comment row, JSON; `block`: as warn, and a hold of the Rust tree. */
export type CheckLevel = 'off' | 'warn' | 'block';
export const CHECK_LEVELS: readonly CheckLevel[] = ['off', 'warn', 'block'];

/** The policy's `rust:` keys the checks and interface routing read (docs/POLICY.md, "Rust keys"). */
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
