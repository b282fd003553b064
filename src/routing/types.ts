/**
 * The decision: what routing returns, what reports render, what the action applies, what `--format json`
 * prints (docs/ROUTING.md, "The JSON shape": `files`, `mentioned`, `labels`, `reviewers`, `teamReviewers`, `blocked`, `holds` are the
 * documented shape; the other keys add detail for reports).
 */
import type { Origin, Stance, StanceSource } from '../model.js';

export type FileDecisionKind = 'core' | 'opt-in' | 'needs-ack' | 'blocked' | 'owners' | 'unowned';

/** Why a path went where it went: the pattern and where it was written. */
export interface Reason {
  subsystem: string;
  pattern: string;
  origin: Origin;
  /** Human sentence, e.g. `"rust/kernel/block/" (MAINTAINERS:3941) → BLOCK LAYER DEVICE DRIVER API [RUST], stance opt-in ([RUST] in its name)`. */
  text: string;
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
  /** The maintainer logins whose latest review is APPROVED; empty while the hold stands. */
  liftedBy: string[];
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

export interface KeywordScan {
  scannedBytes: number;
  totalBytes: number;
  /** True when the text was longer than the scan budget: keywords past the cap were not looked for. */
  capped: boolean;
}

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
  /** Requests cut by max-reviewers, most specific kept. */
  reviewersCapped: string[];
  rustFiles: string[];
  /** Stance changes proposed by a PR that edits the policy (it is routed by the base policy); set by the caller. */
  policyChanges?: StanceChange[];
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
}
