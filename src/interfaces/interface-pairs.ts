/**
 * The Rust ↔ C pairs a change touches (docs/RUST-REVIEW.md, "rust-to-c" and "c-to-rust"): the map says what
 * the base names, the diff's hunks what the change adds (or, for a header, adds and removes).
 */
import type { ChangedFile } from '../diff/types.js';
import { compare } from './interface-files.js';
import { headersInLine } from './named-headers.js';
import type { InterfaceMap, InterfacePair } from './types.js';

/**
 * The pairs `files` touch, each once: rust-to-c (rust path, header) sorted by rust then header, then
 * c-to-rust sorted by header then rust.
 *
 * - rust-to-c, for a changed interface file (its new path, or the old one when it moved out of the interface
 *   files): a `.rs` file or a helper `.c` → the headers it names at the base (under either path of a rename)
 *   plus those its added lines name; an interface header (the bindings header) → only those its added and
 *   removed lines name, since it includes every header any binding needs and a one-line change to it concerns
 *   one header. Without hunks (a path list), only the base is known: a header then names nothing.
 * - c-to-rust, for a changed path (either path of a rename) that the map knows as a header → one pair per Rust
 *   side naming it.
 *
 * @example interfacePairs([{ path: 'include/linux/phy.h', status: 'modified' }], map, isInterfaceFile)
 *   // → [{ direction: 'c-to-rust', rust: 'rust/bindings/bindings_helper.h', header: 'include/linux/phy.h' },
 *   //    { direction: 'c-to-rust', rust: 'rust/kernel/net/phy.rs', header: 'include/linux/phy.h' }]
 */
export function interfacePairs(
  files: readonly ChangedFile[],
  map: InterfaceMap,
  isInterfaceFile: (path: string) => boolean,
): InterfacePair[] {
  const rustToC = new PairSet();
  const cToRust = new PairSet();
  for (const file of files) {
    const paths = file.previousPath === undefined ? [file.path] : [file.path, file.previousPath];
    const rust = paths.find(isInterfaceFile);
    if (rust !== undefined) {
      for (const header of namedByChange(file, paths, rust, map)) rustToC.add(rust, header);
    }
    for (const header of paths) {
      for (const side of map.rustOf.get(header) ?? []) cToRust.add(side, header);
    }
  }
  return [
    ...rustToC.sorted('rust-to-c', (a, b) => compare(a.rust, b.rust) || compare(a.header, b.header)),
    ...cToRust.sorted('c-to-rust', (a, b) => compare(a.header, b.header) || compare(a.rust, b.rust)),
  ];
}

/** The headers a changed interface file names for rust-to-c (see interfacePairs). */
function namedByChange(file: ChangedFile, paths: readonly string[], rust: string, map: InterfaceMap): Set<string> {
  const headers = new Set<string>();
  const onlyChangedLines = rust.endsWith('.h');
  if (!onlyChangedLines) {
    for (const path of paths) for (const header of map.headersOf.get(path) ?? []) headers.add(header);
  }
  for (const hunk of file.hunks ?? []) {
    for (const line of hunk.lines) {
      const marker = line[0];
      if (marker === '+' || (onlyChangedLines && marker === '-')) {
        for (const header of headersInLine(rust, line.slice(1))) headers.add(header);
      }
    }
  }
  return headers;
}

/** Pairs of one direction, each once. */
class PairSet {
  private readonly pairs = new Map<string, { rust: string; header: string }>();

  add(rust: string, header: string): void {
    // NUL cannot occur in a path, so the key is unambiguous.
    this.pairs.set(`${rust}\u0000${header}`, { rust, header });
  }

  sorted(
    direction: InterfacePair['direction'],
    order: (a: { rust: string; header: string }, b: { rust: string; header: string }) => number,
  ): InterfacePair[] {
    return [...this.pairs.values()].sort(order).map(({ rust, header }) => ({ direction, rust, header }));
  }
}
