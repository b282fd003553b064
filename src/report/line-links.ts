/**
 * Links to a finding's line at the PR's head commit, for the comment and the summary (docs/RUST-REVIEW.md,
 * "Findings"). The head commit, not the branch: a link must keep pointing at the line that was judged.
 */
import type { LineLink } from './review-blocks.js';

/**
 * @example blobLineLink('https://github.com', { owner: 'o', repo: 'r' }, 'c0ffee')('rust/kernel/a b.rs', 12)
 *   // → 'https://github.com/o/r/blob/c0ffee/rust/kernel/a%20b.rs#L12'
 */
export function blobLineLink(serverUrl: string, repo: { owner: string; repo: string }, sha: string): LineLink {
  const base = `${serverUrl.replace(/\/+$/, '')}/${repo.owner}/${repo.repo}/blob/${sha}/`;
  return (path, line) =>
    `${base}${path.split('/').map(encodeURIComponent).join('/')}${line === null ? '' : `#L${line}`}`;
}
