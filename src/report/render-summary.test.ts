import { readFileSync } from 'node:fs';
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { routeChanges } from '../routing/route.js';
import { renderComment } from './render-comment.js';
import { GITHUB_MAX_SUMMARY_BYTES, renderSummary } from './render-summary.js';

const EXAMPLE = readFileSync(new URL('../../maintainers.yml', import.meta.url), 'utf8');
const compiled = compilePolicy(assemblePolicy(validateConfig(EXAMPLE, 'maintainers.yml').value!).value).value;
const route = (paths: string[]) =>
  routeChanges(
    { files: paths.map((path) => ({ path, status: 'modified' })), title: '', body: '', diffLines: [] },
    compiled,
  );
const context = { policyCommit: '0123abcd', policyFile: 'maintainers.yml', timings: { 'read policy': 12.4, route: 3 } };

describe('renderSummary', () => {
  it('has the comment’s content without its marker, plus the policy commit and timings', () => {
    const decision = route(['rust/kernel/dma.rs', 'drivers/net/phy/ax88796b_rust.rs']);
    const summary = renderSummary(decision, context);
    const comment = renderComment(decision);
    expect(summary.startsWith('## rust-patch-router\n\n### ⛔ Blocked\n')).toBe(true);
    expect(summary).toContain(comment.slice(comment.indexOf('### ⛔ Blocked'), comment.indexOf('<details>')));
    expect(summary).toContain('Policy `maintainers.yml` at `0123abcd`.');
    expect(summary).toContain('| Step | Time |\n| --- | ---: |\n| read policy | 12 ms |\n| route | 3 ms |');
    expect(summary).not.toContain('<!-- rust-patch-router -->');
  });

  it('lists notes from applying the decision, escaped', () => {
    const summary = renderSummary(route(['rust/kernel/str.rs']), {
      ...context,
      notes: ['review request for @ghost rejected'],
    });
    expect(summary).toContain('**Notes**\n\n- review request for @\u200dghost rejected');
  });

  it('stays within 1 MiB for 100,000 files, cutting the per-file detail first and saying where the rest is', () => {
    const paths = Array.from({ length: 100_000 }, (_, i) => `drivers/net/phy/vendor${i % 100}/phy_${i}.rs`);
    const summary = renderSummary(route(paths), context);
    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(GITHUB_MAX_SUMMARY_BYTES);
    expect(summary).toMatch(/\*… \d+ more paths not shown: the `report` output has the complete decision\.\*/);
    expect(summary).toContain('Policy `maintainers.yml` at `0123abcd`.');
  });
});
