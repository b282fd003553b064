/**
 * Folding a series (several mails of a format-patch series, or several commits of a git range) into the one
 * ChangeSet that routing sees: one entry per path, and one title and body.
 */
import type { ChangedFile, ChangeStatus } from './types.js';

/** One commit message: a mail's cleaned Subject and body, or a commit's subject and body. */
export interface SeriesMessage {
  subject: string;
  body: string;
  /** The `[PATCH 0/N]` mail, whose subject names the whole series. */
  isCover?: boolean;
}

/**
 * Titles and describes a series, oldest message first, so that every subject appears exactly once in
 * title + body (keywords are matched against both, docs/ROUTING.md, "Keywords"):
 * - one message: its subject and body;
 * - with a cover letter: the cover's subject; the body is the cover's body, then each patch's
 *   `subject\n\nbody`;
 * - otherwise: the subjects joined with `; ` (a reader sees the whole series in one line, as in a shortlog),
 *   and the bodies one after another.
 *
 * @example describeSeries([{ subject: 'rust: add Opaque', body: '' }, { subject: 'net: phy: use it', body: 'Uses it.' }])
 *   // → { title: 'rust: add Opaque; net: phy: use it', body: 'Uses it.' }
 */
export function describeSeries(messages: readonly SeriesMessage[]): { title: string; body: string } {
  if (messages.length === 0) return { title: '', body: '' };
  if (messages.length === 1) return { title: messages[0].subject, body: messages[0].body };
  const cover = messages.find((message) => message.isCover);
  if (cover) {
    const parts = [cover.body];
    for (const message of messages) {
      if (message !== cover)
        parts.push(message.body === '' ? message.subject : `${message.subject}\n\n${message.body}`);
    }
    return { title: cover.subject, body: joinParagraphs(parts) };
  }
  return {
    title: messages.map((message) => message.subject).join('; '),
    body: joinParagraphs(messages.map((message) => message.body)),
  };
}

function joinParagraphs(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('\n\n');
}

/** A later touch of a path that says less than an earlier one: `added` then `modified` is still `added`. */
const WEAK_STATUSES: ReadonlySet<ChangeStatus> = new Set(['modified', 'changed', 'unchanged']);

/**
 * Merges the files of several patches, one entry per path, in order of first appearance. A later patch's
 * status wins unless it is a mere modification of what an earlier one added, renamed or copied (patch 1 adds
 * `ax88796b_rust.rs`, patch 2 edits it: the series adds it). `binary` sticks once any patch says so.
 *
 * Hunks are concatenated in patch order: each patch's hunks count lines against the file as the patches
 * before it left it, so a later patch's line numbers may be off by what earlier ones added. The checks read
 * every hunk as its own view of the file, which stays true whatever the numbering.
 */
export function mergeChangedFiles(files: readonly ChangedFile[]): ChangedFile[] {
  const byPath = new Map<string, ChangedFile>();
  for (const file of files) {
    const earlier = byPath.get(file.path);
    if (!earlier) {
      byPath.set(file.path, { ...file });
      continue;
    }
    const merged: ChangedFile = WEAK_STATUSES.has(file.status) ? { ...earlier } : { ...file };
    if (merged.binary !== true && (earlier.binary || file.binary)) merged.binary = true;
    const hunks = [...(earlier.hunks ?? []), ...(file.hunks ?? [])];
    if (hunks.length > 0) merged.hunks = hunks;
    else delete merged.hunks;
    byPath.set(file.path, merged);
  }
  return [...byPath.values()];
}
