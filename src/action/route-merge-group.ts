/**
 * A merge queue's group (docs/GATE.md, "Merge queues"): routed as one change, `base_sha…head_sha`, by the
 * policy at `base_sha`; its holds lifted only by acks on the pull requests of the group that carry the held
 * files; its verdict written as the status on `head_sha`, always — the queue waits for a required status, so
 * every path ends with one (`error` from main.ts when this throws).
 */
import { changedPaths } from '../diff/changed-paths.js';
import type { ChangeSet } from '../diff/types.js';
import { InputError, formatSourceError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { compareCommits } from '../github/compare-commits.js';
import { getCommitStatus } from '../github/get-commit-status.js';
import { getPullRequest } from '../github/get-pull-request.js';
import { readPolicyAtCommit } from '../github/read-policy-at-commit.js';
import { listChangedFiles } from '../github/list-changed-files.js';
import { listMergeQueue, type MergeQueueEntry } from '../github/list-merge-queue.js';
import { listReviews } from '../github/list-reviews.js';
import type { RepoRef } from '../github/types.js';
import { WriteGate } from '../github/write-gate.js';
import { readGitChanges } from '../local/read-git-changes.js';
import { gateStatus } from '../report/render-status.js';
import { compilePolicy } from '../routing/compile-policy.js';
import { combineGroupAcks, holdsCarriedBy, type GroupPull } from '../routing/group-acks.js';
import { isHeld } from '../routing/holds.js';
import { liftHolds } from '../routing/lift-holds.js';
import { collectDiffLines, readPatchHunks } from '../diff/read-hunks.js';
import { routeChanges } from '../routing/route.js';
import type { RoutingDecision } from '../routing/types.js';
import { statusOnlyResult, type ApplyResult } from './apply-decision.js';
import { judgePullAcks } from './read-ack-evidence.js';
import type { RouteLog } from './read-pull-facts.js';
import { resolveDirectories } from './resolve-directories.js';
import { syncGateStatus } from './sync-gate-status.js';

export interface MergeGroupSettings {
  config: string;
  block: boolean;
  status: boolean;
  statusContext: string;
  dryRun: boolean;
  workspace: string | undefined;
}

export interface MergeGroupTarget {
  headSha: string;
  baseSha: string;
  /** The branch the group merges into (no `refs/heads/`): whose queue to read. */
  baseRef: string;
}

export interface RoutedMergeGroup {
  decision: RoutingDecision;
  applied: ApplyResult;
  notes: string[];
  timings: Record<string, number>;
}

/** Decides a merge group and writes its status. */
export async function routeMergeGroup(
  client: GitHubClient,
  repo: RepoRef,
  group: MergeGroupTarget,
  settings: MergeGroupSettings,
  log: RouteLog,
): Promise<RoutedMergeGroup> {
  const timings: Record<string, number> = {};
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    try {
      return await work();
    } finally {
      timings[step] = Date.now() - started;
    }
  };
  const notes: string[] = [];
  const read = await timed('read policy', () => readPolicyAtCommit(client, repo, settings.config, group.baseSha));
  for (const warning of read.warnings) log.warning(warning.message, warning);
  if (read.value === null) throw new InputError(read.errors);
  const policy = read.value;

  const changes = await timed('compare the group', () => groupChanges(client, repo, group, settings.workspace));
  const paths = changedPaths(changes.files).map((entry) => entry.path);
  const directories = await timed('look up directories', () =>
    resolveDirectories(client, repo, group.baseSha, policy.subsystems, paths),
  );
  const compiled = compilePolicy(policy, { isDirectory: directories.isDirectory });
  if (compiled.errors.length > 0) throw new InputError(compiled.errors);
  const routed = routeChanges(changes, compiled.value);

  let decision = routed;
  if (routed.holds.some(isHeld)) {
    const pulls = await timed('judge the group’s acks', () => judgeGroupPulls(client, repo, group, routed, notes));
    decision = liftHolds(routed, combineGroupAcks(routed.holds, pulls), policy.labels);
  }

  const planned = gateStatus(decision, { block: settings.block });
  const gate = new WriteGate({ dryRun: settings.dryRun, warn: (m) => log.warning(m), info: (m) => log.info(m) });
  if (!settings.status)
    return { decision, applied: statusOnlyResult(gate, { result: 'off', status: planned }), notes, timings };
  const latest = await getCommitStatus(client, repo, group.headSha, settings.statusContext);
  const target = { client, repo, sha: group.headSha, context: settings.statusContext };
  const status = await syncGateStatus(target, planned, latest, gate);
  return { decision, applied: statusOnlyResult(gate, status), notes, timings };
}

/**
 * What the group changes: `base…head` through the compare API, or past its 300 files from a git checkout
 * holding both commits; otherwise the run fails closed (an incomplete list cannot prove nothing is held).
 */
async function groupChanges(
  client: GitHubClient,
  repo: RepoRef,
  group: MergeGroupTarget,
  workspace: string | undefined,
): Promise<ChangeSet> {
  const comparison = await compareCommits(client, repo, group.baseSha, group.headSha);
  if (comparison === null) throw new Error(`GitHub cannot compare ${group.baseSha}...${group.headSha}.`);
  if (comparison.complete) {
    const diffLines: string[] = [];
    for (const file of comparison.files) if (file.patch) collectDiffLines(file.patch, diffLines);
    return {
      // With their hunks, so the Rust checks hold in the queue what they hold on the PR.
      files: comparison.files.map((file) => {
        const hunks = file.patch ? readPatchHunks(file.patch, file.path) : [];
        return {
          path: file.path,
          status: file.status,
          ...(file.previousPath === undefined ? {} : { previousPath: file.previousPath }),
          ...(hunks.length > 0 ? { hunks } : {}),
        };
      }),
      title: '',
      body: '',
      diffLines,
    };
  }
  const cut = `The merge group changes ${comparison.files.length} or more files; GitHub's compare API lists at most that many.`;
  const fix =
    'Check out the merge group with both commits before this step (actions/checkout with fetch-depth: 0); the ' +
    'action only reads git objects from it.';
  if (!workspace) throw new Error(`${cut} GITHUB_WORKSPACE is not set. ${fix}`);
  const git = readGitChanges(`${group.baseSha}...${group.headSha}`, workspace);
  if (git.errors.length > 0) {
    throw new Error(`${cut} git could not list them (${git.errors.map(formatSourceError).join('; ')}). ${fix}`);
  }
  return { ...git.value, title: '', body: '' };
}

/**
 * The group's pull requests — the queue's entries up to the one tested in this group's head commit — each
 * with its acks judged over the held files it carries.
 */
async function judgeGroupPulls(
  client: GitHubClient,
  repo: RepoRef,
  group: MergeGroupTarget,
  decision: RoutingDecision,
  notes: string[],
): Promise<GroupPull[]> {
  const entries = groupEntries(await listMergeQueue(client, repo, group.baseRef), group.headSha);
  if (entries.length === 0) {
    notes.push(
      `No entry of the ${group.baseRef} merge queue is tested in ${group.headSha}: no pull request of the group is ` +
        'known to carry the held files, so the holds stand.',
    );
    return [];
  }
  const standing = decision.holds.filter(isHeld);
  return Promise.all(
    entries.map(async (entry): Promise<GroupPull> => {
      const pr = await getPullRequest(client, repo, entry.pullNumber);
      const listed = await listChangedFiles(client, repo, pr.number, pr.changedFiles);
      const carried = {
        files: new Set(changedPaths(listed.files).map((entry) => entry.path)),
        complete: listed.complete,
      };
      const holds = holdsCarriedBy(standing, carried);
      // An ack binds to what was reviewed: the PR as it was queued, which is its head.
      const judged =
        holds.length === 0
          ? new Map()
          : await judgePullAcks(
              client,
              repo,
              { baseSha: pr.baseSha, headSha: entry.pullHeadSha, author: pr.author },
              holds,
              await listReviews(client, repo, pr.number),
            );
      return { number: pr.number, ...carried, judged };
    }),
  );
}

/**
 * The entries a group holds: its own (tested in `headSha`) and those ahead of it, whose changes a group may
 * also contain. Being generous here only asks more PRs for acks; it never lifts a hold.
 */
function groupEntries(entries: readonly MergeQueueEntry[], headSha: string): MergeQueueEntry[] {
  const own = entries.filter((entry) => entry.groupSha === headSha);
  if (own.length === 0) return [];
  const last = Math.max(...own.map((entry) => entry.position));
  return entries.filter((entry) => entry.position <= last);
}
