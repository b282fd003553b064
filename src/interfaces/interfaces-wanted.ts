/**
 * Whether a change can touch a Rust ↔ C pair at all (docs/RUST-REVIEW.md, "Interface routing"): it changes an
 * interface file, or a C header some Rust may name. Both entry points ask this before reading any interface
 * file, so most changes cost no read.
 */
import type { Policy } from '../model.js';
import { compileInterfaceFiles } from './interface-files.js';

/** @example interfacesWanted(policy, ['drivers/net/phy/phy.c']) // → false */
export function interfacesWanted(policy: Pick<Policy, 'rustReview'>, paths: readonly string[]): boolean {
  const patterns = policy.rustReview.interfaceFiles;
  if (patterns.length === 0) return false;
  const isInterfaceFile = compileInterfaceFiles(patterns);
  return paths.some((path) => path.endsWith('.h') || isInterfaceFile(path));
}
