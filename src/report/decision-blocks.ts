/**
 * The Markdown body shared by the sticky comment and the job summary (docs/GATE.md, "The sticky comment"): verdict first, then one table
 * row per subsystem, mentioned subsystems, labels, people not on GitHub, proposed policy changes, and the
 * per-file detail collapsed. Built as blocks so the renderers can cut the least important rows to fit.
 *
 * Only requested reviewers are @-mentioned (the request notifies them anyway); everyone else is named in code.
 */
import type {
  FileDecision,
  Hold,
  PolicyReview,
  Reroute,
  RoutingDecision,
  StanceChange,
  SubsystemReport,
} from '../routing/types.js';
import { codeSpan, escapeMarkdown, mention } from './escape.js';
import { paragraph, type Block } from './fit-sections.js';
import { fileDecisionWords, reasonText, STANCE_SOURCE_WORDS } from './reason-text.js';
import { reviewBlocks, type LineLink } from './review-blocks.js';
import { verdictHeading, verdictSentence } from './verdict.js';

/** Cut first to last when a report is too long: per-file detail goes first, the subsystem table nearly last. */
const CUT_ORDER = {
  files: 0,
  policyChanges: 1,
  capped: 2,
  notOnGitHub: 3,
  subsystems: 4,
  labels: 5,
  mentioned: 6,
  // Why an approval did not count is what a maintainer needs to act on: cut last.
  acks: 7,
};

/** Held files named per dropped ack before "and N more". */
const DROPPED_FILES_SHOWN = 5;

/** Re-routed open PRs listed by a policy edit's report before "and N more": the first few say enough. */
export const REROUTES_SHOWN = 5;

/** A dash for an empty cell: GitHub renders an empty cell, but a dash says "nothing" on purpose. */
const NONE = '—';

/**
 * Who the decision asks for review but was not requested, so must not be @-mentioned: the handles GitHub
 * refused (not collaborators, teams the token cannot see), or 'everyone' when no request went out (a draft,
 * `request-reviews: false`, a dry run). Both stay the same from run to run, so re-renders stay identical.
 */
export type NotRequested = readonly string[] | 'everyone';

/**
 * The report body as blocks. `pointer` says where the complete data is when rows are cut, e.g.
 * "see the job summary".
 */
export function decisionBlocks(
  decision: RoutingDecision,
  pointer: string,
  notRequested: NotRequested = [],
  lineLink: LineLink = () => null,
): Block[] {
  const refused = new Set(notRequested === 'everyone' ? [] : notRequested.map((h) => h.toLowerCase()));
  const asked = notRequested === 'everyone' ? [] : [...decision.reviewers, ...decision.teamReviewers];
  const requested = new Set(asked.map((h) => h.toLowerCase()).filter((h) => !refused.has(h)));
  const blocks: Block[] = [paragraph(`${verdictHeading(decision.verdict)}\n\n${verdictSentence(decision)}`)];
  // The Rust tree's hold over blocking findings is shown in its own row and the Rust review section; kept out of
  // this map, it never colours the Rust tree's own paths as held.
  const holds = new Map(decision.holds.filter((hold) => hold.checks === undefined).map((h) => [h.subsystem, h]));
  const checkHold = decision.holds.find((hold) => hold.checks !== undefined);
  // Holds first, always: the subsystems that hold the change must never fall below a cut of the table.
  const owners = holdsFirst(
    decision.subsystems.filter((report) => !report.mentioned),
    new Map(decision.holds.map((hold) => [hold.subsystem, hold])),
  );
  if (owners.length > 0) {
    blocks.push({
      head: '| Subsystem | Stance | Files | Asked | What lifts the hold |\n| --- | --- | ---: | --- | --- |\n',
      items: owners.map((report) =>
        subsystemRow(
          report,
          holds.get(report.name) ?? (report.name === checkHold?.subsystem ? checkHold : undefined),
          requested,
        ),
      ),
      joiner: '\n',
      tail: '',
      more: (cut) => `\n*… ${cut} more ${plural(cut, 'subsystem')} not shown: ${pointer}.*`,
      cutOrder: CUT_ORDER.subsystems,
    });
  }
  blocks.push(...reviewBlocks(decision, requested, pointer, lineLink));
  const ackNotes = decision.holds.flatMap((hold) => ackNoteItems(hold, requested));
  if (ackNotes.length > 0) {
    blocks.push({
      head: '**Approvals that do not lift a hold**\n\n',
      items: ackNotes,
      joiner: '\n',
      tail: '',
      more: (cut) => `\n- … ${cut} more (${pointer})`,
      cutOrder: CUT_ORDER.acks,
    });
  }
  const mentioned = decision.subsystems.filter((report) => report.mentioned);
  if (mentioned.length > 0) {
    blocks.push(
      inlineList(
        '**Mentioned** by keyword (labelled, not asked): ',
        mentioned.map((r) => `${escapeMarkdown(r.name)}${keywordsOf(decision, r.name)}`),
        CUT_ORDER.mentioned,
        pointer,
      ),
    );
  }
  if (decision.labels.length > 0) {
    blocks.push(
      inlineList(
        '**Labels:** ',
        decision.labels.map((label) => codeSpan(label)),
        CUT_ORDER.labels,
        pointer,
      ),
    );
  }
  if (decision.reviewersCapped.length > 0) {
    const capped = decision.reviewersCapped.map((handle) => codeSpan(handle));
    blocks.push(inlineList('**Not requested** (over the max-reviewers cap): ', capped, CUT_ORDER.capped, pointer));
  }
  const notOnGitHub = owners.flatMap((report) =>
    report.notOnGitHub.map((person) => `${escapeMarkdown(person)} (${escapeMarkdown(report.name)})`),
  );
  if (notOnGitHub.length > 0) {
    blocks.push(
      inlineList(
        '**Not on GitHub** (named here, never requested): ',
        notOnGitHub,
        CUT_ORDER.notOnGitHub,
        pointer,
        '; ',
      ),
    );
  }
  if (decision.keywordScan.capped) {
    const { scannedBytes, totalBytes } = decision.keywordScan;
    blocks.push(
      paragraph(
        `Keywords were looked for in the first ${scannedBytes} of ${totalBytes} bytes of the pull request's text and diff only.`,
      ),
    );
  }
  if (decision.policyChanges !== undefined && decision.policyChanges.length > 0) {
    blocks.push({
      head: '**Policy changes proposed** by this pull request (it is routed by the base policy until merged):\n\n| Subsystem | Base | Proposed |\n| --- | --- | --- |\n',
      items: decision.policyChanges.map(policyChangeRow),
      joiner: '\n',
      tail: '',
      more: (cut) => `\n*… ${cut} more ${plural(cut, 'change')} not shown: ${pointer}.*`,
      cutOrder: CUT_ORDER.policyChanges,
    });
  }
  if (decision.policyReview !== undefined)
    blocks.push(...policyReviewBlocks(decision.policyReview, requested, pointer));
  if (decision.files.length > 0) {
    const count = `${decision.files.length} ${plural(decision.files.length, 'path')}`;
    blocks.push({
      head: `<details>\n<summary>Per-file detail (${count})</summary>\n\n| Path | Rust | Decision | Owner | Matched | Why |\n| --- | --- | --- | --- | --- | --- |\n`,
      items: decision.files.map((file) => fileRow(file, file.owner === null ? undefined : holds.get(file.owner))),
      joiner: '\n',
      tail: '\n\n</details>',
      more: (cut) => `\n*… ${cut} more ${plural(cut, 'path')} not shown: ${pointer}.*`,
      cutOrder: CUT_ORDER.files,
    });
  }
  return blocks;
}

/** English plural for the counts in reports. */
export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

function inlineList(head: string, items: string[], cutOrder: number, pointer: string, joiner = ', '): Block {
  return { head, items, joiner, tail: '', more: (cut) => `… ${cut} more (${pointer})`, cutOrder };
}

function subsystemRow(report: SubsystemReport, hold: Hold | undefined, requested: ReadonlySet<string>): string {
  const stance =
    report.stance === null
      ? NONE
      : escapeMarkdown(`${report.stance} (${STANCE_SOURCE_WORDS[report.stanceSource ?? 'default']})`);
  const asked =
    report.asked.length > 0
      ? report.asked.map((handle) => mention(handle, requested, { inTable: true })).join(', ')
      : hold?.stance === 'opt-out'
        ? 'nobody (they said no)'
        : NONE;
  const cells = [escapeMarkdown(report.name), stance, String(report.files.length), asked, liftCell(hold, requested)];
  return `| ${cells.join(' | ')} |`;
}

function liftCell(hold: Hold | undefined, requested: ReadonlySet<string>): string {
  if (hold === undefined) return NONE;
  const named = (handles: string[], joiner: string): string =>
    handles.map((handle) => mention(handle, requested, { inTable: true })).join(joiner);
  if (hold.liftedBy.length > 0) return `lifted by ${named(hold.liftedBy, ', ')}`;
  if (hold.canLift.length === 0) return 'nobody on GitHub: none of its maintainers has a GitHub login';
  // Routing cannot see team membership (routing/holds.ts): say so wherever a team is offered.
  const teams = hold.canLift.some((handle) => handle.includes('/'))
    ? ' (a team member counts when listed by login)'
    : '';
  return `an approving review from ${named(hold.canLift, ' or ')}${teams}`;
}

/**
 * One list item per approval that did not lift the hold: given on a commit since which the held files
 * changed (its maintainer is asked to review again), or by someone who cannot write to the repository.
 */
function ackNoteItems(hold: Hold, requested: ReadonlySet<string>): string[] {
  const subsystem = escapeMarkdown(hold.subsystem);
  const dropped = hold.droppedAcks.map((ack) => {
    const shown = ack.files.slice(0, DROPPED_FILES_SHOWN).map((file) => codeSpan(file));
    const more = ack.files.length > DROPPED_FILES_SHOWN ? ` and ${ack.files.length - DROPPED_FILES_SHOWN} more` : '';
    const commit = /^[0-9a-f]{40}$/i.test(ack.commit) ? codeSpan(ack.commit.slice(0, 7)) : escapeMarkdown(ack.commit);
    const changed = `${shown.join(', ')}${more} changed since`;
    return `- ${mention(ack.login, requested)} approved at ${commit} for ${subsystem}; ${changed}: a new review is requested.`;
  });
  const refused = hold.cannotAck.map(
    (ack) => `- ${codeSpan(ack.login)} approved for ${subsystem} but cannot ack: ${escapeMarkdown(ack.reason)}.`,
  );
  return [...dropped, ...refused];
}

/**
 * A policy edit's review: whose entries it changes (they are asked), and the open PRs it would re-route with
 * what changes for each. PR numbers are written as code, not links: a link would put a cross-reference in
 * each listed PR's timeline, again whenever the list changes.
 */
function policyReviewBlocks(review: PolicyReview, requested: ReadonlySet<string>, pointer: string): Block[] {
  const blocks: Block[] = [];
  if (review.entries.length > 0) {
    const entries = review.entries.map((entry) => {
      const what = entry.change === 'changed' ? entry.fields.join(', ') : entry.change;
      return `${escapeMarkdown(entry.subsystem)} (${escapeMarkdown(what)})`;
    });
    const asked =
      review.asked.length > 0
        ? ` Their maintainers are asked to review: ${review.asked.map((handle) => mention(handle, requested)).join(', ')}.`
        : ' None of their maintainers has a GitHub login to ask.';
    const notAsked =
      review.notAsked.length > 0
        ? ` Not asked (too many to notify): ${review.notAsked.map((handle) => codeSpan(handle)).join(', ')}.`
        : '';
    blocks.push(
      inlineList(
        `**This PR changes ${review.entries.length} policy ${review.entries.length === 1 ? 'entry' : 'entries'}:** `,
        entries,
        CUT_ORDER.policyChanges,
        pointer,
        '; ',
      ),
    );
    blocks.push(paragraph(`${asked.trim()}${notAsked}`));
  }
  const scope =
    review.compared < review.openPulls
      ? ` of the ${review.compared} newest of ${review.openPulls} open`
      : ` of ${review.compared} open`;
  const partial = review.partial ? ', by the first 100 paths of larger ones' : '';
  const count = review.reroutes.length;
  const head = `**This change re-routes ${count} open ${plural(count, 'PR')}** (compared by paths${scope}${partial}; acks not counted)`;
  if (count === 0) {
    blocks.push(paragraph(`${head}.`));
    return blocks;
  }
  const shown = review.reroutes.slice(0, REROUTES_SHOWN).map(rerouteItem);
  if (count > REROUTES_SHOWN) shown.push(`- … and ${count - REROUTES_SHOWN} more`);
  blocks.push({
    head: `${head}:\n\n`,
    items: shown,
    joiner: '\n',
    tail: '',
    more: (cut) => `\n- … ${cut} more (${pointer})`,
    cutOrder: CUT_ORDER.policyChanges,
  });
  return blocks;
}

function rerouteItem(reroute: Reroute): string {
  const parts: string[] = [];
  if (reroute.verdict.from !== reroute.verdict.to) parts.push(`${reroute.verdict.from} → ${reroute.verdict.to}`);
  const labels = [
    ...reroute.labelsAdded.map((l) => `+${codeSpan(l)}`),
    ...reroute.labelsRemoved.map((l) => `−${codeSpan(l)}`),
  ];
  if (labels.length > 0) parts.push(`labels ${labels.join(' ')}`);
  const reviewers = [
    ...reroute.reviewersAdded.map((h) => `+${codeSpan(h)}`),
    ...reroute.reviewersRemoved.map((h) => `−${codeSpan(h)}`),
  ];
  if (reviewers.length > 0) parts.push(`reviewers ${reviewers.join(' ')}`);
  return `- ${codeSpan(`#${reroute.number}`)} ${escapeMarkdown(reroute.title)}: ${parts.join('; ')}`;
}

function policyChangeRow(change: StanceChange): string {
  const stance = (value: string | null): string => (value === null ? '(none: subsystem absent)' : value);
  return `| ${escapeMarkdown(change.subsystem)} | ${stance(change.from)} | ${stance(change.to)} |`;
}

function fileRow(file: FileDecision, hold: Hold | undefined): string {
  const path =
    file.previousPath === undefined
      ? codeSpan(file.path, { inTable: true })
      : `${codeSpan(file.path, { inTable: true })} (from ${codeSpan(file.previousPath, { inTable: true })})`;
  const decision = escapeMarkdown(fileDecisionWords(file, hold));
  const cells = [
    path,
    file.rust ? 'yes' : 'no',
    decision,
    file.owner === null ? NONE : escapeMarkdown(file.owner),
    file.subsystems.length === 0 ? NONE : file.subsystems.map(escapeMarkdown).join(', '),
    file.reason === null ? "no subsystem's patterns match" : escapeMarkdown(reasonText(file.reason)),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The owning subsystems with those holding the change first (standing holds, then lifted ones), each group in
 * the routing order (most specific first).
 */
function holdsFirst(owners: readonly SubsystemReport[], holds: ReadonlyMap<string, Hold>): SubsystemReport[] {
  const rank = (report: SubsystemReport): number => {
    const hold = holds.get(report.name);
    if (hold === undefined) return 2;
    return hold.liftedBy.length === 0 ? 0 : 1;
  };
  return owners
    .map((report, at) => ({ report, at }))
    .sort((a, b) => rank(a.report) - rank(b.report) || a.at - b.at)
    .map(({ report }) => report);
}

/** ` (K: `…` at MAINTAINERS:20190)` for each keyword of the subsystem that matched. */
function keywordsOf(decision: RoutingDecision, subsystem: string): string {
  const hits = (decision.keywordHits ?? []).filter((hit) => hit.subsystem === subsystem);
  if (hits.length === 0) return '';
  const shown = hits.map(
    (hit) => `K: ${codeSpan(hit.pattern)} at ${escapeMarkdown(`${hit.origin.file}:${hit.origin.line}`)}`,
  );
  return ` (${shown.join('; ')})`;
}
