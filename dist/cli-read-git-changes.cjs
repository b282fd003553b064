'use strict';

var _builtin_node_child_process = require('./cli-_builtin_node_child_process.cjs');
var route = require('./cli-route.cjs');
var parseUnifiedDiff = require('./cli-parse-unified-diff.cjs');
require('node:module');

const STATUS_BY_LETTER = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    T: 'changed',
    U: 'modified',
    R: 'renamed',
    C: 'copied',
};
function parseNameStatus(output, origin) {
    const errors = [];
    const fields = output.split('\0');
    if (fields[fields.length - 1] === '')
        fields.pop();
    const value = [];
    let i = 0;
    while (i < fields.length) {
        const letter = fields[i].charAt(0);
        const status = STATUS_BY_LETTER[letter];
        const twoPaths = letter === 'R' || letter === 'C';
        const needed = twoPaths ? 3 : 2;
        if (status === undefined || i + needed > fields.length) {
            errors.push(route.sourceError('GIT_FAILED', `unexpected git diff --name-status record ${JSON.stringify(fields[i])}`, origin));
            break;
        }
        value.push(twoPaths ? { path: fields[i + 2], previousPath: fields[i + 1], status } : { path: fields[i + 1], status });
        i += needed;
    }
    return { value, errors, warnings: [] };
}

const ORIGIN = '--git';
const GIT_DIFF_MAX_BYTES = 64 * 1024 * 1024;
const NAME_STATUS_MAX_BYTES = 256 * 1024 * 1024;
const LOG_MAX_BYTES = 16 * 1024 * 1024;
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-relative', '-M', '-C'];
const PATCH_OPTIONS = ['-U3', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
const LOG_OPTIONS = ['-z', '--no-show-signature', '--reverse', '--format=%s%x00%b'];
const EMPTY = { files: [], title: '', body: '', diffLines: [] };
function readGitChanges(range, cwd, options = {}) {
    const commits = resolveRange(range, cwd);
    if ('code' in commits)
        return failed(commits);
    const names = runGit(['diff', '--name-status', '-z', ...DIFF_OPTIONS, commits.from, commits.head, '--'], cwd, NAME_STATUS_MAX_BYTES);
    if (!names.ok)
        return failed(names.error);
    if (names.truncated) {
        return failed(route.sourceError('TOO_LARGE', `the file list of ${range} is over ${NAME_STATUS_MAX_BYTES} bytes`, ORIGIN));
    }
    const listed = parseNameStatus(names.stdout, ORIGIN);
    const changes = { ...EMPTY, files: listed.value };
    const warnings = [];
    if (changes.files.length > 0) {
        const maxDiffBytes = options.maxDiffBytes ?? GIT_DIFF_MAX_BYTES;
        const patch = runGit(['diff', ...PATCH_OPTIONS, ...DIFF_OPTIONS, commits.from, commits.head, '--'], cwd, maxDiffBytes);
        if (!patch.ok)
            return failed(patch.error);
        if (patch.truncated) {
            const message = `the diff of ${range} is over ${maxDiffBytes} bytes: keywords, binary flags and the Rust checks cover its beginning only`;
            warnings.push(route.sourceError('TOO_LARGE', message, ORIGIN));
        }
        addPatchDetails(changes, patch.stdout, patch.truncated);
    }
    const log = runGit(['log', ...LOG_OPTIONS, `${commits.base}..${commits.head}`, '--'], cwd, LOG_MAX_BYTES);
    if (!log.ok)
        return failed(log.error);
    if (log.truncated) {
        const message = `the commit messages of ${range} are over ${LOG_MAX_BYTES} bytes: the later ones are left out`;
        warnings.push(route.sourceError('TOO_LARGE', message, ORIGIN));
    }
    Object.assign(changes, parseUnifiedDiff.describeSeries(readMessages(log.stdout)));
    return { value: changes, errors: listed.errors, warnings };
}
function addPatchDetails(changes, stdout, truncated) {
    const text = truncated ? stdout.slice(0, stdout.lastIndexOf('\n') + 1) : stdout;
    const parsed = parseUnifiedDiff.parseUnifiedDiff(text, ORIGIN);
    changes.diffLines = parsed.value.diffLines;
    const fromPatch = new Map(parsed.value.files.map((file) => [file.path, file]));
    changes.files = changes.files.map((file) => {
        const patched = fromPatch.get(file.path);
        if (truncated && patched === undefined && file.status !== 'removed')
            return { ...file, diffOmitted: true };
        if (!patched?.binary && !patched?.hunks)
            return file;
        const withDetails = { ...file };
        if (patched.binary)
            withDetails.binary = true;
        if (patched.hunks)
            withDetails.hunks = patched.hunks;
        return withDetails;
    });
}
function resolveRange(range, cwd) {
    const sides = splitRange(range);
    if ('code' in sides)
        return sides;
    const base = resolveCommit(sides.base, 1, cwd);
    if (typeof base !== 'string')
        return base;
    const head = resolveCommit(sides.head, sides.headCol, cwd);
    if (typeof head !== 'string')
        return head;
    if (!sides.mergeBase)
        return { base, from: base, head };
    const mergeBase = runGit(['merge-base', base, head], cwd, 1024);
    if (mergeBase.ok)
        return { base, from: mergeBase.stdout.trim(), head };
    if (mergeBase.status === 1) {
        return route.sourceError('GIT_FAILED', `no merge base between '${sides.base}' and '${sides.head}'`, ORIGIN);
    }
    return mergeBase.error;
}
function readMessages(output) {
    const fields = output.split('\0');
    const messages = [];
    for (let i = 0; i + 2 < fields.length; i += 2) {
        messages.push({ subject: fields[i], body: fields[i + 1].trim() });
    }
    return messages;
}
function splitRange(range) {
    const at = range.indexOf('..');
    if (at < 0) {
        return route.sourceError('BAD_ARGUMENT', `expected BASE..HEAD or BASE...HEAD, got ${JSON.stringify(range)}`, ORIGIN);
    }
    const mergeBase = range[at + 2] === '.';
    const headAt = at + (mergeBase ? 3 : 2);
    return { base: range.slice(0, at) || 'HEAD', head: range.slice(headAt) || 'HEAD', headCol: headAt + 1, mergeBase };
}
function resolveCommit(revision, col, cwd) {
    const result = runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], cwd, 1024);
    if (result.ok)
        return result.stdout.trim();
    if (result.status === 1)
        return route.sourceError('GIT_FAILED', `unknown revision or not a commit: '${revision}'`, ORIGIN, 1, col);
    return result.error;
}
function runGit(args, cwd, maxBuffer) {
    const result = _builtin_node_child_process.__builtin.spawnSync('git', ['-c', 'core.quotepath=false', ...args], {
        cwd,
        encoding: 'utf8',
        maxBuffer,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' },
    });
    const code = result.error?.code;
    if (code === 'ENOBUFS') {
        return { ok: true, stdout: result.stdout.slice(0, maxBuffer), truncated: true };
    }
    if (result.error) {
        return {
            ok: false,
            status: null,
            error: route.sourceError('GIT_FAILED', `cannot run git in ${cwd}: ${result.error.message}`, ORIGIN),
        };
    }
    if (result.status !== 0) {
        const firstLine = result.stderr.split('\n').find((line) => line.trim() !== '') ?? `exit status ${result.status}`;
        return {
            ok: false,
            status: result.status,
            error: route.sourceError('GIT_FAILED', `git ${args[0]} failed: ${firstLine}`, ORIGIN),
        };
    }
    return { ok: true, stdout: result.stdout, truncated: false };
}
function failed(error) {
    return { value: { ...EMPTY }, errors: [error], warnings: [] };
}

exports.GIT_DIFF_MAX_BYTES = GIT_DIFF_MAX_BYTES;
exports.readGitChanges = readGitChanges;
