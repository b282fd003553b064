'use strict';

var route = require('./cli-route.cjs');
require('node:module');

async function runValidate(options, io) {
    const source = route.policySource(options, io.cwd);
    const { compiled, warnings } = await route.loadPolicy(source, 'everything', route.treeOf(options, source, io.cwd));
    route.printWarnings(warnings, io, Number.POSITIVE_INFINITY);
    const { subsystems, notOnGitHub } = compiled.policy;
    const byStance = new Map();
    for (const subsystem of subsystems) {
        const stance = subsystem.stance ?? `${compiled.policy.defaultStance} (default)`;
        byStance.set(stance, (byStance.get(stance) ?? 0) + 1);
    }
    const stances = [...byStance].map(([stance, count]) => `${count} ${stance}`).join(', ');
    io.stdout(`${source.file}: ok — ${subsystems.length} subsystems (${stances})`);
    io.stdout(notOnGitHub.length > 0 ? `; ${notOnGitHub.length} people not on GitHub\n` : '\n');
    return 0;
}

exports.runValidate = runValidate;
