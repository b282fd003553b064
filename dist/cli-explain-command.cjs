'use strict';

var route = require('./cli-route.cjs');
require('node:module');

async function runExplain(options, io) {
    const source = route.policySource(options, io.cwd);
    const tree = route.treeOf(options, source, io.cwd);
    const errors = [];
    const paths = [];
    for (const written of options.positionals) {
        const normalized = route.normalizeRepoPath(written, tree.root);
        if ('problem' in normalized) {
            errors.push(route.wholeInputError('BAD_PATH', normalized.problem, written));
            continue;
        }
        const isDirectory = !normalized.path.endsWith('/') && route.statOrNull(route.__builtin$1.join(tree.root, normalized.path))?.isDirectory();
        paths.push(isDirectory ? `${normalized.path}/` : normalized.path);
    }
    if (errors.length > 0)
        throw new route.InputError(errors);
    const { compiled, warnings } = await route.loadPolicy(source, { paths, keywords: false }, tree);
    route.printWarnings(warnings, io);
    const { subsystems } = compiled.policy;
    const decision = route.routeChanges({ files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [] }, compiled);
    const hit = (h) => ({
        subsystem: subsystems[h.subsystem].name,
        pattern: h.pattern.text,
        specificity: h.specificity,
        origin: `${h.pattern.origin.file}:${h.pattern.origin.line}:${h.pattern.origin.col}`,
    });
    const reports = decision.files.map((file) => {
        const { matched, excluded } = compiled.index.explain(file.path);
        return { path: file.path, matched: matched.map(hit), excluded: excluded.map(hit), file };
    });
    if (options.format === 'json') {
        io.stdout(`${JSON.stringify({ paths: reports }, null, 2)}\n`);
        return 0;
    }
    const lines = [];
    for (const { path, matched, excluded, file } of reports) {
        if (lines.length > 0)
            lines.push('');
        lines.push(`${route.escapeTerminal(path)}${file.rust ? ' (Rust)' : ''}`);
        lines.push(matched.length > 0 ? 'matched:' : 'matched: nothing');
        for (const h of matched) {
            lines.push(`  ${route.escapeTerminal(h.subsystem)}: "${route.escapeTerminal(h.pattern)}" at ${h.origin} (specificity ${h.specificity})`);
        }
        for (const h of excluded) {
            lines.push(`  excluded from ${route.escapeTerminal(h.subsystem)} by X: "${route.escapeTerminal(h.pattern)}" at ${h.origin}`);
        }
        lines.push(`owners, most specific first: ${file.subsystems.map(route.escapeTerminal).join('; ') || 'none'}`);
        const stance = file.stance ? `, stance ${file.stance}${file.stanceSource ? ` (${file.stanceSource})` : ''}` : '';
        lines.push(`decision: ${file.decision}${file.owner ? ` by ${route.escapeTerminal(file.owner)}` : ''}${stance}`);
        if (file.reason)
            lines.push(`because: ${route.escapeTerminal(route.reasonText(file.reason))}`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return 0;
}

exports.runExplain = runExplain;
