/**
 * `explain PATH…`: for each path, every pattern that matched or excluded it with where it was written, then
 * its owners, stance and decision — what a maintainer checks before trusting the tool over get_maintainer.pl.
 * Text, or with `--format json` one object `{ paths: [...] }`.
 */
import { normalizeRepoPath } from '../diff/parse-path-list.js';
import { InputError, wholeInputError, type SourceError } from '../errors.js';
import type { PatternHit } from '../matcher/types.js';
import { escapeTerminal } from '../report/escape.js';
import { reasonText } from '../report/reason-text.js';
import { routeChanges } from '../routing/route.js';
import type { CliOptions } from './args.js';
import { statOrNull } from './inputs.js';
import { loadPolicy, policySource, treeOf } from './load-policy.js';
import { printWarnings, type CliIo } from './output.js';
import { join } from 'node:path';

export async function runExplain(options: CliOptions, io: CliIo): Promise<number> {
  const source = policySource(options, io.cwd);
  const tree = treeOf(options, source, io.cwd);
  const errors: SourceError[] = [];
  const paths: string[] = [];
  for (const written of options.positionals) {
    const normalized = normalizeRepoPath(written, tree.root);
    if ('problem' in normalized) {
      errors.push(wholeInputError('BAD_PATH', normalized.problem, written));
      continue;
    }
    // As for route: a directory of the tree is explained as get_maintainer.pl routes it, `dir/`.
    const isDirectory = !normalized.path.endsWith('/') && statOrNull(join(tree.root, normalized.path))?.isDirectory();
    paths.push(isDirectory ? `${normalized.path}/` : normalized.path);
  }
  if (errors.length > 0) throw new InputError(errors);
  const { compiled, warnings } = await loadPolicy(source, { paths, keywords: false }, tree);
  printWarnings(warnings, io);
  const { subsystems } = compiled.policy;
  const decision = routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [] },
    compiled,
  );
  const hit = (h: PatternHit) => ({
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
  const lines: string[] = [];
  for (const { path, matched, excluded, file } of reports) {
    if (lines.length > 0) lines.push('');
    lines.push(`${escapeTerminal(path)}${file.rust ? ' (Rust)' : ''}`);
    lines.push(matched.length > 0 ? 'matched:' : 'matched: nothing');
    for (const h of matched) {
      lines.push(
        `  ${escapeTerminal(h.subsystem)}: "${escapeTerminal(h.pattern)}" at ${h.origin} (specificity ${h.specificity})`,
      );
    }
    for (const h of excluded) {
      lines.push(`  excluded from ${escapeTerminal(h.subsystem)} by X: "${escapeTerminal(h.pattern)}" at ${h.origin}`);
    }
    lines.push(`owners, most specific first: ${file.subsystems.map(escapeTerminal).join('; ') || 'none'}`);
    const stance = file.stance ? `, stance ${file.stance}${file.stanceSource ? ` (${file.stanceSource})` : ''}` : '';
    lines.push(`decision: ${file.decision}${file.owner ? ` by ${escapeTerminal(file.owner)}` : ''}${stance}`);
    if (file.reason) lines.push(`because: ${escapeTerminal(reasonText(file.reason))}`);
  }
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
