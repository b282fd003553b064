'use strict';

var route = require('./cli-route.cjs');

const FORMAT_PATCH_SEPARATOR = /^From [0-9a-f]{40}(?:[0-9a-f]{24})? Mon Sep 17 00:00:00 2001$/;
const MBOX_SEPARATOR = /^From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]?\d \d\d:\d\d:\d\d \d{4}$/;
const MAIL_START = /^(?:From|Subject|Date|To|Cc|Message-I[Dd]|Return-Path|Received|MIME-Version|X-[\w-]+):/;
const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
function readMailMessage(lines, start, startsDiff) {
    const { headers, next } = readMailHeaders(lines, isMboxSeparator(lines[start]) ? start + 1 : start);
    const rawSubject = decodeEncodedWords(headers.get('subject') ?? '');
    let subject = cleanSubject(rawSubject);
    let i = next;
    const inBody = i;
    for (; i < lines.length && /^(?:From|Date|Subject): /.test(lines[i]); i++) {
        if (lines[i].startsWith('Subject: '))
            subject = cleanSubject(lines[i].slice('Subject: '.length));
    }
    if (i > inBody && lines[i] === '')
        i++;
    const body = [];
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line === '---' || line === '-- ') {
            i++;
            break;
        }
        if (isMboxSeparator(line) || startsDiff(lines, i))
            break;
        body.push(line);
    }
    const message = {
        subject,
        body: body.join('\n').replace(/^\n+/, '').trimEnd(),
        isCover: isCoverLetterSubject(rawSubject),
    };
    return { message, next: i };
}
function isMboxSeparator(line) {
    return line.startsWith('From ') && (FORMAT_PATCH_SEPARATOR.test(line) || MBOX_SEPARATOR.test(line));
}
function isMailHeaderLine(line) {
    return MAIL_START.test(line);
}
function readMailHeaders(lines, start) {
    const unfolded = [];
    let i = start;
    for (; i < lines.length && lines[i] !== ''; i++) {
        const line = lines[i];
        const last = unfolded[unfolded.length - 1];
        if ((line.startsWith(' ') || line.startsWith('\t')) && last) {
            last.value += line;
            continue;
        }
        const colon = line.indexOf(':');
        if (colon <= 0)
            break;
        unfolded.push({ name: line.slice(0, colon).toLowerCase(), value: line.slice(colon + 1).trimStart() });
    }
    const headers = new Map();
    for (const { name, value } of unfolded)
        if (!headers.has(name))
            headers.set(name, value);
    return { headers, next: i < lines.length && lines[i] === '' ? i + 1 : i };
}
function decodeEncodedWords(text) {
    const joined = text.replace(/(\?=)\s+(?==\?)/g, '$1');
    return joined.replace(ENCODED_WORD, (word, charset, encoding, payload) => {
        let decoder;
        try {
            decoder = new TextDecoder(charset.toLowerCase());
        }
        catch {
            return word;
        }
        const bytes = encoding.toLowerCase() === 'b' ? Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)) : qBytes(payload);
        return decoder.decode(bytes);
    });
}
function qBytes(payload) {
    const bytes = [];
    for (let i = 0; i < payload.length; i++) {
        const ch = payload[i];
        if (ch === '_') {
            bytes.push(0x20);
        }
        else if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(payload.slice(i + 1, i + 3))) {
            bytes.push(parseInt(payload.slice(i + 1, i + 3), 16));
            i += 2;
        }
        else {
            bytes.push(ch.charCodeAt(0) & 0xff);
        }
    }
    return Uint8Array.from(bytes);
}
function cleanSubject(subject) {
    let text = subject.trim();
    for (;;) {
        const stripped = text.replace(/^\[[^\]]*\]\s*/, '').replace(/^re:\s*/i, '');
        if (stripped === text)
            return text;
        text = stripped;
    }
}
function isCoverLetterSubject(subject) {
    return /^\s*\[[^\]]*\b0+\/\d+\s*\]/.test(subject);
}

function describeSeries(messages) {
    if (messages.length === 0)
        return { title: '', body: '' };
    if (messages.length === 1)
        return { title: messages[0].subject, body: messages[0].body };
    const cover = messages.find((message) => message.isCover);
    if (cover) {
        const parts = [cover.body];
        for (const message of messages) {
            if (message !== cover)
                parts.push(message.body === '' ? message.subject : `${message.subject}\n\n${message.body}`);
        }
        return { title: cover.subject, body: joinParagraphs(parts) };
    }
    return {
        title: messages.map((message) => message.subject).join('; '),
        body: joinParagraphs(messages.map((message) => message.body)),
    };
}
function joinParagraphs(parts) {
    return parts.filter((part) => part !== '').join('\n\n');
}
const WEAK_STATUSES = new Set(['modified', 'changed', 'unchanged']);
function mergeChangedFiles(files) {
    const byPath = new Map();
    for (const file of files) {
        const earlier = byPath.get(file.path);
        if (!earlier) {
            byPath.set(file.path, { ...file });
            continue;
        }
        const merged = WEAK_STATUSES.has(file.status) ? { ...earlier } : { ...file };
        if (merged.binary !== true && (earlier.binary || file.binary))
            merged.binary = true;
        const hunks = [...(earlier.hunks ?? []), ...(file.hunks ?? [])];
        if (hunks.length > 0)
            merged.hunks = hunks;
        else
            delete merged.hunks;
        byPath.set(file.path, merged);
    }
    return [...byPath.values()];
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function readHunks(lines, start, file, sink) {
    let i = start;
    const hunks = [];
    while (i < lines.length) {
        const header = lines[i];
        if (header.startsWith('\\')) {
            i++;
            continue;
        }
        if (!header.startsWith('@@'))
            break;
        const match = HUNK_HEADER.exec(header);
        if (!match) {
            sink.errors.push(route.sourceError('NOT_A_PATCH', `bad hunk header ${JSON.stringify(header)}: expected "@@ -a,b +c,d @@"`, file, i + 1, 1));
            return { next: i + 1, hunks };
        }
        const hunk = { oldStart: Number(match[1]), newStart: Number(match[3]), lines: [] };
        hunks.push(hunk);
        const headerIndex = i;
        let oldLeft = match[2] === undefined ? 1 : Number(match[2]);
        let newLeft = match[4] === undefined ? 1 : Number(match[4]);
        for (i++; i < lines.length && (oldLeft > 0 || newLeft > 0); i++) {
            const line = lines[i];
            const marker = line === '' ? ' ' : line[0];
            if (marker === ' ' && oldLeft > 0 && newLeft > 0) {
                oldLeft--;
                newLeft--;
                hunk.lines.push(line === '' ? ' ' : line);
            }
            else if (marker === '-' && oldLeft > 0) {
                oldLeft--;
                sink.diffLines.push(line.slice(1));
                hunk.lines.push(line);
            }
            else if (marker === '+' && newLeft > 0) {
                newLeft--;
                sink.diffLines.push(line.slice(1));
                hunk.lines.push(line);
            }
            else if (marker !== '\\') {
                break;
            }
        }
        if (oldLeft > 0 || newLeft > 0) {
            const missing = `${oldLeft} old and ${newLeft} new line${oldLeft + newLeft === 1 ? '' : 's'} missing`;
            sink.warnings.push(route.sourceError('NOT_A_PATCH', `hunk ${JSON.stringify(header)} ends early (${missing}): truncated or hand-edited patch?`, file, headerIndex + 1, 1));
        }
    }
    return { next: i, hunks };
}

const NOT_A_PATCH_MESSAGE = "not a patch: no 'diff --git' or '---/+++' header found";
const DEV_NULL = '/dev/null';
const BINARY_BLOCK_START = /^(?:literal|delta) \d+$/;
const BASE85_LINE = /^[A-Za-z][0-9A-Za-z!#$%&()*+;<=>?@^_`{|}~-]*$/;
const EPOCH_TIMESTAMP = /^(?:1970-01-01|1969-12-31) /;
const NAME_LINES = [
    ['rename from ', 'renameFrom'],
    ['rename old ', 'renameFrom'],
    ['rename to ', 'renameTo'],
    ['rename new ', 'renameTo'],
    ['copy from ', 'copyFrom'],
    ['copy to ', 'copyTo'],
];
const IGNORED_HEADER_LINES = ['index ', 'similarity index ', 'dissimilarity index '];
function parseUnifiedDiff(text, file) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (let i = 0; i < lines.length; i++)
        if (lines[i].endsWith('\r'))
            lines[i] = lines[i].slice(0, -1);
    const state = {
        file,
        lines,
        files: [],
        diffLines: [],
        messages: [],
        errors: [],
        warnings: [],
        sawDiff: false,
    };
    const firstContent = lines.findIndex((line) => line !== '');
    let i = 0;
    while (i < lines.length) {
        const line = lines[i];
        if (isMboxSeparator(line) || (i === firstContent && isMailHeaderLine(line))) {
            const mail = readMailMessage(lines, i, startsFile);
            state.messages.push(mail.message);
            i = mail.next;
        }
        else if (line.startsWith('diff --git '))
            i = readGitFile(state, i);
        else if (line.startsWith('diff --cc ') || line.startsWith('diff --combined '))
            i = skipCombinedDiff(state, i);
        else if (startsPlainFile(lines, i))
            i = readPlainFile(state, i);
        else if (isBinaryFilesLine(line))
            i = readBinaryFilesLine(state, i);
        else
            i++;
    }
    if (!state.sawDiff)
        state.errors.push(route.sourceError('NOT_A_PATCH', NOT_A_PATCH_MESSAGE, file, 1, 1));
    const { title, body } = describeSeries(state.messages);
    return {
        value: { files: mergeChangedFiles(state.files), title, body, diffLines: state.diffLines },
        errors: state.errors,
        warnings: state.warnings,
    };
}
function readGitFile(state, start) {
    const { lines } = state;
    state.sawDiff = true;
    const header = { added: false, removed: false, modeChange: false, binary: false };
    let i = start + 1;
    for (; i < lines.length; i++) {
        const line = lines[i];
        const named = NAME_LINES.find(([prefix]) => line.startsWith(prefix));
        if (named) {
            header[named[1]] = nameAt(state, i, named[0].length, false);
        }
        else if (line.startsWith('old mode ') || line.startsWith('new mode ')) {
            header.modeChange = true;
        }
        else if (line.startsWith('new file mode ')) {
            header.added = true;
        }
        else if (line.startsWith('deleted file mode ')) {
            header.removed = true;
        }
        else if (isBinaryFilesLine(line)) {
            header.binary = true;
        }
        else if (line === 'GIT binary patch') {
            header.binary = true;
            i = skipBinaryData(lines, i + 1) - 1;
        }
        else if (startsPlainFile(lines, i, false)) {
            header.oldName = nameAt(state, i, 4, true);
            header.newName = nameAt(state, i + 1, 4, true);
            i += 2;
            break;
        }
        else if (!IGNORED_HEADER_LINES.some((prefix) => line.startsWith(prefix))) {
            break;
        }
    }
    const { next, hunks } = readHunks(lines, i, state.file, state);
    const oldIsNull = header.oldName?.raw === DEV_NULL;
    const newIsNull = header.newName?.raw === DEV_NULL;
    const fromHeader = diffGitNames(lines[start], start);
    const target = header.renameTo ??
        header.copyTo ??
        (newIsNull ? undefined : header.newName) ??
        (oldIsNull ? undefined : header.oldName) ??
        fromHeader?.newName;
    if (!target) {
        state.errors.push(route.sourceError('BAD_PATH', `cannot tell the file name from ${JSON.stringify(lines[start])}: no ---/+++ or rename lines`, state.file, start + 1, 12));
        return next;
    }
    const status = gitFileStatus(header, hunks.length, oldIsNull, newIsNull);
    const source = status === 'renamed'
        ? (header.renameFrom ?? fromHeader?.oldName)
        : status === 'copied'
            ? (header.copyFrom ?? fromHeader?.oldName)
            : undefined;
    recordFile(state, target, status, source, header.binary, hunks);
    return next;
}
function gitFileStatus(header, hunks, oldIsNull, newIsNull) {
    if (header.renameTo)
        return 'renamed';
    if (header.copyTo)
        return 'copied';
    if (header.added || oldIsNull)
        return 'added';
    if (header.removed || newIsNull)
        return 'removed';
    if (header.modeChange && hunks === 0 && !header.binary)
        return 'changed';
    return 'modified';
}
function readPlainFile(state, start) {
    state.sawDiff = true;
    const oldName = nameAt(state, start, 4, true);
    const newName = nameAt(state, start + 1, 4, true);
    const { next, hunks } = readHunks(state.lines, start + 2, state.file, state);
    if (!oldName || !newName)
        return next;
    const oldIsNull = oldName.raw === DEV_NULL || EPOCH_TIMESTAMP.test(oldName.trailer);
    const newIsNull = newName.raw === DEV_NULL || EPOCH_TIMESTAMP.test(newName.trailer);
    recordFile(state, newIsNull ? oldName : newName, oldIsNull ? 'added' : newIsNull ? 'removed' : 'modified', undefined, false, hunks);
    return next;
}
function readBinaryFilesLine(state, index) {
    state.sawDiff = true;
    const names = state.lines[index].slice('Binary files '.length, -' differ'.length);
    const candidates = [];
    for (let at = names.indexOf(' and '); at >= 0; at = names.indexOf(' and ', at + 1)) {
        candidates.push([names.slice(0, at), names.slice(at + ' and '.length)]);
    }
    const [oldRaw, newRaw] = candidates.find(([a, b]) => a === DEV_NULL || b === DEV_NULL || route.stripFirstComponent(a) === route.stripFirstComponent(b)) ?? candidates[0];
    const status = oldRaw === DEV_NULL ? 'added' : newRaw === DEV_NULL ? 'removed' : 'modified';
    const raw = newRaw === DEV_NULL ? oldRaw : newRaw;
    recordFile(state, { raw, line: index + 1, col: 14, prefixed: true}, status, undefined, true);
    return index + 1;
}
function skipCombinedDiff(state, start) {
    state.sawDiff = true;
    state.errors.push(route.sourceError('NOT_A_PATCH', 'combined diff of a merge commit is not supported: give the diff of BASE..HEAD (e.g. --git BASE..HEAD)', state.file, start + 1, 1));
    let i = start + 1;
    while (i < state.lines.length && !state.lines[i].startsWith('diff ') && !isMboxSeparator(state.lines[i]))
        i++;
    return i;
}
function recordFile(state, target, status, source, binary, hunks = []) {
    const path = repoPath(state, target);
    const previousPath = source && repoPath(state, source);
    if (path === null || previousPath === null)
        return;
    const changed = { path, status };
    if (previousPath !== undefined)
        changed.previousPath = previousPath;
    if (binary)
        changed.binary = true;
    if (hunks.length > 0)
        changed.hunks = hunks;
    state.files.push(changed);
}
function repoPath(state, name) {
    const path = name.prefixed && !name.raw.startsWith('/') ? route.stripFirstComponent(name.raw) : name.raw;
    const reason = route.validateRepoPath(path);
    if (reason === null)
        return path;
    state.errors.push(route.sourceError('BAD_PATH', `${reason}: ${JSON.stringify(name.raw)}`, state.file, name.line, name.col));
    return null;
}
function nameAt(state, index, prefixLength, prefixed) {
    const read = route.readGitName(state.lines[index].slice(prefixLength));
    if (read)
        return { raw: read.name, line: index + 1, col: prefixLength + 1, prefixed, trailer: read.trailer };
    state.errors.push(route.sourceError('NOT_A_PATCH', 'unterminated quoted file name', state.file, index + 1, prefixLength + 1));
    return undefined;
}
function diffGitNames(line, index) {
    const names = route.splitDiffGitNames(line.slice('diff --git '.length));
    if (!names)
        return undefined;
    const at = { line: index + 1, col: 12, prefixed: true, trailer: '' };
    return { oldName: { raw: names.oldName, ...at }, newName: { raw: names.newName, ...at } };
}
function startsFile(lines, i) {
    return lines[i].startsWith('diff --git ') || startsPlainFile(lines, i);
}
function startsPlainFile(lines, i, needHunk = true) {
    return (lines[i].startsWith('--- ') &&
        i + 1 < lines.length &&
        lines[i + 1].startsWith('+++ ') &&
        (!needHunk || (i + 2 < lines.length && lines[i + 2].startsWith('@@ '))));
}
function isBinaryFilesLine(line) {
    return line.startsWith('Binary files ') && line.endsWith(' differ') && line.includes(' and ');
}
function skipBinaryData(lines, start) {
    let i = start;
    while (i < lines.length && (lines[i] === '' || BINARY_BLOCK_START.test(lines[i]) || BASE85_LINE.test(lines[i])))
        i++;
    return i;
}

var parseUnifiedDiff$1 = /*#__PURE__*/Object.freeze({
    __proto__: null,
    NOT_A_PATCH_MESSAGE: NOT_A_PATCH_MESSAGE,
    parseUnifiedDiff: parseUnifiedDiff
});

exports.describeSeries = describeSeries;
exports.parseUnifiedDiff = parseUnifiedDiff;
exports.parseUnifiedDiff$1 = parseUnifiedDiff$1;
