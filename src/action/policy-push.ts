/**
 * Whether a push changed the policy (docs/GATE.md, "The sweep"): the config file and the MAINTAINERS it
 * imports, compared as git objects at `before` and `after` — two blob ids in one GraphQL request, plus, when
 * the config is the same, the config's text (to find its import) and the import's two ids. A push that leaves
 * the policy alone costs at most three requests and writes nothing. Not the push payload's file lists:
 * GitHub caps them, so a missing path there proves nothing.
 */
import { validateConfig } from '../config/validate-config.js';
import type { GitHubClient } from '../github/client.js';
import { getFileAtCommit } from '../github/get-file-at-commit.js';
import { getGitObjects } from '../github/get-git-objects.js';
import type { RepoRef } from '../github/types.js';
import type { Policy } from '../model.js';
import { changedEntries } from '../routing/policy-entries.js';
import { readPolicyAtCommit } from '../github/read-policy-at-commit.js';

/** A push as its payload names it. */
export interface Push {
  branch: string;
  /** All zeros for a new branch. */
  before: string;
  after: string;
}

export type PushVerdict =
  | { changed: false; why: string }
  | {
      changed: true;
      why: string;
      /** The policy at `after`, when it reads (the sweep decides by it). */
      after: Policy | null;
      /** The subsystems the push changed; 'all' when the policy before the push could not be read. */
      changedSubsystems: ReadonlySet<string> | 'all';
    };

/**
 * @example await policyPushVerdict(client, repo, 'maintainers.yml', { branch: 'main', before, after })
 *   // → { changed: false, why: 'maintainers.yml and MAINTAINERS are the same at 5f1b2c3 and 9e8d7c6' }
 */
export async function policyPushVerdict(
  client: GitHubClient,
  repo: RepoRef,
  config: string,
  push: Push,
): Promise<PushVerdict> {
  const short = (sha: string) => sha.slice(0, 7);
  if (/^0+$/.test(push.before)) return changedBy(client, repo, config, push, `${push.branch} is a new branch`);
  const blobs = await getGitObjects(client, repo, { objects: [`${push.before}:${config}`, `${push.after}:${config}`] });
  const configBefore = blobs.objects.get(`${push.before}:${config}`) ?? null;
  const configAfter = blobs.objects.get(`${push.after}:${config}`) ?? null;
  if (configBefore === null && configAfter === null) {
    return { changed: false, why: `${config} exists neither at ${short(push.before)} nor at ${short(push.after)}` };
  }
  if (configBefore?.oid !== configAfter?.oid) {
    return changedBy(client, repo, config, push, `the push changed ${config}`);
  }
  const text = await getFileAtCommit(client, repo, config, push.after);
  const imported = validateConfig(text, config).value?.import?.path;
  if (imported === undefined) {
    return { changed: false, why: `${config} is the same at ${short(push.before)} and ${short(push.after)}` };
  }
  const imports = await getGitObjects(client, repo, {
    objects: [`${push.before}:${imported}`, `${push.after}:${imported}`],
  });
  if (
    imports.objects.get(`${push.before}:${imported}`)?.oid !== imports.objects.get(`${push.after}:${imported}`)?.oid
  ) {
    return changedBy(client, repo, config, push, `the push changed ${imported}, which ${config} imports`);
  }
  return {
    changed: false,
    why: `${config} and ${imported} are the same at ${short(push.before)} and ${short(push.after)}`,
  };
}

/** The verdict for a push that changed the policy: the policy after it, and which subsystems changed. */
async function changedBy(
  client: GitHubClient,
  repo: RepoRef,
  config: string,
  push: Push,
  why: string,
): Promise<PushVerdict> {
  const read = async (commit: string): Promise<Policy | null> => {
    try {
      return (await readPolicyAtCommit(client, repo, config, commit)).value;
    } catch {
      // Absent or unreadable: the sweep reads `after` itself and reports why; `before` only narrows reads.
      return null;
    }
  };
  const fresh = /^0+$/.test(push.before);
  const [before, after] = await Promise.all([fresh ? Promise.resolve(null) : read(push.before), read(push.after)]);
  // A change to the Rust checks' settings concerns every PR the checks could look at: 'all'.
  const changedSubsystems =
    before !== null && after !== null && JSON.stringify(before.rustReview) === JSON.stringify(after.rustReview)
      ? new Set(changedEntries(before, after).map((entry) => entry.subsystem))
      : 'all';
  return { changed: true, why, after, changedSubsystems };
}
