import { b as policySource, l as loadPolicy, t as treeOf, e as printWarnings } from './cli-route.js';
import 'node:module';

async function runValidate(options, io) {
    const source = policySource(options, io.cwd);
    const { compiled, warnings } = await loadPolicy(source, 'everything', treeOf(options, source, io.cwd));
    printWarnings(warnings, io, Number.POSITIVE_INFINITY);
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

export { runValidate };
