/**
 * The Rust review's two sections of the comment and summary (docs/RUST-REVIEW.md, "Findings" and "Interface
 * routing"): "Rust review" (findings grouped by check, each with a link to its line) and "Interfaces" (who was
 * asked because of which header). Nothing at all when there is nothing to say.
 */
import type { CheckId, Finding } from '../rust-review/types.js';
import { CHECK_IDS } from '../rust-review/types.js';
import type { InterfaceRoute } from '../interfaces/types.js';
import type { ReviewNotes, RoutingDecision } from '../routing/types.js';
import { codeSpan, escapeMarkdown, mention } from './escape.js';
import { paragraph, type Block } from './fit-sections.js';

/** What each check looks for, as the section's group heading says it. */
export const CHECK_TITLES: Readonly<Record<CheckId, string>> = {
  'safety-comment': '`unsafe` without a safety comment',
  'unstable-feature': 'Unstable features (for the Rust tree)',
  toolchain: 'Rust toolchain (for the Rust tree)',
};

/** Where a finding's line can be read: a URL, or null to name it as `path:line` only (the CLI). */
export type LineLink = (path: string, line: number | null) => string | null;

/** Cut before the subsystem table but after the per-file detail. */
const CUT_ORDER = { findings: 1, interfaces: 1 };

/**
 * The blocks of both sections, in order. `requested`: lower-cased handles actually requested (only those are
 * @-mentioned).
 */
export function reviewBlocks(
  decision: RoutingDecision,
  requested: ReadonlySet<string>,
  pointer: string,
  lineLink: LineLink,
): Block[] {
  const blocks: Block[] = [];
  const findings = decision.findings ?? [];
  const notes = decision.review;
  if (findings.length > 0 || (notes?.unchecked.length ?? 0) > 0) {
    blocks.push(paragraph('#### Rust review'));
    for (const check of CHECK_IDS) {
      const ofCheck = findings.filter((finding) => finding.check === check);
      if (ofCheck.length === 0) continue;
      blocks.push({
        head: `**${CHECK_TITLES[check]}**\n\n`,
        items: ofCheck.map((finding) => findingItem(finding, lineLink)),
        joiner: '\n',
        tail: '',
        more: (cut) => `\n- … ${cut} more (${pointer})`,
        cutOrder: CUT_ORDER.findings,
      });
    }
    if (notes !== undefined && notes.unchecked.length > 0) blocks.push(paragraph(uncheckedSentence(notes)));
  }
  const interfaces = decision.interfaces ?? [];
  if (interfaces.length > 0) {
    blocks.push(paragraph('#### Interfaces'));
    blocks.push({
      head: '| Changed | Because of | Asked (interface) |\n| --- | --- | --- |\n',
      items: interfaces.map((route) => interfaceRow(route, requested)),
      joiner: '\n',
      tail: '',
      more: (cut) => `\n*… ${cut} more not shown: ${pointer}.*`,
      cutOrder: CUT_ORDER.interfaces,
    });
  }
  if (notes !== undefined && notes.interfaceFilesNotRead > 0) {
    blocks.push(
      paragraph(
        `Interface routing read the first files only: ${notes.interfaceFilesNotRead} more interface ${notes.interfaceFilesNotRead === 1 ? 'file was' : 'files were'} not read (over the cap of 500, or not text).`,
      ),
    );
  }
  return blocks;
}

/** `- [path:line](link) (block): message` */
function findingItem(finding: Finding, lineLink: LineLink): string {
  const where = finding.line === null ? finding.path : `${finding.path}:${finding.line}`;
  const link = lineLink(finding.path, finding.line);
  const place = link === null ? codeSpan(where) : `[${codeSpan(where)}](${link})`;
  const blocking =
    finding.severity === 'block'
      ? ` — **blocks** until ${escapeMarkdown(finding.subsystem ?? 'the Rust tree')} approves`
      : '';
  return `- ${place}: ${messageMarkdown(finding.message)}${blocking}`;
}

/** One pair: what changed, the other side it concerns, and who was asked because of it. */
function interfaceRow(route: InterfaceRoute, requested: ReadonlySet<string>): string {
  const [changed, other] = route.direction === 'rust-to-c' ? [route.rust, route.header] : [route.header, route.rust];
  const owners = route.owners.map(escapeMarkdown).join(', ') || '—';
  const people = route.reviewers.map((handle) => mention(handle, requested, { inTable: true })).join(', ');
  const asked = people.length > 0 ? `${owners}: ${people}` : owners;
  return `| ${codeSpan(changed, { inTable: true })} | ${codeSpan(other, { inTable: true })} | ${asked} |`;
}

function uncheckedSentence(notes: ReviewNotes): string {
  const count = notes.unchecked.length;
  const shown = notes.unchecked
    .slice(0, 3)
    .map((place) => codeSpan(place.line === null ? place.path : `${place.path}:${place.line}`))
    .join(', ');
  const more = count > 3 ? ` and ${count - 3} more` : '';
  return `Not checked: ${shown}${more} — the lines above ${count === 1 ? 'it are' : 'them are'} not in the diff, so a safety comment there could not be seen.`;
}

/**
 * A check's message, whose code is written between backticks (`` `unsafe` ``, a feature's name): each such part
 * as a code span, the rest escaped. Both escape what they hold, so a name from the diff cannot inject Markdown.
 */
function messageMarkdown(message: string): string {
  // An odd number of backticks has no pairing to trust: all of it escaped.
  if ((message.match(/`/g) ?? []).length % 2 === 1) return escapeMarkdown(message);
  return message
    .split('`')
    .map((part, at) => (at % 2 === 1 ? codeSpan(part) : escapeMarkdown(part)))
    .join('');
}
