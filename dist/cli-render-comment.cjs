'use strict';

var route = require('./cli-route.cjs');
require('node:module');

const BLOCK_SEPARATOR = '\n\n';
function paragraph(text) {
    return { head: text, items: [], joiner: '', tail: '', more: () => '' };
}
function fitBlocks(blocks, max, measure, overflow) {
    const kept = blocks.map((block) => block.items.length);
    const sizes = blocks.map((block, i) => measure(renderBlock(block, kept[i])));
    const separators = Math.max(0, blocks.length - 1) * measure(BLOCK_SEPARATOR);
    let total = sizes.reduce((sum, size) => sum + size, separators);
    const cutOrder = blocks
        .map((block, i) => ({ i, order: block.cutOrder }))
        .filter((entry) => entry.order !== undefined)
        .sort((a, b) => a.order - b.order || a.i - b.i);
    for (const { i } of cutOrder) {
        if (total <= max)
            break;
        const others = total - sizes[i];
        kept[i] = largestFit(blocks[i], max - others, measure);
        sizes[i] = measure(renderBlock(blocks[i], kept[i]));
        total = others + sizes[i];
    }
    const text = blocks.map((block, i) => renderBlock(block, kept[i])).join(BLOCK_SEPARATOR);
    return total <= max ? text : cutHard(text, max, measure, overflow);
}
function renderBlock(block, count) {
    const cut = block.items.length - count;
    const shown = block.items.slice(0, count).join(block.joiner);
    const more = cut > 0 ? `${count > 0 ? block.joiner : ''}${block.more(cut)}` : '';
    return `${block.head}${shown}${more}${block.tail}`;
}
function largestFit(block, budget, measure) {
    const frame = measure(block.head) + measure(block.tail);
    const joiner = measure(block.joiner);
    let used = frame;
    let count = 0;
    for (const item of block.items) {
        const next = used + (count > 0 ? joiner : 0) + measure(item);
        const cut = block.items.length - (count + 1);
        const moreSize = cut > 0 ? joiner + measure(block.more(cut)) : 0;
        if (next + moreSize > budget)
            break;
        used = next;
        count++;
    }
    return count;
}
function cutHard(text, max, measure, overflow) {
    const room = Math.max(0, max - measure(overflow));
    let end = Math.min(text.length, room);
    while (end > 0 && measure(text.slice(0, end)) > room)
        end = Math.floor(end * 0.9);
    if (end > 0 && /[\ud800-\udbff]/.test(text[end - 1]))
        end--;
    return `${text.slice(0, end)}${overflow}`;
}

const CHECK_TITLES = {
    'safety-comment': '`unsafe` without a safety comment',
    'unstable-feature': 'Unstable features (for the Rust tree)',
    toolchain: 'Rust toolchain (for the Rust tree)',
};
const CUT_ORDER$1 = { findings: 1, interfaces: 1 };
function reviewBlocks(decision, requested, pointer, lineLink) {
    const blocks = [];
    const findings = decision.findings ?? [];
    const notes = decision.review;
    if (findings.length > 0 || (notes?.unchecked.length ?? 0) > 0) {
        blocks.push(paragraph('#### Rust review'));
        for (const check of route.CHECK_IDS) {
            const ofCheck = findings.filter((finding) => finding.check === check);
            if (ofCheck.length === 0)
                continue;
            blocks.push({
                head: `**${CHECK_TITLES[check]}**\n\n`,
                items: ofCheck.map((finding) => findingItem(finding, lineLink)),
                joiner: '\n',
                tail: '',
                more: (cut) => `\n- … ${cut} more (${pointer})`,
                cutOrder: CUT_ORDER$1.findings,
            });
        }
        if (notes !== undefined && notes.unchecked.length > 0)
            blocks.push(paragraph(uncheckedSentence(notes)));
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
            cutOrder: CUT_ORDER$1.interfaces,
        });
    }
    if (notes !== undefined && notes.interfaceFilesNotRead > 0) {
        blocks.push(paragraph(`Interface routing read the first files only: ${notes.interfaceFilesNotRead} more interface ${notes.interfaceFilesNotRead === 1 ? 'file was' : 'files were'} not read (over the cap of 500, or not text).`));
    }
    return blocks;
}
function findingItem(finding, lineLink) {
    const where = finding.line === null ? finding.path : `${finding.path}:${finding.line}`;
    const link = lineLink(finding.path, finding.line);
    const place = link === null ? route.codeSpan(where) : `[${route.codeSpan(where)}](${link})`;
    const blocking = finding.severity === 'block'
        ? ` — **blocks** until ${route.escapeMarkdown(finding.subsystem ?? 'the Rust tree')} approves`
        : '';
    return `- ${place}: ${messageMarkdown(finding.message)}${blocking}`;
}
function interfaceRow(route$1, requested) {
    const [changed, other] = route$1.direction === 'rust-to-c' ? [route$1.rust, route$1.header] : [route$1.header, route$1.rust];
    const owners = route$1.owners.map(route.escapeMarkdown).join(', ') || '—';
    const people = route$1.reviewers.map((handle) => route.mention(handle, requested, { inTable: true })).join(', ');
    const asked = people.length > 0 ? `${owners}: ${people}` : owners;
    return `| ${route.codeSpan(changed, { inTable: true })} | ${route.codeSpan(other, { inTable: true })} | ${asked} |`;
}
function uncheckedSentence(notes) {
    const count = notes.unchecked.length;
    const shown = notes.unchecked
        .slice(0, 3)
        .map((place) => route.codeSpan(place.line === null ? place.path : `${place.path}:${place.line}`))
        .join(', ');
    const more = count > 3 ? ` and ${count - 3} more` : '';
    return `Not checked: ${shown}${more} — the lines above ${count === 1 ? 'it are' : 'them are'} not in the diff, so a safety comment there could not be seen.`;
}
function messageMarkdown(message) {
    if ((message.match(/`/g) ?? []).length % 2 === 1)
        return route.escapeMarkdown(message);
    return message
        .split('`')
        .map((part, at) => (at % 2 === 1 ? route.codeSpan(part) : route.escapeMarkdown(part)))
        .join('');
}

const CUT_ORDER = {
    files: 0,
    policyChanges: 1,
    capped: 2,
    notOnGitHub: 3,
    subsystems: 4,
    labels: 5,
    mentioned: 6,
    acks: 7,
};
const DROPPED_FILES_SHOWN = 5;
const REROUTES_SHOWN = 5;
const NONE = '—';
function decisionBlocks(decision, pointer, notRequested = [], lineLink = () => null) {
    const refused = new Set(notRequested === 'everyone' ? [] : notRequested.map((h) => h.toLowerCase()));
    const asked = notRequested === 'everyone' ? [] : [...decision.reviewers, ...decision.teamReviewers];
    const requested = new Set(asked.map((h) => h.toLowerCase()).filter((h) => !refused.has(h)));
    const blocks = [paragraph(`${route.verdictHeading(decision.verdict)}\n\n${route.verdictSentence(decision)}`)];
    const holds = new Map(decision.holds.filter((hold) => hold.checks === undefined).map((h) => [h.subsystem, h]));
    const checkHold = decision.holds.find((hold) => hold.checks !== undefined);
    const owners = holdsFirst(decision.subsystems.filter((report) => !report.mentioned), new Map(decision.holds.map((hold) => [hold.subsystem, hold])));
    if (owners.length > 0) {
        blocks.push({
            head: '| Subsystem | Stance | Files | Asked | What lifts the hold |\n| --- | --- | ---: | --- | --- |\n',
            items: owners.map((report) => subsystemRow(report, holds.get(report.name) ?? (report.name === checkHold?.subsystem ? checkHold : undefined), requested)),
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
        blocks.push(inlineList('**Mentioned** by keyword (labelled, not asked): ', mentioned.map((r) => `${route.escapeMarkdown(r.name)}${keywordsOf(decision, r.name)}`), CUT_ORDER.mentioned, pointer));
    }
    if (decision.labels.length > 0) {
        blocks.push(inlineList('**Labels:** ', decision.labels.map((label) => route.codeSpan(label)), CUT_ORDER.labels, pointer));
    }
    if (decision.reviewersCapped.length > 0) {
        const capped = decision.reviewersCapped.map((handle) => route.codeSpan(handle));
        blocks.push(inlineList('**Not requested** (over the max-reviewers cap): ', capped, CUT_ORDER.capped, pointer));
    }
    const notOnGitHub = owners.flatMap((report) => report.notOnGitHub.map((person) => `${route.escapeMarkdown(person)} (${route.escapeMarkdown(report.name)})`));
    if (notOnGitHub.length > 0) {
        blocks.push(inlineList('**Not on GitHub** (named here, never requested): ', notOnGitHub, CUT_ORDER.notOnGitHub, pointer, '; '));
    }
    if (decision.keywordScan.capped) {
        const { scannedBytes, totalBytes } = decision.keywordScan;
        blocks.push(paragraph(`Keywords were looked for in the first ${scannedBytes} of ${totalBytes} bytes of the pull request's text and diff only.`));
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
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}
function inlineList(head, items, cutOrder, pointer, joiner = ', ') {
    return { head, items, joiner, tail: '', more: (cut) => `… ${cut} more (${pointer})`, cutOrder };
}
function subsystemRow(report, hold, requested) {
    const stance = report.stance === null
        ? NONE
        : route.escapeMarkdown(`${report.stance} (${route.STANCE_SOURCE_WORDS[report.stanceSource ?? 'default']})`);
    const asked = report.asked.length > 0
        ? report.asked.map((handle) => route.mention(handle, requested, { inTable: true })).join(', ')
        : hold?.stance === 'opt-out'
            ? 'nobody (they said no)'
            : NONE;
    const cells = [route.escapeMarkdown(report.name), stance, String(report.files.length), asked, liftCell(hold, requested)];
    return `| ${cells.join(' | ')} |`;
}
function liftCell(hold, requested) {
    if (hold === undefined)
        return NONE;
    const named = (handles, joiner) => handles.map((handle) => route.mention(handle, requested, { inTable: true })).join(joiner);
    if (hold.liftedBy.length > 0)
        return `lifted by ${named(hold.liftedBy, ', ')}`;
    if (hold.canLift.length === 0)
        return 'nobody on GitHub: none of its maintainers has a GitHub login';
    const teams = hold.canLift.some((handle) => handle.includes('/'))
        ? ' (a team member counts when listed by login)'
        : '';
    return `an approving review from ${named(hold.canLift, ' or ')}${teams}`;
}
function ackNoteItems(hold, requested) {
    const subsystem = route.escapeMarkdown(hold.subsystem);
    const dropped = hold.droppedAcks.map((ack) => {
        const shown = ack.files.slice(0, DROPPED_FILES_SHOWN).map((file) => route.codeSpan(file));
        const more = ack.files.length > DROPPED_FILES_SHOWN ? ` and ${ack.files.length - DROPPED_FILES_SHOWN} more` : '';
        const commit = /^[0-9a-f]{40}$/i.test(ack.commit) ? route.codeSpan(ack.commit.slice(0, 7)) : route.escapeMarkdown(ack.commit);
        const changed = `${shown.join(', ')}${more} changed since`;
        return `- ${route.mention(ack.login, requested)} approved at ${commit} for ${subsystem}; ${changed}: a new review is requested.`;
    });
    const refused = hold.cannotAck.map((ack) => `- ${route.codeSpan(ack.login)} approved for ${subsystem} but cannot ack: ${route.escapeMarkdown(ack.reason)}.`);
    return [...dropped, ...refused];
}
function policyReviewBlocks(review, requested, pointer) {
    const blocks = [];
    if (review.entries.length > 0) {
        const entries = review.entries.map((entry) => {
            const what = entry.change === 'changed' ? entry.fields.join(', ') : entry.change;
            return `${route.escapeMarkdown(entry.subsystem)} (${route.escapeMarkdown(what)})`;
        });
        const asked = review.asked.length > 0
            ? ` Their maintainers are asked to review: ${review.asked.map((handle) => route.mention(handle, requested)).join(', ')}.`
            : ' None of their maintainers has a GitHub login to ask.';
        const notAsked = review.notAsked.length > 0
            ? ` Not asked (too many to notify): ${review.notAsked.map((handle) => route.codeSpan(handle)).join(', ')}.`
            : '';
        blocks.push(inlineList(`**This PR changes ${review.entries.length} policy ${review.entries.length === 1 ? 'entry' : 'entries'}:** `, entries, CUT_ORDER.policyChanges, pointer, '; '));
        blocks.push(paragraph(`${asked.trim()}${notAsked}`));
    }
    const scope = review.compared < review.openPulls
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
    if (count > REROUTES_SHOWN)
        shown.push(`- … and ${count - REROUTES_SHOWN} more`);
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
function rerouteItem(reroute) {
    const parts = [];
    if (reroute.verdict.from !== reroute.verdict.to)
        parts.push(`${reroute.verdict.from} → ${reroute.verdict.to}`);
    const labels = [
        ...reroute.labelsAdded.map((l) => `+${route.codeSpan(l)}`),
        ...reroute.labelsRemoved.map((l) => `−${route.codeSpan(l)}`),
    ];
    if (labels.length > 0)
        parts.push(`labels ${labels.join(' ')}`);
    const reviewers = [
        ...reroute.reviewersAdded.map((h) => `+${route.codeSpan(h)}`),
        ...reroute.reviewersRemoved.map((h) => `−${route.codeSpan(h)}`),
    ];
    if (reviewers.length > 0)
        parts.push(`reviewers ${reviewers.join(' ')}`);
    return `- ${route.codeSpan(`#${reroute.number}`)} ${route.escapeMarkdown(reroute.title)}: ${parts.join('; ')}`;
}
function policyChangeRow(change) {
    const stance = (value) => (value === null ? '(none: subsystem absent)' : value);
    return `| ${route.escapeMarkdown(change.subsystem)} | ${stance(change.from)} | ${stance(change.to)} |`;
}
function fileRow(file, hold) {
    const path = file.previousPath === undefined
        ? route.codeSpan(file.path, { inTable: true })
        : `${route.codeSpan(file.path, { inTable: true })} (from ${route.codeSpan(file.previousPath, { inTable: true })})`;
    const decision = route.escapeMarkdown(route.fileDecisionWords(file, hold));
    const cells = [
        path,
        file.rust ? 'yes' : 'no',
        decision,
        file.owner === null ? NONE : route.escapeMarkdown(file.owner),
        file.subsystems.length === 0 ? NONE : file.subsystems.map(route.escapeMarkdown).join(', '),
        file.reason === null ? "no subsystem's patterns match" : route.escapeMarkdown(route.reasonText(file.reason)),
    ];
    return `| ${cells.join(' | ')} |`;
}
function holdsFirst(owners, holds) {
    const rank = (report) => {
        const hold = holds.get(report.name);
        if (hold === undefined)
            return 2;
        return hold.liftedBy.length === 0 ? 0 : 1;
    };
    return owners
        .map((report, at) => ({ report, at }))
        .sort((a, b) => rank(a.report) - rank(b.report) || a.at - b.at)
        .map(({ report }) => report);
}
function keywordsOf(decision, subsystem) {
    const hits = (decision.keywordHits ?? []).filter((hit) => hit.subsystem === subsystem);
    if (hits.length === 0)
        return '';
    const shown = hits.map((hit) => `K: ${route.codeSpan(hit.pattern)} at ${route.escapeMarkdown(`${hit.origin.file}:${hit.origin.line}`)}`);
    return ` (${shown.join('; ')})`;
}

const COMMENT_MARKER = '<!-- rust-patch-router -->';
const GITHUB_MAX_COMMENT_LENGTH = 65_536;
const POINTER = 'see the job summary';
function renderComment(decision, options = {}) {
    const marker = options.marker ?? COMMENT_MARKER;
    const max = options.maxLength ?? GITHUB_MAX_COMMENT_LENGTH;
    const pointer = options.pointer ?? POINTER;
    if (!options.fresh && !commentWanted(decision))
        return `${marker}\n${route.NO_RUST_SENTENCE}\n`;
    const blocks = [paragraph(marker), ...decisionBlocks(decision, pointer, options.notRequested, options.lineLink)];
    return `${fitBlocks(blocks, max - 1, (text) => text.length, `\n\n*… cut to fit a comment: ${pointer}.*`)}\n`;
}
function commentWanted(decision) {
    return (decision.rustFiles.length > 0 ||
        decision.holds.length > 0 ||
        decision.policyReview !== undefined ||
        (decision.findings?.length ?? 0) > 0 ||
        (decision.interfaces?.length ?? 0) > 0);
}

exports.COMMENT_MARKER = COMMENT_MARKER;
exports.GITHUB_MAX_COMMENT_LENGTH = GITHUB_MAX_COMMENT_LENGTH;
exports.commentWanted = commentWanted;
exports.renderComment = renderComment;
