/**
 * What `--format get-maintainer` prints, as get_maintainer.pl's switches choose it: `--nom`, `--nor` and `--nol`
 * leave out the M:, R: and L: lines of the sections visited (a person then keeps the role of the next line
 * that names them), and `--norolestats` prints the addresses alone. A kernel developer's git config commonly
 * splits the two: `--to-cmd` with `--nol` (the people), `--cc-cmd` with `--nom` (reviewers and lists).
 */
export interface GetMaintainerOutput {
  /** M: lines (get_maintainer.pl's `--m`, on by default). */
  maintainers: boolean;
  /** R: lines (`--r`). */
  reviewers: boolean;
  /** L: lines (`--l`). */
  lists: boolean;
  /** ` (role:SECTION)` after each address (`--rolestats`). */
  roles: boolean;
}

/**
 * What get_maintainer.pl prints given these of its switches, spelled without dashes (`nol`, `norolestats`);
 * others (`nogit`) change nothing here. No switch: everyone, with roles, its default.
 *
 * @example getMaintainerOutput(['nol', 'norolestats']) // → { maintainers: true, reviewers: true, lists: false, roles: false }
 */
export function getMaintainerOutput(switches: readonly string[]): GetMaintainerOutput {
  return {
    maintainers: !switches.includes('nom'),
    reviewers: !switches.includes('nor'),
    lists: !switches.includes('nol'),
    roles: !switches.includes('norolestats'),
  };
}
