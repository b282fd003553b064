'use strict';

var _builtin_node_child_process = require('./cli-_builtin_node_child_process.cjs');
var route = require('./cli-route.cjs');
var parseUnifiedDiff = require('./cli-parse-unified-diff.cjs');
require('node:module');

/**
 * The output of `git diff --name-status -z`: the complete, exact file list of a range, however large (the
 * patch text may be capped; this never is).
 */
/** git's status letters; R and C carry a similarity score (`R100`, `C075`) and two paths. */
const STATUS_BY_LETTER = {
    A: 'added',
    D: 'removed',
    M: 'modified',
    T: 'changed', // type change (file ↔ symlink ↔ submodule): like GitHub's "changed"
    U: 'modified', // unmerged: only when diffing the index mid-merge, never for a commit range
    R: 'renamed',
    C: 'copied',
};
/**
 * Parses NUL-separated name-status records: `M\0path\0` or `R100\0old\0new\0`. Paths under `-z` are never
 * quoted, so names with spaces, tabs or any Unicode come through as they are.
 *
 * @param origin the name to report problems against (`--git`).
 * @example parseNameStatus('R097\0rust/a.rs\0rust/b.rs\0M\0MAINTAINERS\0', '--git').value
 *   // → [{ path: 'rust/b.rs', previousPath: 'rust/a.rs', status: 'renamed' }, { path: 'MAINTAINERS', status: 'modified' }]
 */
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

/**
 * `route --git BASE..HEAD` (and the action past the files API's cap): the ChangeSet of a commit range, read
 * from the git CLI. The parsing is src/diff's; this edge runs git, without a shell, on resolved commit ids,
 * with every option that user config could change (prefixes, colour, external diff, textconv, relative
 * paths, signature display) pinned.
 */
/** Where range problems are reported: the option, as the user typed it. */
const ORIGIN = '--git';
/**
 * The patch text is read only for the keyword lines, binary flags and hunks; past this many bytes they cover
 * the diff's beginning and a TOO_LARGE warning says so. Keyword scanning is capped downstream anyway.
 */
const GIT_DIFF_MAX_BYTES = 64 * 1024 * 1024;
/** The file list must be complete (100,000 paths are about 10 MB); past this, fail rather than guess. */
const NAME_STATUS_MAX_BYTES = 256 * 1024 * 1024;
/** Commit messages feed the title and body only; a range's messages beyond this are dropped, with a warning. */
const LOG_MAX_BYTES = 16 * 1024 * 1024;
/** Pinned against user config: colour, external diff drivers, paths relative to a subdirectory. */
const DIFF_OPTIONS = ['--no-color', '--no-ext-diff', '--no-relative', '-M', '-C'];
/**
 * Three lines of context, as GitHub's `patch` has: the Rust checks read the lines above a change (a
 * `// SAFETY:` comment, the `case` arm of min-tool-version.sh), and without context they could decide almost
 * nothing. No textconv filters; the prefixes parseUnifiedDiff strips.
 */
const PATCH_OPTIONS = ['-U3', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/'];
/** Oldest first; NUL-separated because a commit message may hold any other character. */
const LOG_OPTIONS = ['-z', '--no-show-signature', '--reverse', '--format=%s%x00%b'];
const EMPTY = { files: [], title: '', body: '', diffLines: [] };
/**
 * Lists the changes of `BASE..HEAD` (tree of BASE against tree of HEAD) or `BASE...HEAD` (against their merge
 * base, as a pull request shows them) in the repository at `cwd`. An empty side means HEAD, as in git.
 *
 * - files: `git diff --name-status -z -M -C`, complete and exact, renames and copies with their source;
 * - diffLines, binary flags and each file's hunks: `git diff -U3`, capped at `options.maxDiffBytes`;
 * - title and body: the messages of the commits in BASE..HEAD, oldest first, folded like a patch series
 *   (one commit: its subject and body; several: subjects joined with `; `, see describeSeries()).
 *
 * Errors (bad range syntax → BAD_ARGUMENT; not a repository, unknown revision, no merge base, git missing →
 * GIT_FAILED) are reported against `--git` with git's own first line of stderr.
 *
 * @example readGitChanges('origin/main...HEAD', '/src/linux').value.files
 *   // → [{ path: 'drivers/net/phy/ax88796b_rust.rs', status: 'added' }, …]
 */
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
/**
 * Takes diffLines, binary flags and hunks from the patch text; the file list itself stays name-status's. A
 * file the cut leaves without hunks is not checked, which is what the TOO_LARGE warning says.
 */
function addPatchDetails(changes, stdout, truncated) {
    // A cut mid-line would leave half a line to be read as a header or content: end at the last complete one.
    const text = truncated ? stdout.slice(0, stdout.lastIndexOf('\n') + 1) : stdout;
    const parsed = parseUnifiedDiff.parseUnifiedDiff(text, ORIGIN);
    changes.diffLines = parsed.value.diffLines;
    const fromPatch = new Map(parsed.value.files.map((file) => [file.path, file]));
    changes.files = changes.files.map((file) => {
        const patched = fromPatch.get(file.path);
        // Past the cut nothing is known of a file's diff: say so, so a blocking check cannot take it as clean.
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
/**
 * The commits to compare: `from` is BASE for `..` and the merge base for `...`; `base` is always BASE, since
 * the commits of the change are BASE..HEAD either way.
 */
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
    // exit status 1 without a word: the histories share no commit
    if (mergeBase.status === 1) {
        return route.sourceError('GIT_FAILED', `no merge base between '${sides.base}' and '${sides.head}'`, ORIGIN);
    }
    return mergeBase.error;
}
/**
 * `%s%x00%b` records under `-z`: subject NUL body NUL, repeated. The last field is what follows the final
 * NUL: empty, or the unterminated rest of a truncated output, so it never completes a record.
 */
function readMessages(output) {
    const fields = output.split('\0');
    const messages = [];
    for (let i = 0; i + 2 < fields.length; i += 2) {
        messages.push({ subject: fields[i], body: fields[i + 1].trim() });
    }
    return messages;
}
/** BASE..HEAD or BASE...HEAD; the first `..` splits, since a ref name can never contain `..`. */
function splitRange(range) {
    const at = range.indexOf('..');
    if (at < 0) {
        return route.sourceError('BAD_ARGUMENT', `expected BASE..HEAD or BASE...HEAD, got ${JSON.stringify(range)}`, ORIGIN);
    }
    const mergeBase = range[at + 2] === '.';
    const headAt = at + (mergeBase ? 3 : 2);
    return { base: range.slice(0, at) || 'HEAD', head: range.slice(headAt) || 'HEAD', headCol: headAt + 1, mergeBase };
}
/** The commit id a revision names; `--end-of-options` keeps a revision like `--output=x` from being an option. */
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
        // C locale: git's messages are then the ones we document; optional locks: reading must not touch the index.
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
