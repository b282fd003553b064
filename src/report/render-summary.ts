/**
 * The job summary (docs/GATE.md, "The job summary"): the comment's content plus the policy commit it was routed by, timings and
 * notes from applying the decision. Unlike the comment it may change on every run.
 */
import type { RoutingDecision } from '../routing/types.js';
import { decisionBlocks, type NotRequested } from './decision-blocks.js';
import type { LineLink } from './review-blocks.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import { fitBlocks, paragraph, type Block } from './fit-sections.js';

/** GitHub's limit for one step's summary, in bytes. */
export const GITHUB_MAX_SUMMARY_BYTES = 1024 * 1024;

export interface SummaryContext {
  /** The base commit the policy was read at. */
  policyCommit: string;
  /** The policy file, repository-relative. */
  policyFile: string;
  /** Milliseconds per step, shown in insertion order. */
  timings: Record<string, number>;
  /** What happened when applying (labels or reviewers that failed, report-only mode…). Optional. */
  notes?: string[];
  /** Asked but not requested, so named without @ (see NotRequested). Optional; defaults to none. */
  notRequested?: NotRequested;
  /** Where a finding's line can be read. Optional; defaults to `path:line` only. */
  lineLink?: LineLink;
}

/** Where rows cut from the summary can be read in full. */
const POINTER = 'the `report` output has the complete decision';

/**
 * Renders the summary within 1 MiB (UTF-8), cutting the per-file detail first like the comment does.
 *
 * @example renderSummary(decision, { policyCommit: 'abc123', policyFile: 'maintainers.yml', timings: { route: 3 } })
 *   // → '## rust-patch-router\n\n### ✅ Routed\n\n…\n\nPolicy `maintainers.yml` at `abc123`.\n\n| Step | Time |…'
 */
export function renderSummary(decision: RoutingDecision, context: SummaryContext): string {
  const blocks: Block[] = [
    paragraph('## rust-patch-router'),
    ...decisionBlocks(decision, POINTER, context.notRequested, context.lineLink),
  ];
  const notes = context.notes ?? [];
  if (notes.length > 0) {
    blocks.push({
      head: '**Notes**\n\n',
      items: notes.map((note) => `- ${escapeMarkdown(note)}`),
      joiner: '\n',
      tail: '',
      more: (cut) => `- … ${cut} more (${POINTER})`,
      cutOrder: 3,
    });
  }
  blocks.push(paragraph(`Policy ${codeSpan(context.policyFile)} at ${codeSpan(context.policyCommit)}.`));
  const timings = Object.entries(context.timings);
  if (timings.length > 0) {
    blocks.push({
      head: '| Step | Time |\n| --- | ---: |\n',
      items: timings.map(([step, ms]) => `| ${escapeMarkdown(step)} | ${formatMilliseconds(ms)} |`),
      joiner: '\n',
      tail: '',
      more: (cut) => `\n*… ${cut} more steps*`,
      cutOrder: 1,
    });
  }
  const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');
  return `${fitBlocks(blocks, GITHUB_MAX_SUMMARY_BYTES - 1, bytes, `\n\n*… cut to fit the job summary: ${POINTER}.*`)}\n`;
}

function formatMilliseconds(ms: number): string {
  return Number.isFinite(ms) ? `${Math.round(ms)} ms` : '—';
}
