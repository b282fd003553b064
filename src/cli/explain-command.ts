/**
 * `explain PATH`: every pattern that matched or excluded the path, with where it was written, then the
 * stance and decision for it — what a maintainer checks before trusting the tool over get_maintainer.pl.
 */
import { InputError, sourceError } from '../errors.js';
import { validateRepoPath } from '../diff/parse-path-list.js';
import { reasonText } from '../report/reason-text.js';
import { routeChanges } from '../routing/route.js';
import type { CliOptions } from './args.js';
import type { CliIo } from './io.js';
import { loadPolicy } from './load-policy.js';
import { printWarnings } from './print-errors.js';

export function runExplain(options: CliOptions, io: CliIo): number {
  const [path, ...extra] = options.positionals;
  if (path === undefined || extra.length > 0) {
    throw new InputError([sourceError('BAD_ARGUMENT', 'explain takes exactly one PATH', 'argv')]);
  }
  const problem = validateRepoPath(path);
  if (problem) throw new InputError([sourceError('BAD_PATH', problem, 'argv')]);
  const { compiled, warnings } = loadPolicy(options, [path]);
  printWarnings(warnings, io);
  const { subsystems } = compiled.policy;
  const { matched, excluded } = compiled.index.explain(path);
  const decision = routeChanges(
    { files: [{ path, status: 'modified' }], title: '', body: '', diffLines: [] },
    compiled,
  );
  const file = decision.files[0];
  const hit = (h: (typeof matched)[number]) => ({
    subsystem: subsystems[h.subsystem].name,
    pattern: h.pattern.text,
    specificity: h.specificity,
    origin: `${h.pattern.origin.file}:${h.pattern.origin.line}:${h.pattern.origin.col}`,
  });
  if (options.format === 'json') {
    const report = { path, matched: matched.map(hit), excluded: excluded.map(hit), file };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  }
  const lines = [`${path}${file.rust ? ' (Rust)' : ''}`];
  lines.push(matched.length > 0 ? 'matched:' : 'matched: nothing');
  for (const h of matched.map(hit)) {
    lines.push(`  ${h.subsystem}: "${h.pattern}" at ${h.origin} (specificity ${h.specificity})`);
  }
  for (const h of excluded.map(hit)) lines.push(`  excluded from ${h.subsystem} by X: "${h.pattern}" at ${h.origin}`);
  lines.push(`owners, most specific first: ${file.subsystems.join('; ') || 'none'}`);
  const stance = file.stance ? `, stance ${file.stance}${file.stanceSource ? ` (${file.stanceSource})` : ''}` : '';
  lines.push(`decision: ${file.decision}${file.owner ? ` by ${file.owner}` : ''}${stance}`);
  if (file.reason) lines.push(`because: ${reasonText(file.reason)}`);
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
