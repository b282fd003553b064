'use strict';

var route = require('./cli-route.cjs');
require('node:module');

const MODE_CHANGE = /^ mode change [0-7]+ => [0-7]+ (\S+)\s*$/;
const RENAME = /^rename (?:from|to) (\S+)\s*$/;
const DIFF_GIT = /^diff --git a\/(\S+) b\/(\S+)\s*$/;
const FIXES = /^Fixes:\s+([0-9a-fA-F]{6,40})/;
const FILE_HEADER = /^(?:\+\+\+|---)\s+(\S+)/;
const HUNK_HEADER = /^@@ -(\d+),(\d+)/;
function readPatchLikeGetMaintainer(text) {
    const files = [];
    const keywordLines = [];
    const fixes = new Set();
    let intro = true;
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    for (const raw of lines) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let match;
        if ((match = MODE_CHANGE.exec(line)) !== null || (match = RENAME.exec(line)) !== null) {
            files.push(match[1]);
        }
        else if ((match = DIFF_GIT.exec(line)) !== null) {
            files.push(match[1], match[2]);
        }
        else if ((match = FIXES.exec(line)) !== null) {
            fixes.add(match[1]);
        }
        else if ((match = FILE_HEADER.exec(line)) !== null) {
            files.push(match[1].replace(/^[^/]*\//, ''));
            intro = false;
        }
        else if (HUNK_HEADER.test(line)) {
            continue;
        }
        else if (intro) {
            keywordLines.push(line);
        }
        else if (line.startsWith('+') || line.startsWith('-')) {
            keywordLines.push(line.slice(1));
        }
    }
    return { files: route.sortAndUniq(files), keywordLines, noFiles: files.length === 0, fixes: [...fixes] };
}

exports.readPatchLikeGetMaintainer = readPatchLikeGetMaintainer;
