/**
 * The job summary of a sweep or a relay (docs/GATE.md, "The sweep"): what was swept, how many PRs were
 * re-decided and what changed, which could not be decided, and where a stopped sweep stopped. Each PR's
 * full decision is on the PR itself (its comment and status); this lists only the PRs something happened to.
 */
import type { Verdict } from '../routing/types.js';
import { escapeMarkdown } from './escape.js';

/** One PR of the sweep, as the summary shows it. */
export interface SweptPull {
  number: number;
  result: 'unchanged' | 'updated' | 'superseded' | 'error';
  verdict: Verdict | null;
  writes: string[];
  diffRead: string | null;
  error?: string;
}

/** A sweep as the summary shows it. */
export interface SweepSummary {
  trigger: string;
  scope: string;
  skipped: string | null;
  outcomes: readonly SweptPull[];
  open: number;
  stopped: { before: number | null; reason: string } | null;
  limited: boolean;
  policyErrors: readonly string[];
}

/** Rows listed at most: a sweep that changes more says how many it leaves out. */
const MAX_ROWS = 200;

/**
 * @example renderSweepSummary({ trigger: 'schedule', scope: 'every open pull request', outcomes: [...], open: 500, … })
 *   // → '## rust-patch-router sweep\n\n**schedule**: every open pull request. 500 open; 500 re-decided: 2 updated, …'
 */
export function renderSweepSummary(sweep: SweepSummary, options: { dryRun?: boolean } = {}): string {
  const lines = ['## rust-patch-router sweep', ''];
  const head = `**${escapeMarkdown(sweep.trigger)}**: ${escapeMarkdown(sweep.scope)}.`;
  if (sweep.skipped !== null) {
    lines.push(head, '', escapeMarkdown(sweep.skipped), '');
    return lines.join('\n');
  }
  const count = (result: SweptPull['result']) => sweep.outcomes.filter((o) => o.result === result).length;
  const updated = options.dryRun ? 'would update' : 'updated';
  lines.push(
    `${head} ${sweep.open} open; ${sweep.outcomes.length} re-decided: ${count('updated')} ${updated}, ` +
      `${count('unchanged')} unchanged, ${count('superseded')} moved on meanwhile, ${count('error')} could not be decided.`,
    '',
  );
  const diffs = sweep.outcomes.filter((o) => o.diffRead !== null).length;
  if (diffs > 0) lines.push(`Files read with their patches for ${diffs} of them (the others from GraphQL alone).`, '');
  if (sweep.stopped !== null) {
    const where =
      sweep.stopped.before === null ? 'before the next page of pull requests' : `before #${sweep.stopped.before}`;
    lines.push(
      `⏸️ Stopped ${where}: ${escapeMarkdown(sweep.stopped.reason)}. The next sweep starts over: the pull requests ` +
        'decided here already show their decision and cost it no write, so it goes on from here.',
      '',
    );
  }
  if (sweep.limited)
    lines.push(`Only the ${sweep.outcomes.length} newest pull requests were swept (input \`sweep-limit\`).`, '');
  for (const error of sweep.policyErrors) lines.push(`❌ The policy could not be read: ${escapeMarkdown(error)}`, '');
  const rows = sweep.outcomes.filter((o) => o.result !== 'unchanged');
  if (rows.length > 0) {
    lines.push('| PR | Verdict | Result | Written |', '| --- | --- | --- | --- |');
    for (const row of rows.slice(0, MAX_ROWS)) {
      const written = row.result === 'error' ? (row.error ?? '') : row.writes.join('; ');
      lines.push(
        `| #${row.number} | ${row.verdict ?? '—'} | ${row.result} | ${escapeMarkdown(written.split('\n')[0]) || '—'} |`,
      );
    }
    if (rows.length > MAX_ROWS) lines.push('', `… and ${rows.length - MAX_ROWS} more.`);
    lines.push('');
  }
  return lines.join('\n');
}
