/**
 * The decision: what routing returns, what reports render, what the action applies, what `--format json`
 * prints (docs/ROUTING.md, "The JSON shape": `files`, `mentioned`, `labels`, `reviewers`, `teamReviewers`, `blocked`, `holds` are the
 * documented shape; the other keys add detail for reports).
 */
import type { KeywordScan } from '../keywords/keyword-index.js';
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
