'use strict';

var route = require('./cli-route.cjs');
require('node:module');

function buildInterfaceMap(texts, notRead = 0) {
    const headersOf = new Map();
    const rustOf = new Map();
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

const MAX_INTERFACE_FILE_BYTES = 512 * 1024;
const BINARY_PROBE_BYTES = 8000;
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
function reaches(outer, inner) {
    if (outer.dir === inner.dir)
        return outer.depth > inner.depth;
    if (outer.dir !== '' && !inner.dir.startsWith(`${outer.dir}/`))
        return false;
    const below = outer.dir === '' ? inner.dir.split('/').length : inner.dir.split('/').length - outer.dir.split('/').length;
    return outer.depth >= below + inner.depth;
}
function isBinaryContent(bytes) {
    return bytes.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

const GIT_DIR = '.git';
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
function walkDirectory(root, walk, globs, found) {
    const visit = (at, level) => {
        let entries;
        try {
            entries = route.__builtin.readdirSync(at === '' ? root : route.__builtin$1.join(root, at), { withFileTypes: true });
        }
        catch {
            return;
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
function isFile(path) {
    try {
        return route.__builtin.lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
    }
    catch {
        return false;
    }
}
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

function treeInterfaceMap(tree, policy) {
    const read = readTreeFiles(tree.root, policy.rustReview.interfaceFiles, route.MAX_INTERFACE_FILES);
    if (read.texts.size === 0 && read.notRead === 0 && !tree.explicit)
        return undefined;
    return buildInterfaceMap(read.texts, read.notRead);
}
function interfacePaths(files, map, policy) {
    const isInterfaceFile = route.compileInterfaceFiles(policy.rustReview.interfaceFiles);
    return [...new Set(route.interfacePairs(files, map, isInterfaceFile).flatMap((pair) => [pair.rust, pair.header]))];
}

exports.interfacePaths = interfacePaths;
exports.treeInterfaceMap = treeInterfaceMap;
