/**
 * The decision: what routing returns, what reports render, what the action applies, what `--format json`
 * prints (docs/ROUTING.md, "The JSON shape": `files`, `mentioned`, `labels`, `reviewers`, `teamReviewers`, `blocked`, `holds` are the
 * documented shape; the other keys add detail for reports).
 */
import type { InterfaceMap, InterfaceRoute } from '../interfaces/types.js';
import type { KeywordScan } from '../keywords/keyword-index.js';
import type { CheckId, Finding, Unchecked } from '../rust-review/types.js';
import type { Origin, Stance, StanceSource } from '../model.js';

export type FileDecisionKind = 'core' | 'opt-in' | 'needs-ack' | 'blocked' | 'owners' | 'unowned';

/**
 * Why a path went where it went: the deciding pattern, where it was written, and what else decided. Plain
 * data; reports word it (report/reason-text.ts: `"rust/kernel/block/" (MAINTAINERS:3941) → BLOCK LAYER DEVICE
 * DRIVER API [RUST], stance opt-in ([RUST] in its name)`). Routing shares one Reason between every path it
 * applies to (shared-values.ts): never mutate one.
 */
export interface Reason {
  subsystem: string;
  pattern: string;
  origin: Origin;
  /** The pattern is a fallback's (THE REST): nothing more specific owns the path. */
  fallback: boolean;
  /** What decided besides the pattern: for a non-Rust path how many subsystems own it, for a Rust path its stance. */
  by: OwnersReason | StanceReason;
}

/** A non-Rust path: the most specific of `owners` owners decides (the others are asked too). */
export interface OwnersReason {
  owners: number;
}

/** A Rust path: the deciding owner's stance, where it came from, and how many owners' stances were weighed. */
export interface StanceReason {
  stance: Stance;
  source: StanceSource | 'default';
  /** 1 under `stance-resolution: most-specific`; every owner under `strictest`. */
  weighed: number;
}

export interface FileDecision {
  path: string;
  previousPath?: string;
  rust: boolean;
  /** Every subsystem whose path patterns match, most specific first, fallbacks included. */
  subsystems: string[];
  /** The stance that decided a Rust path; null for non-Rust or unowned paths. */
  stance: Stance | null;
  stanceSource: StanceSource | 'default' | null;
  decision: FileDecisionKind;
  /** The subsystem that decides: for Rust the stance owner, otherwise the most specific owner. */
  owner: string | null;
  reason: Reason | null;
}

export interface Hold {
  subsystem: string;
  stance: 'opt-out' | 'undecided';
  files: string[];
  /** Handles (logins, `org/team`) of the maintainers whose approval lifts it. */
  canLift: string[];
  /**
   * The maintainers whose ack lifts it: their latest verdict is APPROVED, of the head commit or of a commit
   * whose changes to the held files are the same, and they can write to the repository. Empty while the hold
   * stands.
   */
  liftedBy: string[];
  /** Approvals given before the held files last changed: they no longer count (docs/GATE.md, "Acks"). */
  droppedAcks: DroppedAck[];
  /** Maintainers who approved but cannot lift a hold: no write access to the repository. */
  cannotAck: CannotAck[];
  /**
   * Set on the Rust tree's hold over findings of checks set to `block`
   * (docs/RUST-REVIEW.md, "Holds from checks"): which checks. Such a hold reads as `opt-out` (blocked); `files` are the findings' files.
   */
  checks?: CheckId[];
}

/** An approval of an earlier commit that no longer covers the held files. */
export interface DroppedAck {
  login: string;
  /** The commit they approved. */
  commit: string;
  /** The held files changed since (or that could not be compared). */
  files: string[];
}

/** A maintainer whose approval cannot lift a hold, and why (e.g. "no write access"). */
export interface CannotAck {
  login: string;
  reason: string;
}

/** One row of the per-subsystem table in the comment and summary. */
export interface SubsystemReport {
  name: string;
  stance: Stance | null;
  stanceSource: StanceSource | 'default' | null;
  files: string[];
  /** Handles asked for review because of this subsystem (after author exclusion and the cap). */
  asked: string[];
  /** Maintainers/reviewers with no GitHub mapping: shown, never requested. */
  notOnGitHub: string[];
  mentioned: boolean;
  labels: string[];
}

export type Verdict = 'routed' | 'needs-ack' | 'blocked';

export interface RoutingDecision {
  files: FileDecision[];
  mentioned: string[];
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  blocked: boolean;
  holds: Hold[];
  verdict: Verdict;
  /** The labels this policy manages (status labels + every label it names): the only ones ever removed. */
  managedLabels: string[];
  subsystems: SubsystemReport[];
  keywordScan: KeywordScan;
  /**
   * Every K: line that matched (owning subsystems' included), where it is written and the line it matched.
   * routeChanges always sets it; optional for decisions built by hand.
   */
  keywordHits?: KeywordMatch[];
  /** Requests cut by max-reviewers, most specific kept. */
  reviewersCapped: string[];
  rustFiles: string[];
  /** Stance changes proposed by a PR that edits the policy (it is routed by the base policy); set by the caller. */
  policyChanges?: StanceChange[];
  /** The Rust checks' findings (docs/RUST-REVIEW.md, "Findings"); routeChanges always sets it. */
  findings?: Finding[];
  /** Rust ↔ C pairs the change touches and who was asked because of each; routeChanges always sets it. */
  interfaces?: InterfaceRoute[];
  /** What the Rust review could not do or decide, for the report's notes; routeChanges always sets it. */
  review?: ReviewNotes;
  /**
   * For a PR that edits the policy: the entries it changes (whose maintainers are asked) and the open PRs the
   * proposed policy would route differently (docs/GATE.md, "Policy-editing pull requests"); set by the caller.
   */
  policyReview?: PolicyReview;
}

/** The Rust review's notes: what it could not check, and what it could not read. */
export interface ReviewNotes {
  /** Places a check could not decide (the lines above are not in the diff). */
  unchecked: Unchecked[];
  /** Labels of the review that no hold changes (re-applied when holds are lifted). */
  labels: string[];
  /**
   * Interface routing was called for (an interface file or a C header changed) but not done: no Rust ↔ C map
   * was given (the CLI without a source tree).
   */
  interfacesNotRouted: boolean;
  /** Interface files not read (over the cap or unreadable). */
  interfaceFilesNotRead: number;
}

/** What a policy edit changes, for its reviewers. */
export interface PolicyReview {
  /** The entries added, removed or changed. */
  entries: EntryChange[];
  /** The maintainers of those entries asked for review (added to `reviewers`/`teamReviewers`). */
  asked: string[];
  /** Entry maintainers past the cap, not asked. */
  notAsked: string[];
  /** Open PRs (other than this one) the proposed policy routes differently, newest first. */
  reroutes: Reroute[];
  /** How many open PRs were compared, and how many target the branch in all. */
  compared: number;
  openPulls: number;
  /** True when some compared PR had more paths than were read (its first 100 only). */
  partial: boolean;
}

/** One entry that differs between the base and the proposed policy. */
export interface EntryChange {
  subsystem: string;
  change: 'added' | 'removed' | 'changed';
  /** What differs (`files`, `maintainers`, `stance`…); empty for added/removed. */
  fields: string[];
  /** The entry's maintainers on either side (GitHub handles), base side first. */
  maintainers: string[];
}

/** How the proposed policy would route one open PR differently from the base policy (acks not counted). */
export interface Reroute {
  number: number;
  title: string;
  verdict: { from: Verdict; to: Verdict };
  labelsAdded: string[];
  labelsRemoved: string[];
  reviewersAdded: string[];
  reviewersRemoved: string[];
}

/** A K: keyword that matched the change: whose, which, written where, and the first line it matched. */
export interface KeywordMatch {
  subsystem: string;
  pattern: string;
  origin: Origin;
  line: string;
}

/** One subsystem's stance under the base policy and under the PR's head policy; null where it does not exist. */
export interface StanceChange {
  subsystem: string;
  from: Stance | null;
  to: Stance | null;
}

export interface RouteOptions {
  /** The PR author: never requested. */
  author?: string;
  /** Logins whose latest non-COMMENTED review is APPROVED (acks/exceptions). */
  approvedBy?: readonly string[];
  /** Cap on users + teams requested. Defaults to 10. */
  maxReviewers?: number;
  /** Keyword scan budget in bytes of PR text + diff lines. Defaults to 1 MiB. */
  keywordBudgetBytes?: number;
  /**
   * Subsystems (by name) taken as mentioned by a keyword in text the caller did not supply: the sweep, which
   * reads no diff for an unchanged PR, carries over the mentions its labels show (docs/GATE.md, "The sweep").
   * Owners of a path are never mentioned. Defaults to none.
   */
  assumeMentioned?: readonly string[];
  /**
   * The Rust ↔ C map of the base commit (docs/RUST-REVIEW.md, "The Rust ↔ C map"), built once per run by the
   * caller from the interface files. Without it no interface routing is done (the report says so).
   */
  interfaceMap?: InterfaceMap;
}
