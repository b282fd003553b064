/**
 * The Rust ↔ C map of one base commit (docs/RUST-REVIEW.md, "The Rust ↔ C map"), from the interface files'
 * texts: built once per run, then looked up both ways by interface-pairs.ts.
 */
import { compare } from './interface-files.js';
import { headersInText } from './named-headers.js';
import type { InterfaceMap } from './types.js';

/**
 * Builds the map from `texts` (repository path → content, as read at the base). A file naming no header is
 * left out of `headersOf`. `notRead` is passed through for the report's note (interfaceFilesIn's count).
 *
 * @example buildInterfaceMap(new Map([['rust/helpers/blk.c', '#include <linux/blkdev.h>\n']])).rustOf.get('include/linux/blkdev.h')
 *   // → ['rust/helpers/blk.c']
 */
export function buildInterfaceMap(texts: ReadonlyMap<string, string>, notRead = 0): InterfaceMap {
  const headersOf = new Map<string, string[]>();
  const rustOf = new Map<string, string[]>();
  // Sorted first, so both maps iterate in path order and every list comes out sorted without a second pass.
  for (const path of [...texts.keys()].sort(compare)) {
    const headers = headersInText(path, texts.get(path) ?? '');
    if (headers.length === 0) continue;
    headersOf.set(path, headers);
    for (const header of headers) {
      const rust = rustOf.get(header);
      if (rust === undefined) rustOf.set(header, [path]);
      else rust.push(path);
    }
  }
  const sortedRustOf = new Map([...rustOf].sort(([a], [b]) => compare(a, b)));
  return { headersOf, rustOf: sortedRustOf, notRead };
}
