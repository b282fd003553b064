'use strict';

var index = require('./cli-index.cjs');
var route = require('./cli-route.cjs');
require('process');
require('buffer');
require('node:module');

const READS_PER_CHAR = 4;
const READS_ALLOWANCE = 100_000;
class AliasExpansionLimit extends Error {
}
class YamlReader {
    file;
    lineCounter;
    errors = [];
    warnings = [];
    aliasTargets = new Map();
    reads = 0;
    maxReads;
    constructor(file, lineCounter, root, textLength) {
        this.file = file;
        this.lineCounter = lineCounter;
        this.maxReads = READS_ALLOWANCE + READS_PER_CHAR * textLength;
        this.indexAnchors(root);
    }
    origin(node, fallback) {
        if (index.distExports.isNode(node) && node.range) {
            const { line, col } = this.lineCounter.linePos(node.range[0]);
            return { file: this.file, line, col };
        }
        return fallback ?? { file: this.file, line: 1, col: 1 };
    }
    error(code, message, at) {
        this.errors.push({ code, message, file: at.file, line: at.line, col: at.col });
    }
    warn(code, message, at) {
        this.warnings.push({ code, message, file: at.file, line: at.line, col: at.col });
    }
    blame(raw, node, fallback) {
        return index.distExports.isAlias(raw) ? this.origin(raw) : this.origin(node ?? raw, fallback);
    }
    resolve(node) {
        if (++this.reads > this.maxReads) {
            this.error('TOO_LARGE', 'aliases expand to too many nodes (an alias bomb?)', this.origin(node));
            throw new AliasExpansionLimit();
        }
        if (!index.distExports.isAlias(node))
            return index.distExports.isNode(node) ? node : undefined;
        const target = this.aliasTargets.get(node);
        if (!target) {
            this.error('YAML_SYNTAX', `unknown alias '*${node.source}': define '&${node.source}' before it`, this.origin(node));
        }
        return target;
    }
    isUnresolved(raw, node) {
        return node === undefined && index.distExports.isAlias(raw);
    }
    isAbsent(node) {
        return node === undefined || (index.distExports.isScalar(node) && node.value === null);
    }
    fields(raw, what, allowed) {
        const entries = this.entries(raw, what);
        if (!entries)
            return undefined;
        const fields = new Map();
        for (const field of entries) {
            if (allowed.includes(field.key)) {
                fields.set(field.key, field);
                continue;
            }
            const suggestion = route.didYouMean(field.key, allowed);
            const hint = suggestion ? ` (did you mean '${suggestion}'?)` : `; expected one of: ${allowed.join(', ')}`;
            const where = what ? ` in ${what}` : '';
            this.error('UNKNOWN_KEY', `unknown key '${field.key}'${where}${hint}`, field.origin);
        }
        return fields;
    }
    entries(raw, what) {
        const node = this.resolve(raw);
        if (this.isAbsent(node))
            return [];
        if (!index.distExports.isMap(node)) {
            this.error('WRONG_TYPE', `${what || 'the policy'}: expected a mapping, got ${kindOf(node)}`, this.blame(raw, node));
            return undefined;
        }
        const entries = [];
        for (const pair of node.items) {
            const key = this.resolve(pair.key);
            const origin = this.origin(key ?? pair.key, this.origin(node));
            if (!index.distExports.isScalar(key) || typeof key.value !== 'string') {
                this.error('WRONG_TYPE', `${what}: keys must be strings, got ${kindOf(key)}`, origin);
                continue;
            }
            entries.push({ key: key.value, origin, value: pair.value });
        }
        return entries;
    }
    string(raw, what, fallback) {
        const node = this.resolve(raw);
        if (this.isUnresolved(raw, node))
            return undefined;
        if (index.distExports.isScalar(node) && typeof node.value === 'string')
            return { text: node.value, origin: this.origin(node, fallback) };
        const hint = index.distExports.isScalar(node) && typeof node.value === 'number' ? ` (quote it: "${String(node.source ?? node.value)}")` : '';
        this.error('WRONG_TYPE', `${what}: expected a string, got ${kindOf(node)}${hint}`, this.blame(raw, node, fallback));
        return undefined;
    }
    strings(raw, what, fallback) {
        const node = this.resolve(raw);
        if (this.isAbsent(node))
            return [];
        if (!index.distExports.isSeq(node)) {
            const example = index.distExports.isScalar(node) && typeof node.value === 'string' ? ` (write [${node.value}])` : '';
            this.error('WRONG_TYPE', `${what}: expected a list of strings, got ${kindOf(node)}${example}`, this.blame(raw, node, fallback));
            return [];
        }
        const values = [];
        for (const item of node.items) {
            const value = this.string(item, what, this.origin(node));
            if (value === undefined)
                continue;
            if (value.text.trim() === '')
                this.error('WRONG_TYPE', `${what}: empty string`, value.origin);
            else
                values.push(value);
        }
        return values;
    }
    indexAnchors(root) {
        const anchors = new Map();
        const stack = index.distExports.isNode(root) ? [{ node: root, done: false }] : [];
        while (stack.length > 0) {
            const { node, done } = stack.pop();
            if (done) {
                anchors.set(node.anchor, node);
                continue;
            }
            if (index.distExports.isAlias(node)) {
                const target = anchors.get(node.source);
                if (target)
                    this.aliasTargets.set(node, target);
                continue;
            }
            if (node.anchor)
                stack.push({ node, done: true });
            const children = index.distExports.isMap(node)
                ? node.items.flatMap((pair) => [pair.key, pair.value])
                : index.distExports.isSeq(node)
                    ? node.items
                    : [];
            for (let i = children.length - 1; i >= 0; i--) {
                const child = children[i];
                if (index.distExports.isNode(child))
                    stack.push({ node: child, done: false });
            }
        }
    }
}
function kindOf(node) {
    if (node === undefined)
        return 'nothing';
    if (index.distExports.isMap(node))
        return 'a mapping';
    if (index.distExports.isSeq(node))
        return 'a list';
    if (!index.distExports.isScalar(node))
        return 'an unsupported node';
    switch (typeof node.value) {
        case 'string':
            return 'a string';
        case 'number':
        case 'bigint':
            return 'a number';
        case 'boolean':
            return 'a boolean';
        default:
            return node.value === null ? 'nothing (null)' : 'an unsupported value';
    }
}

function readSubsystems(r, raw) {
    const node = r.resolve(raw);
    if (r.isAbsent(node))
        return [];
    if (!index.distExports.isSeq(node)) {
        r.error('WRONG_TYPE', `subsystems: expected a list of subsystems, got ${kindOf(node)}`, r.blame(raw, node));
        return [];
    }
    const entries = [];
    const byName = new Map();
    for (const item of node.items) {
        const entry = readSubsystem(r, item, r.origin(node));
        if (entry === undefined)
            continue;
        const { subsystem } = entry;
        const first = byName.get(subsystem.name);
        if (first) {
            const at = index.distExports.isAlias(item) ? r.origin(item) : subsystem.origin;
            r.error('DUPLICATE_SUBSYSTEM', `duplicate subsystem '${subsystem.name}', also defined at ${route.formatOrigin(first.origin)}`, at);
            continue;
        }
        byName.set(subsystem.name, subsystem);
        entries.push(entry);
    }
    return entries;
}
function readSubsystem(r, raw, listOrigin) {
    const node = r.resolve(raw);
    const at = r.origin(node ?? raw, listOrigin);
    if (r.isUnresolved(raw, node))
        return undefined;
    if (r.isAbsent(node)) {
        r.error('WRONG_TYPE', 'subsystems: empty entry; expected a mapping with at least a name', at);
        return undefined;
    }
    const fields = r.fields(node, 'subsystem', route.CONFIG_KEYS.subsystem);
    if (fields === undefined)
        return undefined;
    const nameField = fields.get('name');
    const name = nameField ? r.string(nameField.value, 'name', nameField.origin) : undefined;
    if (nameField === undefined)
        r.error('MISSING_KEY', "subsystem has no 'name'", at);
    if (name?.text.trim() === '')
        r.error('WRONG_TYPE', 'name: empty string', name.origin);
    const extendsField = fields.get('extends');
    const extendsImported = extendsField &&
        route.readChoice(r, extendsField.value, 'extends value', [route.EXTENDS_IMPORTED], 'WRONG_TYPE', extendsField.origin)
        ? extendsField.origin
        : undefined;
    if (extendsField) {
        for (const [key, field] of fields) {
            if (route.EXTENDS_KEYS.includes(key))
                continue;
            r.error('UNKNOWN_KEY', `'${key}' cannot be used with 'extends: imported': it adds only rust, maintainers, reviewers and ` +
                'labels; paths and status come from MAINTAINERS', field.origin);
        }
    }
    const value = (key) => fields.get(key)?.value;
    const origin = (key) => fields.get(key)?.origin ?? at;
    const stanceField = fields.get('rust');
    const stance = stanceField ? route.readStance(r, stanceField.value, stanceField.origin) : undefined;
    const status = fields.has('status') ? r.string(value('status'), 'status', origin('status'))?.text : undefined;
    const subsystem = {
        name: name?.text ?? '',
        ...(stance && { stance, stanceSource: 'policy' }),
        maintainers: route.readPeople(r, value('maintainers'), 'maintainers', origin('maintainers')),
        reviewers: route.readPeople(r, value('reviewers'), 'reviewers', origin('reviewers')),
        files: route.readPatterns(r, value('files'), 'files', origin('files'), 'path'),
        exclude: route.readPatterns(r, value('exclude'), 'exclude', origin('exclude'), 'path'),
        names: route.readPatterns(r, value('names'), 'names', origin('names'), 'regex'),
        keywords: route.readKeywords(r, value('keywords'), origin('keywords')),
        labels: route.readLabels(r, value('labels'), origin('labels')),
        ...(status !== undefined && { status }),
        origin: name?.origin ?? at,
        tags: {},
    };
    if (name === undefined || name.text.trim() === '')
        return undefined;
    const ownsNothing = subsystem.files.length + subsystem.names.length + subsystem.keywords.length === 0;
    if (ownsNothing && !extendsField) {
        r.warn('MISSING_KEY', `subsystem '${name.text}' has no files, names or keywords: it owns nothing`, name.origin);
    }
    return extendsImported ? { subsystem, extendsImported } : { subsystem };
}

function validateConfig(text, file, options = {}) {
    const lineCounter = new index.distExports.LineCounter();
    const yaml = index.distExports.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const toSourceError = (error) => yamlProblem(error, text, file, lineCounter);
    const warnings = yaml.warnings.map(toSourceError);
    if (yaml.errors.length > 0)
        return { value: null, errors: yaml.errors.map(toSourceError), warnings };
    const r = new YamlReader(file, lineCounter, yaml.contents, text.length);
    let value = null;
    try {
        value = readDocument(r, yaml.contents, options);
    }
    catch (error) {
        if (!(error instanceof AliasExpansionLimit))
            throw error;
    }
    const byPosition = (a, b) => a.line - b.line || a.col - b.col;
    const errors = r.errors.sort(byPosition);
    return { value: errors.length > 0 ? null : value, errors, warnings: [...warnings, ...r.warnings].sort(byPosition) };
}
function yamlProblem(error, text, file, lineCounter) {
    const [start] = error.pos;
    const { line, col } = lineCounter.linePos(Math.max(0, start));
    let message = error.message.split('\n')[0];
    if (error.code === 'DUPLICATE_KEY')
        message = `duplicate key '${keyAt(text, start)}'`;
    if (error.code === 'MULTIPLE_DOCS')
        message = "a policy is a single YAML document: remove the second '---'";
    return route.sourceError('YAML_SYNTAX', message, file, line, col);
}
function keyAt(text, offset) {
    const newline = text.indexOf('\n', offset);
    const line = text.slice(offset, newline === -1 ? text.length : newline);
    return /^(.*?)\s*:(?:\s|$)/.exec(line)?.[1] ?? line.trim();
}
function readDocument(r, root, options) {
    const start = r.origin(root);
    const node = r.resolve(root);
    const empty = r.isAbsent(node);
    if (empty)
        r.error('MISSING_KEY', "empty policy: expected a mapping that starts with 'version: 1'", start);
    const fields = empty ? undefined : r.fields(node, '', route.CONFIG_KEYS.top);
    const field = (key) => fields?.get(key);
    const version = field('version');
    const versionNode = version && r.resolve(version.value);
    if (!version && fields)
        r.error('MISSING_KEY', "missing 'version: 1' (the policy format's version)", start);
    if (version && !(index.distExports.isScalar(versionNode) && versionNode.value === 1)) {
        const written = index.distExports.isScalar(versionNode) ? versionNode.value : undefined;
        const shown = typeof written === 'string' ? JSON.stringify(written) : index.distExports.isScalar(versionNode) ? String(written) : 'a collection';
        r.error('BAD_VERSION', `unsupported version ${shown}: this rust-patch-router reads version 1`, r.origin(versionNode, version.origin));
    }
    const rust = field('rust') && r.fields(field('rust').value, 'rust', route.CONFIG_KEYS.rust);
    const rustFilesField = rust?.get('files');
    const rustFiles = rustFilesField
        ? route.readPatterns(r, rustFilesField.value, 'rust.files', rustFilesField.origin, 'glob')
        : [{ text: route.DEFAULT_RUST_FILES, dialect: 'glob', origin: start }];
    if (rustFilesField && rustFiles.length === 0) {
        r.warn('MISSING_KEY', 'rust.files is empty: no change will count as Rust', rustFilesField.origin);
    }
    return {
        file: r.file,
        version: 1,
        rustFiles,
        rustReview: readRustReview(r, rust),
        defaultStance: readDefaultStance(r, field('default-stance')),
        stanceResolution: readStanceResolution(r, field('stance-resolution')),
        labels: readStatusLabels(r, field('labels')),
        ...(field('import') && readImport(r, field('import'), options)),
        subsystems: readSubsystems(r, field('subsystems')?.value),
    };
}
function readRustReview(r, rust) {
    const review = {
        ...route.DEFAULT_RUST_REVIEW,
        checks: { ...route.DEFAULT_RUST_REVIEW.checks },
    };
    const checks = rust?.get('checks');
    const checkFields = checks && r.fields(checks.value, 'rust.checks', route.CHECK_IDS);
    for (const [key, { value, origin }] of checkFields ?? []) {
        const level = route.readChoice(r, value, `rust.checks.${key} level`, route.CHECK_LEVELS, 'WRONG_TYPE', origin);
        if (level)
            review.checks[key] = level;
    }
    const files = (key) => {
        const field = rust?.get(key);
        return field && r.strings(field.value, `rust.${key}`, field.origin).map((item) => item.text);
    };
    review.featuresFiles = files('features-files') ?? review.featuresFiles;
    review.toolchainFiles = files('toolchain-files') ?? review.toolchainFiles;
    review.interfaceFiles = files('interface-files') ?? review.interfaceFiles;
    return review;
}
function readDefaultStance(r, field) {
    if (!field)
        return 'undecided';
    const stance = route.readStance(r, field.value, field.origin);
    if (stance !== 'core')
        return stance ?? 'undecided';
    const at = r.origin(r.resolve(field.value), field.origin);
    r.error('UNKNOWN_STANCE', "default-stance cannot be 'core': give 'rust: core' to the Rust tree's subsystem", at);
    return 'undecided';
}
function readStanceResolution(r, field) {
    const choice = field && route.readChoice(r, field.value, 'stance-resolution', route.STANCE_RESOLUTIONS, 'WRONG_TYPE');
    return choice ?? 'most-specific';
}
function readStatusLabels(r, field) {
    const labels = { ...route.DEFAULT_STATUS_LABELS };
    const fields = field && r.fields(field.value, 'labels', route.CONFIG_KEYS.labels);
    for (const [key, { value, origin }] of fields ?? []) {
        const name = key;
        if (r.isAbsent(r.resolve(value))) {
            labels[name] = null;
            continue;
        }
        const label = r.string(value, `labels.${key}`, origin);
        if (label && route.checkLabel(r, label))
            labels[name] = label.text;
    }
    return labels;
}
function readImport(r, field, options) {
    const fields = r.fields(field.value, 'import', route.CONFIG_KEYS.import);
    if (!fields)
        return undefined;
    const pathField = fields.get('path');
    if (!pathField) {
        r.error('MISSING_KEY', "import: missing 'path' (the MAINTAINERS file, relative to the repository root)", field.origin);
        return undefined;
    }
    const path = r.string(pathField.value, 'import.path', pathField.origin);
    if (!path)
        return undefined;
    const normalized = path.text.replace(/^(\.\/)+/, '');
    const outside = normalized.startsWith('/') || normalized.split('/').includes('..');
    if (outside && !options.importOutsideRepository) {
        r.error('BAD_PATH', `import.path '${path.text}' must stay inside the repository (relative, no '..')`, path.origin);
        return undefined;
    }
    const people = fields.has('people') ? readPeopleMap(r, fields.get('people')) : [];
    const stances = [];
    for (const entry of r.entries(fields.get('stances')?.value, 'import.stances') ?? []) {
        const stance = route.readStance(r, entry.value, entry.origin);
        if (stance)
            stances.push({ section: entry.key, stance, origin: entry.origin });
    }
    return { import: { path: normalized, origin: path.origin, people, stances } };
}
function readPeopleMap(r, field) {
    const mappings = [];
    const seen = new Map();
    for (const entry of r.entries(field.value, 'import.people') ?? []) {
        if (!entry.key.includes('@')) {
            r.error('BAD_PERSON', `import.people: '${entry.key}' is not an e-mail address (map e-mail: login)`, entry.origin);
            continue;
        }
        const first = seen.get(entry.key.toLowerCase());
        if (first) {
            r.error('BAD_PERSON', `import.people: '${entry.key}' is mapped twice, also at ${route.formatOrigin(first)}`, entry.origin);
            continue;
        }
        seen.set(entry.key.toLowerCase(), entry.origin);
        const handle = route.readHandle(r, entry.value, `import.people '${entry.key}'`, entry.origin);
        if (handle)
            mappings.push({ email: entry.key, handle, origin: entry.origin });
    }
    return mappings;
}

exports.validateConfig = validateConfig;
