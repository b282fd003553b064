/**
 * `route --format get-maintainer`: get_maintainer.pl's output for the change, with what get_maintainer.pl
 * reads from its tree — `.mailmap` and the `.yaml` files whose maintainers it lists — read from ours.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMailmap } from '../get-maintainer/mailmap.js';
import { getMaintainerOutput } from '../get-maintainer/output-options.js';
import { renderGetMaintainer } from '../get-maintainer/render-get-maintainer.js';
import { typevalueIndexes } from '../get-maintainer/section-order.js';
import { DEFAULT_KEYWORD_BUDGET_BYTES } from '../routing/route.js';
import type { LoadedPolicy, Tree } from './load-policy.js';

/** The lines get_maintainer.pl would print for `paths` (its order) and the keyword texts of the change. */
export function getMaintainerLines(
  paths: readonly string[],
  keywordTexts: readonly string[],
  loaded: LoadedPolicy,
  tree: Tree,
  /** get_maintainer.pl's switches given (`nol`, `norolestats`, …). */
  switches: readonly string[],
): string[] {
  const { compiled, kernelText } = loaded;
  const hits = keywordTexts.length === 0 ? [] : compiled.keywords.scan(keywordTexts, DEFAULT_KEYWORD_BUDGET_BYTES).hits;
  const lines = hits.map((hit) => hit.keyword.origin.line);
  // get_maintainer.pl orders keyword sections by their K: line's place among MAINTAINERS' kept lines.
  const indexes = kernelText === undefined || hits.length < 2 ? lines : typevalueIndexes(kernelText(), lines);
  const mailmapFile = join(tree.root, '.mailmap');
  return renderGetMaintainer({
    subsystems: compiled.policy.subsystems,
    index: compiled.index,
    paths,
    keywords: hits.map((hit, at) => ({ subsystem: hit.subsystem, keyword: hit.keyword, index: indexes[at] })),
    output: getMaintainerOutput(switches),
    mailmap: existsSync(mailmapFile) ? parseMailmap(readFileSync(mailmapFile, 'utf8')) : undefined,
    readFile: (path) => {
      try {
        return readFileSync(join(tree.root, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
}
