'use strict';

var route = require('./cli-route.cjs');
var index = require('./cli-index.cjs');
require('node:module');
require('process');
require('buffer');

function parsePeopleMap(text, file) {
    const lineCounter = new index.distExports.LineCounter();
    const document = index.distExports.parseDocument(text, { lineCounter, uniqueKeys: true });
    const errors = [];
    const at = (offset) => lineCounter.linePos(offset ?? 0);
    for (const problem of document.errors) {
        const { line, col } = at(problem.pos[0]);
        errors.push(route.sourceError('YAML_SYNTAX', problem.message.split('\n')[0], file, line, col));
    }
    const people = {};
    if (errors.length > 0 || document.contents === null)
        return { value: people, errors, warnings: [] };
    if (!index.distExports.isMap(document.contents)) {
        const { line, col } = at(document.contents.range?.[0]);
        errors.push(route.sourceError('WRONG_TYPE', 'expected a map of e-mail: login', file, line, col));
        return { value: people, errors, warnings: [] };
    }
    for (const pair of document.contents.items) {
        const key = index.distExports.isScalar(pair.key) ? pair.key : null;
        const value = index.distExports.isScalar(pair.value) ? pair.value : null;
        const { line, col } = at((value ?? key)?.range?.[0]);
        if (!key || typeof key.value !== 'string' || !key.value.includes('@')) {
            errors.push(route.sourceError('WRONG_TYPE', `expected an e-mail address as key, not ${String(key?.value)}`, file, line, col));
            continue;
        }
        if (!value || typeof value.value !== 'string') {
            errors.push(route.sourceError('WRONG_TYPE', `${key.value}: expected a GitHub login or org/team`, file, line, col));
            continue;
        }
        const problem = route.handleProblem(value.value);
        if (problem)
            errors.push(route.sourceError('BAD_PERSON', `${key.value}: ${problem}`, file, line, col));
        else
            people[key.value.toLowerCase()] = value.value;
    }
    return { value: people, errors, warnings: [] };
}

const HEADER = [
    ' maintainers.yml for rust-patch-router, printed by `rust-patch-router import`.',
    ' Subsystems, paths and people are read from the MAINTAINERS file named under import.path; this file',
    ' adds what MAINTAINERS cannot say: who is who on GitHub (import.people) and the stance of each',
    ' subsystem on Rust (import.stances: core | opt-in | opt-out | undecided). Sections named "[RUST]" opt',
    ' in unless a stance says otherwise; the rest take default-stance.',
].join('\n');
function printPolicyYaml(policy, options = {}) {
    const { imported, own, kernelFile } = splitBySource(policy);
    const importFile = kernelFile && (options.importPath ?? kernelFile);
    const people = { ...options.people };
    const known = new Set(Object.keys(people).map((email) => email.toLowerCase()));
    for (const person of imported.flatMap((s) => [...s.maintainers, ...s.reviewers])) {
        if (person.email === undefined || person.handle === null || known.has(person.email.toLowerCase()))
            continue;
        known.add(person.email.toLowerCase());
        people[person.email] = person.handle;
    }
    const stances = Object.fromEntries(imported.flatMap((s) => (s.stance && s.stanceSource !== 'rust-tag' ? [[s.name, s.stance]] : [])));
    const document = new index.distExports.Document({
        version: 1,
        rust: { files: policy.rustFiles.map((pattern) => pattern.text), ...rustReviewKeys(policy.rustReview) },
        'default-stance': policy.defaultStance,
        'stance-resolution': policy.stanceResolution,
        labels: policy.labels,
        ...(importFile && { import: { path: importFile, people, stances } }),
        subsystems: [...imported.flatMap(extensionEntry), ...own.map(fullEntry)],
    });
    document.commentBefore = HEADER;
    return document.toString({ lineWidth: 0 });
}
function splitBySource(policy) {
    const [first, second] = policy.sources;
    const config = second !== undefined || /\.ya?ml$/i.test(first ?? '') ? first : undefined;
    const kernelFile = second ?? (config === undefined ? first : undefined);
    if (kernelFile === undefined)
        return { imported: [], own: [...policy.subsystems] };
    const fromConfig = (subsystem) => subsystem.origin.file === config;
    return {
        imported: policy.subsystems.filter((subsystem) => !fromConfig(subsystem)),
        own: policy.subsystems.filter(fromConfig),
        kernelFile,
    };
}
function extensionEntry(section) {
    const added = (people) => handles(people.filter((person) => person.email === undefined));
    const entry = compact({
        name: section.name,
        extends: 'imported',
        maintainers: added(section.maintainers),
        reviewers: added(section.reviewers),
        labels: section.labels,
    });
    return Object.keys(entry).length > 2 ? [entry] : [];
}
function fullEntry(subsystem) {
    return compact({
        name: subsystem.name,
        rust: subsystem.stance,
        maintainers: handles(subsystem.maintainers),
        reviewers: handles(subsystem.reviewers),
        files: subsystem.files.map((pattern) => pattern.text),
        exclude: subsystem.exclude.map((pattern) => pattern.text),
        names: subsystem.names.map((pattern) => pattern.text),
        keywords: subsystem.keywords.map((keyword) => keyword.text),
        labels: subsystem.labels,
        status: subsystem.status,
    });
}
function handles(people) {
    return people.flatMap((person) => (person.handle === null ? [] : [person.handle]));
}
function compact(entry) {
    return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}
function rustReviewKeys(review) {
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    const keys = {};
    if (!same(review.checks, route.DEFAULT_RUST_REVIEW.checks))
        keys.checks = review.checks;
    if (!same(review.featuresFiles, route.DEFAULT_RUST_REVIEW.featuresFiles))
        keys['features-files'] = review.featuresFiles;
    if (!same(review.toolchainFiles, route.DEFAULT_RUST_REVIEW.toolchainFiles))
        keys['toolchain-files'] = review.toolchainFiles;
    if (!same(review.interfaceFiles, route.DEFAULT_RUST_REVIEW.interfaceFiles))
        keys['interface-files'] = review.interfaceFiles;
    return keys;
}

function runImport(options, io) {
    const [maintainers] = options.positionals;
    const read = route.readTextInput(maintainers, 'import');
    if ('error' in read)
        throw new route.InputError([read.error]);
    if (route.policyKind(read.text) === 'yaml') {
        throw new route.InputError([
            route.wholeInputError('BAD_ARGUMENT', 'looks like a maintainers.yml, not a kernel MAINTAINERS file (import)', maintainers),
        ]);
    }
    const policy = route.policyFromKernel(read.text, maintainers);
    if (policy.errors.length > 0)
        throw new route.InputError(policy.errors);
    if (policy.value.subsystems.length === 0) {
        throw new route.InputError([
            route.wholeInputError('BAD_ARGUMENT', "has no MAINTAINERS sections, no 'X:<tab>value' tag lines (import)", maintainers),
        ]);
    }
    let people = {};
    if (options.people !== undefined) {
        const peopleRead = route.readTextInput(options.people, '--people');
        if ('error' in peopleRead)
            throw new route.InputError([peopleRead.error]);
        const parsed = parsePeopleMap(peopleRead.text, options.people);
        if (parsed.errors.length > 0)
            throw new route.InputError(parsed.errors);
        people = parsed.value;
    }
    route.printWarnings(policy.warnings, io);
    const importPath = route.__builtin$1.relative(io.cwd, route.__builtin$1.resolve(io.cwd, maintainers)) || maintainers;
    if (importPath.startsWith('..') || route.__builtin$1.isAbsolute(importPath)) {
        io.stderr(`note: import.path '${importPath}' lies outside this folder: the CLI reads it from here; in a repository, ` +
            'the action reads import.path relative to the repository root\n');
    }
    io.stdout(printPolicyYaml(policy.value, { people, importPath }));
    return 0;
}

exports.runImport = runImport;
