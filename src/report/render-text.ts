/**
 * The terminal report of `rust-patch-router route` (the get_maintainer.pl-style answer to "where does my patch
 * go?"): the verdict, the holds, one entry per path (where it goes, why, and every subsystem that owns it),
 * the keywords that matched, then the people — each once, with the subsystems that ask them — and what the
 * pull request would get on GitHub (labels, review requests).
 */
import type { FileDecision, Hold, RoutingDecision } from '../routing/types.js';
import { escapeTerminal } from './escape.js';
import { fileDecisionWords, reasonText } from './reason-text.js';
import { VERDICT_TITLES, verdictSentence } from './verdict.js';

/**
 * Renders the decision for a terminal. Every value from the policy or the change is passed through
 * escapeTerminal, so a path cannot forge lines or send escape sequences; nothing else is touched, so e-mail
 * addresses copy and paste as they are.
 *
 * @example renderText(decision)
 *   // → '✅ Routed: 1 Rust file is going to …\n\nrust/kernel/str.rs → RUST (core)\n    "rust/" (maintainers.yml:5) → RUST, …'
 */
export function renderText(decision: RoutingDecision): string {
  return [...renderTextChunks(decision)].join('');
}

/**
 * The same text as a stream of lines (each with its newline), so the CLI can write a tree-wide report of
 * 100,000 paths without first building it as one string.
 */
export function* renderTextChunks(decision: RoutingDecision): Generator<string> {
  yield `${VERDICT_TITLES[decision.verdict]}: ${verdictSentence(decision, escapeTerminal)}\n`;
  const holds = new Map(decision.holds.filter((hold) => hold.checks === undefined).map((h) => [h.subsystem, h]));
  if (decision.holds.length > 0) {
    yield '\nholds:\n';
    for (const hold of decision.holds) yield `${holdLine(hold)}\n`;
  }
  if (decision.files.length > 0) yield '\n';
  for (const file of decision.files) yield fileLines(file, file.owner === null ? undefined : holds.get(file.owner));
  const keywordHits = decision.keywordHits ?? [];
  if (keywordHits.length > 0) {
    yield '\nkeywords:\n';
    const owning = new Set(decision.subsystems.filter((report) => !report.mentioned).map((report) => report.name));
    for (const hit of keywordHits) {
      const role = owning.has(hit.subsystem) ? '' : ' (mentioned: labelled, not asked)';
      yield `  ${escapeTerminal(hit.subsystem)}${role}: K: ${escapeTerminal(hit.pattern)} (${escapeTerminal(`${hit.origin.file}:${hit.origin.line}`)}) matched "${escapeTerminal(hit.line)}"\n`;
    }
  }
  yield* reviewLines(decision);
  yield* peopleLines(decision);
  yield `\nlabels: ${list(decision.labels)}\n`;
  yield `reviewers: ${list(decision.reviewers)}\n`;
  if (decision.teamReviewers.length > 0) yield `team reviewers: ${list(decision.teamReviewers)}\n`;
  if (decision.reviewersCapped.length > 0) yield `not requested (over the cap): ${list(decision.reviewersCapped)}\n`;
  if (decision.keywordScan.capped) {
    const { scannedBytes, totalBytes } = decision.keywordScan;
    yield `keywords: only the first ${scannedBytes} of ${totalBytes} bytes were scanned\n`;
  }
  for (const change of decision.policyChanges ?? []) {
    yield `policy change: ${escapeTerminal(change.subsystem)}: ${change.from ?? '(absent)'} → ${change.to ?? '(absent)'}\n`;
  }
}

/** The Rust review: findings (`path:line: check: message`), places not checked, and the interface pairs. */
function* reviewLines(decision: RoutingDecision): Generator<string> {
  const findings = decision.findings ?? [];
  if (findings.length > 0) {
    yield '\nrust review:\n';
    for (const finding of findings) {
      const where = finding.line === null ? finding.path : `${finding.path}:${finding.line}`;
      const severity = finding.severity === 'block' ? ' (blocks)' : '';
      yield `  ${escapeTerminal(where)}: ${finding.check}${severity}: ${escapeTerminal(finding.message)}\n`;
    }
  }
  for (const place of decision.review?.unchecked ?? []) {
    const where = place.line === null ? place.path : `${place.path}:${place.line}`;
    yield `  ${escapeTerminal(where)}: ${place.check} not checked: ${escapeTerminal(place.reason)}\n`;
  }
  const interfaces = decision.interfaces ?? [];
  if (interfaces.length > 0) {
    yield '\ninterfaces:\n';
    for (const route of interfaces) {
      const [changed, other] =
        route.direction === 'rust-to-c' ? [route.rust, route.header] : [route.header, route.rust];
      const asked = route.reviewers.length > 0 ? list(route.reviewers) : 'nobody on GitHub asked';
      yield `  ${escapeTerminal(changed)} (${route.direction}, ${escapeTerminal(other)}) → ${list(route.owners)}: ${asked}\n`;
    }
  }
  if (decision.review?.interfacesNotRouted) {
    yield '\ninterfaces: not routed (no source tree: give --tree DIR to read the Rust ↔ C map)\n';
  }
  const notRead = decision.review?.interfaceFilesNotRead ?? 0;
  if (notRead > 0) yield `interfaces: ${notRead} interface files not read (over the cap of 500, or not text)\n`;
}

/** `path → OWNER (decision)`, the reason, and every owning subsystem when there is more than the decider. */
function fileLines(file: FileDecision, hold: Hold | undefined): string {
  const from = file.previousPath === undefined ? '' : ` (renamed from ${escapeTerminal(file.previousPath)})`;
  const owner = file.owner === null ? 'nobody' : escapeTerminal(file.owner);
  const reason = file.reason === null ? "no subsystem's patterns match" : escapeTerminal(reasonText(file.reason));
  const head = `${escapeTerminal(file.path)}${from} → ${owner} (${fileDecisionWords(file, hold)})\n    ${reason}\n`;
  if (file.subsystems.length <= 1) return head;
  return `${head}    matched: ${list(file.subsystems)}\n`;
}

function holdLine(hold: Hold): string {
  const files = `${hold.files.length} ${hold.files.length === 1 ? 'file' : 'files'}`;
  const state =
    hold.liftedBy.length > 0
      ? `lifted by ${list(hold.liftedBy)}`
      : hold.canLift.length > 0
        ? `held until ${hold.canLift.length === 1 ? '' : 'one of '}${list(hold.canLift)} approves`
        : 'held: none of its maintainers has a GitHub login, so no approval can lift it';
  const why = hold.checks === undefined ? hold.stance : `blocking ${hold.checks.join(', ')}`;
  return `  ${escapeTerminal(hold.subsystem)} (${why}, ${files}): ${state}`;
}

/**
 * Everyone the decision asks (and the maintainers of each hold), once each, in the order of the subsystems
 * (most specific first), with every subsystem that names them. People without a GitHub login are written as
 * the policy has them (`Name <e-mail>` from MAINTAINERS) and marked.
 */
function* peopleLines(decision: RoutingDecision): Generator<string> {
  const people = new Map<string, { display: string; subsystems: string[]; onGitHub: boolean }>();
  for (const report of decision.subsystems) {
    if (report.mentioned) continue;
    const named = [
      ...report.asked.map((handle) => ({ person: handle, onGitHub: true })),
      ...report.notOnGitHub.map((person) => ({ person, onGitHub: false })),
    ];
    for (const { person, onGitHub } of named) {
      const key = person.toLowerCase();
      const seen = people.get(key);
      if (seen === undefined) people.set(key, { display: person, subsystems: [report.name], onGitHub });
      else if (!seen.subsystems.includes(report.name)) seen.subsystems.push(report.name);
    }
  }
  if (people.size === 0) return;
  yield '\npeople (each once, with the subsystems that ask them):\n';
  for (const { display, subsystems, onGitHub } of people.values()) {
    const mark = onGitHub ? '' : ' (not on GitHub)';
    yield `  ${escapeTerminal(display)}: ${list(subsystems)}${mark}\n`;
  }
}

function list(items: readonly string[], joiner = ', '): string {
  return items.length === 0 ? '(none)' : items.map(escapeTerminal).join(joiner);
}
