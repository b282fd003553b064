'use strict';

var route = require('./cli-route.cjs');
require('node:module');

/**
 * The Rust ↔ C map of one base commit (docs/RUST-REVIEW.md, "The Rust ↔ C map"), from the interface files'
 * texts: built once per run, then looked up both ways by interface-pairs.ts.
 */
/**
 * Builds the map from `texts` (repository path → content, as read at the base). A file naming no header is
 * left out of `headersOf`. `notRead` is passed through for the report's note (interfaceFilesIn's count).
 *
 * @example buildInterfaceMap(new Map([['rust/helpers/blk.c', '#include <linux/blkdev.h>\n']])).rustOf.get('include/linux/blkdev.h')
 *   // → ['rust/helpers/blk.c']
 */
function buildInterfaceMap(texts, notRead = 0) {
    const headersOf = new Map();
    const rustOf = new Map();
    // Sorted first, so both maps iterate in path order and every list comes out sorted without a second pass.
    for (const path of [...texts.keys()].sort(route.compare)) {
        const headers = route.headersInText(path, texts.get(path) ?? '');
        if (headers.length === 0)
            continue;
        headersOf.set(path, headers);
        for (const header of headers) {
            const rust = rustOf.get(header);
            if (rust === undefined)
                rustOf.set(header, [path]);
            else
                rust.push(path);
        }
    }
    const sortedRustOf = new Map([...rustOf].sort(([a], [b]) => route.compare(a, b)));
    return { headersOf, rustOf: sortedRustOf, notRead };
}

/**
 * Files larger than this are not read. GitHub's `Blob.text` stops at about 512 KB and says `isTruncated`
 * (observed; the emulator models 512 KiB): a cut file would name only some of its headers, so the API reader
 * drops it, and the local readers drop the same files, so that the action routes a PR the same with or
 * without a checkout. The kernel's largest interface file (rust/kernel/init/macros.rs) is about 50 KB.
 */
const MAX_INTERFACE_FILE_BYTES = 512 * 1024;
/** Git's own test for binary content: a NUL byte in the first 8,000 bytes (buffer_is_binary in xdiff-interface.c). */
const BINARY_PROBE_BYTES = 8000;
/**
 * Compiles the patterns once. A pattern's static prefix is its leading literal segments: `rust/helpers/*.c`
 * lists `rust/helpers` (depth 1), `rust/**\/*.rs` lists `rust` all the way down, and a plain path is read as
 * it is. Brace alternatives each give their own prefix. A walk inside another's reach is dropped.
 *
 * @example compileInterfaceGlobs(['rust/bindings/bindings_helper.h', 'rust/helpers/*.c', 'rust/**\/*.rs'])
 *   // → { paths: ['rust/bindings/bindings_helper.h'], walks: [{ dir: 'rust', depth: Infinity }], … }
 */
function compileInterfaceGlobs(patterns) {
    const { Minimatch, GLOBSTAR } = route.lazyRequire('minimatch');
    const compiled = patterns.map((pattern) => new Minimatch(pattern, { dot: true }));
    const paths = new Set();
    const depths = new Map();
    for (const glob of compiled) {
        if (glob.negate || glob.comment || glob.empty)
            continue;
        for (const parts of glob.set) {
            const literal = parts.findIndex((part) => typeof part !== 'string');
            if (literal === -1) {
                paths.add(parts.join('/'));
                continue;
            }
            const dir = parts.slice(0, literal).join('/');
            const rest = parts.slice(literal);
            const depth = rest.some((part) => part === GLOBSTAR) ? Infinity : rest.length;
            depths.set(dir, Math.max(depths.get(dir) ?? 0, depth));
        }
    }
    const isInterfaceFile = route.compileInterfaceFiles(patterns);
    const walks = [...depths].map(([dir, depth]) => ({ dir, depth })).sort((a, b) => route.compare(a.dir, b.dir));
    return {
        paths: [...paths].sort(route.compare),
        walks: walks.filter((walk) => !walks.some((other) => other !== walk && reaches(other, walk))),
        matches: isInterfaceFile,
        mayContain: (dir) => compiled.some((glob) => glob.match(dir, true)),
    };
}
/** Whether `outer` lists everything `inner` would. */
function reaches(outer, inner) {
    if (outer.dir === inner.dir)
        return outer.depth > inner.depth;
    if (outer.dir !== '' && !inner.dir.startsWith(`${outer.dir}/`))
        return false;
    const below = outer.dir === '' ? inner.dir.split('/').length : inner.dir.split('/').length - outer.dir.split('/').length;
    return outer.depth >= below + inner.depth;
}
/** Whether bytes look binary to git: a NUL in the first 8,000. */
function isBinaryContent(bytes) {
    return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/**
 * `route --tree DIR`: the interface files (`rust.interface-files`) from a checkout, for the CLI. Walks only the
 * directories below each glob's static prefix (rust/ in the kernel, not its 80,000 other files) and reads the
 * same files the action's readers read (src/github/read-interface-files.ts, src/local/read-git-tree-files.ts),
 * chosen the same way.
 */
/** Git's own directory is no part of the tree, even under a `**` walk from the root. */
const GIT_DIR = '.git';
/**
 * Reads the files matching `patterns` (minimatch, `{ dot: true }`, repository paths) under `dir`, at most `cap`
 * of them (headers first, then C files, then the rest, each in path order). Files that cannot be read, binary
 * files (a NUL byte in the first 8,000) and files over MAX_INTERFACE_FILE_BYTES count in `notRead`, with the
 * files over the cap. Symbolic links are not followed: git stores them as links, and a link could lead out of
 * the checkout. A prefix that is not there is simply nothing.
 *
 * @example readTreeFiles('/src/linux', ['rust/helpers/*.c'])
 *   // → { texts: Map { 'rust/helpers/blk.c' → '// SPDX…#include <linux/blk-mq.h>…', … }, notRead: 0 }
 */
function readTreeFiles(dir, patterns, cap = route.MAX_INTERFACE_FILES) {
    const globs = compileInterfaceGlobs(patterns);
    const found = new Set();
    for (const walk of globs.walks)
        walkDirectory(dir, walk, globs, found);
    for (const path of globs.paths)
        if (isFile(route.__builtin$1.join(dir, path)))
            found.add(path);
    const { chosen, over } = route.chooseInterfaceFiles(found, cap);
    const result = { texts: new Map(), notRead: over };
    for (const path of chosen) {
        const text = readText(route.__builtin$1.join(dir, path));
        if (text === null)
            result.notRead++;
        else
            result.texts.set(path, text);
    }
    return result;
}
/** Adds the matching files of `walk` (a directory and the levels below it) to `found`, pruning with the globs. */
function walkDirectory(root, walk, globs, found) {
    const visit = (at, level) => {
        let entries;
        try {
            entries = route.__builtin.readdirSync(at === '' ? root : route.__builtin$1.join(root, at), { withFileTypes: true });
        }
        catch {
            return; // absent, not a directory, or unreadable: nothing to read there
        }
        for (const entry of entries) {
            const path = at === '' ? entry.name : `${at}/${entry.name}`;
            if (entry.isFile()) {
                if (globs.matches(path))
                    found.add(path);
            }
            else if (entry.isDirectory() && entry.name !== GIT_DIR && level < walk.depth && globs.mayContain(path)) {
                visit(path, level + 1);
            }
        }
    };
    visit(walk.dir, 1);
}
/** A regular file, not a link to one (as the walk sees entries). */
function isFile(path) {
    try {
        return route.__builtin.lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
/** The file's text, or null when it cannot be read, is binary or is too large to be read whole through the API. */
function readText(path) {
    try {
        if (route.__builtin.statSync(path).size > MAX_INTERFACE_FILE_BYTES)
            return null;
        const bytes = route.__builtin.readFileSync(path);
        return isBinaryContent(bytes) ? null : bytes.toString('utf8');
    }
    catch {
        return null;
    }
}

/**
 * The map, or undefined when the tree holds no interface file and was not named with --tree (the policy's
 * folder is no source tree then: the report says interface routing was not done).
 */
function treeInterfaceMap(tree, policy) {
    const read = readTreeFiles(tree.root, policy.rustReview.interfaceFiles, route.MAX_INTERFACE_FILES);
    if (read.texts.size === 0 && read.notRead === 0 && !tree.explicit)
        return undefined;
    return buildInterfaceMap(read.texts, read.notRead);
}
/**
 * The paths interface routing decides besides the changed ones (the headers and Rust files of the pairs), so
 * a MAINTAINERS read only as far as a run needs reaches them too.
 */
function interfacePaths(files, map, policy) {
    const isInterfaceFile = route.compileInterfaceFiles(policy.rustReview.interfaceFiles);
    return [...new Set(route.interfacePairs(files, map, isInterfaceFile).flatMap((pair) => [pair.rust, pair.header]))];
}

exports.interfacePaths = interfacePaths;
exports.treeInterfaceMap = treeInterfaceMap;
