'use strict';

var route = require('./cli-route.cjs');
require('node:module');

const DECISION_KEYS = ['files', 'mentioned', 'labels', 'reviewers', 'teamReviewers', 'blocked', 'holds'];
const HOLD_KEYS = ['subsystem', 'stance', 'files', 'canLift', 'liftedBy', 'droppedAcks', 'cannotAck'];
function* renderJsonChunks(decision) {
    for (const [at, key] of DECISION_KEYS.entries()) {
        const lead = at === 0 ? '{\n' : ',\n';
        if (key === 'files')
            yield* renderFiles(decision, lead);
        else if (key === 'holds')
            yield `${lead}  "holds": ${indent(decision.holds.map(orderHold))}`;
        else
            yield `${lead}  ${JSON.stringify(key)}: ${indent(decision[key])}`;
    }
    for (const [key, value] of Object.entries(decision)) {
        if (value === undefined || DECISION_KEYS.includes(key))
            continue;
        if (key === 'subsystems')
            yield* renderLines(key, value, ',\n', JSON.stringify);
        else
            yield `,\n  ${JSON.stringify(key)}: ${indent(value)}`;
    }
    yield '\n}\n';
}
function* renderFiles(decision, lead) {
    yield* renderLines('files', decision.files, lead, fileLines());
}
const FIELDS_AFTER_PATH = ['rust', 'subsystems', 'stance', 'decision', 'owner', 'stanceSource', 'reason'];
function fileLines() {
    const shared = new WeakMap();
    let previous;
    let afterPath = null;
    return (file) => {
        const alike = previous !== undefined && afterPath !== null && decidedAlike(file, previous);
        previous = file;
        if (!alike) {
            const line = stringifyFile(file, shared);
            const lead = `{"path":${JSON.stringify(file.path)},`;
            afterPath = line.startsWith(lead) ? line.slice(lead.length) : null;
            return line;
        }
        return `{"path":${JSON.stringify(file.path)},${afterPath}`;
    };
}
function decidedAlike(file, other) {
    if (file.previousPath !== undefined || other.previousPath !== undefined)
        return false;
    for (let i = 0; i < FIELDS_AFTER_PATH.length; i++) {
        if (file[FIELDS_AFTER_PATH[i]] !== other[FIELDS_AFTER_PATH[i]])
            return false;
    }
    return true;
}
function* renderLines(key, items, lead, line) {
    if (items.length === 0) {
        yield `${lead}  "${key}": []`;
        return;
    }
    yield `${lead}  "${key}": [`;
    for (let at = 0; at < items.length; at++)
        yield (at === 0 ? '\n    ' : ',\n    ') + line(items[at]);
    yield '\n  ]';
}
function stringifyFile(file, shared) {
    let out = '{';
    for (const key in file) {
        const value = file[key];
        if (value === undefined)
            continue;
        let text;
        if (typeof value === 'object' && value !== null) {
            text = shared.get(value) ?? JSON.stringify(key === 'reason' ? route.reasonJson(value) : value);
            shared.set(value, text);
        }
        else {
            text = JSON.stringify(value);
        }
        out += `${out.length === 1 ? '' : ','}"${key}":${text}`;
    }
    return `${out}}`;
}
function indent(value) {
    return JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
}
function orderHold(hold) {
    const out = {};
    for (const key of HOLD_KEYS)
        out[key] = hold[key];
    for (const [key, item] of Object.entries(hold))
        if (!(key in out))
            out[key] = item;
    return out;
}

exports.renderJsonChunks = renderJsonChunks;
exports.stringifyFile = stringifyFile;
