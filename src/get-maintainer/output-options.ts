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

/** get_maintainer.pl's defaults: everyone, with roles. */
export const GET_MAINTAINER_DEFAULTS: Readonly<GetMaintainerOutput> = {
  maintainers: true,
  reviewers: true,
  lists: true,
  roles: true,
};
