/**
 * The terminal report of `rust-patch-router route` (the get_maintainer.pl-style answer to "where does my patch
 * go?"): the verdict, one line per path with its reason, the holds, labels and reviewers.
 */
import type { FileDecision, Hold, RoutingDecision } from '../routing/types.js';
import { escapeTerminal } from './escape.js';
import { reasonText } from './reason-text.js';
import { VERDICT_TITLES, verdictSentence } from './verdict.js';

/**
 * Renders the decision for a terminal. Every value from the policy or the change is passed through
 * escapeTerminal, so a path cannot forge lines or send escape sequences.
 *
 * @example renderText(decision)
 *   // → '✅ Routed: 1 Rust file is going to …\n\nrust/kernel/str.rs → RUST (core, core)\n    "rust/" (maintainers.yml:5) → RUST, …'
 */
export function renderText(decision: RoutingDecision): string {
  const lines = [`${VERDICT_TITLES[decision.verdict]}: ${verdictSentence(decision, escapeTerminal)}`];
  if (decision.files.length > 0) lines.push('');
  // One push per file: spreading a tree-wide change's 170,000 lines into one push overflows the stack.
  for (const file of decision.files) lines.push(...fileLines(file));
  if (decision.holds.length > 0) lines.push('', 'holds:', ...decision.holds.map(holdLine));
  if (decision.mentioned.length > 0) lines.push('', `mentioned: ${list(decision.mentioned)}`);
  lines.push('', `labels: ${list(decision.labels)}`);
  lines.push(`reviewers: ${list(decision.reviewers)}`);
  if (decision.teamReviewers.length > 0) lines.push(`team reviewers: ${list(decision.teamReviewers)}`);
  if (decision.reviewersCapped.length > 0)
    lines.push(`not requested (over the cap): ${list(decision.reviewersCapped)}`);
  const notOnGitHub = decision.subsystems.flatMap((report) => report.notOnGitHub.map((p) => `${p} (${report.name})`));
  if (notOnGitHub.length > 0) lines.push(`not on GitHub: ${list(notOnGitHub, '; ')}`);
  if (decision.keywordScan.capped) {
    const { scannedBytes, totalBytes } = decision.keywordScan;
    lines.push(`keywords: only the first ${scannedBytes} of ${totalBytes} bytes were scanned`);
  }
  for (const change of decision.policyChanges ?? []) {
    lines.push(
      `policy change: ${escapeTerminal(change.subsystem)}: ${change.from ?? '(absent)'} → ${change.to ?? '(absent)'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `path → OWNER (decision, stance)`, then the reason indented. */
function fileLines(file: FileDecision): string[] {
  const from = file.previousPath === undefined ? '' : ` (renamed from ${escapeTerminal(file.previousPath)})`;
  const owner = file.owner === null ? 'nobody' : escapeTerminal(file.owner);
  const how = file.stance === null ? file.decision : `${file.decision}, ${file.stance}`;
  const reason = file.reason === null ? "no subsystem's patterns match" : escapeTerminal(reasonText(file.reason));
  return [`${escapeTerminal(file.path)}${from} → ${owner} (${how})`, `    ${reason}`];
}

function holdLine(hold: Hold): string {
  const files = `${hold.files.length} ${hold.files.length === 1 ? 'file' : 'files'}`;
  const state =
    hold.liftedBy.length > 0
      ? `lifted by ${list(hold.liftedBy)}`
      : hold.canLift.length > 0
        ? `held until ${hold.canLift.length === 1 ? '' : 'one of '}${list(hold.canLift)} approves`
        : 'held: none of its maintainers is on GitHub';
  return `  ${escapeTerminal(hold.subsystem)} (${hold.stance}, ${files}): ${state}`;
}

function list(items: readonly string[], joiner = ', '): string {
  return items.length === 0 ? '(none)' : items.map(escapeTerminal).join(joiner);
}
