/**
 * The reads a sweep shares between PRs, each made once per sweep: a maintainer's permission (they approve
 * many PRs), whether GitHub accepts a reviewer (a collaborator, a team the token can see), a comparison, and
 * the open PRs' paths a policy edit's preview compares.
 */
import type { GitHubClient } from '../github/client.js';
import { compareCommits, type Comparison } from '../github/compare-commits.js';
import { getCollaboratorPermission } from '../github/get-collaborator-permission.js';
import { isCollaborator } from '../github/is-collaborator.js';
import { isTeamVisible } from '../github/is-team-visible.js';
import type { OpenPullPathsList } from '../github/list-open-pull-paths.js';
import type { RepoRef } from '../github/types.js';
import type { Permission } from '../routing/lift-holds.js';
import { isTeam } from '../routing/pick-reviewers.js';
import type { Policy } from '../model.js';
import { interfacesWanted } from '../interfaces/interfaces-wanted.js';
import { readInterfaceMap, type InterfaceMapRead } from './read-interface-map.js';
import { openPullsFromApi, type OpenPullsSource } from './policy-review.js';
import type { AckReads } from './read-ack-evidence.js';

/** Memoises an async read by key; a failed read is forgotten, so a later PR may try again. */
function memo<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const known = new Map<string, Promise<T>>();
  return (key) => {
    let answer = known.get(key);
    if (answer === undefined) {
      answer = read(key);
      known.set(key, answer);
      answer.catch(() => known.delete(key));
    }
    return answer;
  };
}

export class SweepReads {
  readonly ackReads: AckReads;
  readonly openPulls: OpenPullsSource;
  readonly #requestable = new Map<string, boolean>();
  readonly #client: GitHubClient;
  readonly #repo: RepoRef;
  readonly #workspace: string | undefined;
  readonly #maps = new Map<string, Promise<InterfaceMapRead>>();

  constructor(client: GitHubClient, repo: RepoRef, workspace?: string) {
    this.#client = client;
    this.#repo = repo;
    this.#workspace = workspace;
    const compare = memo<Comparison | null>((key) => {
      const [base, commit] = key.split('...');
      return compareCommits(client, repo, base, commit);
    });
    const permission = memo<Permission>((login) => getCollaboratorPermission(client, repo, login));
    this.ackReads = {
      compare: (base, commit) => compare(`${base}...${commit}`),
      permission: (login) => permission(login.toLowerCase()),
    };
    const open = memo<OpenPullPathsList>((base) => openPullsFromApi(client, repo)(base));
    this.openPulls = (base) => open(base);
  }

  /**
   * The Rust ↔ C map at `commit`, read once per sweep and commit, and only for a PR whose paths could touch an
   * interface (read-interface-map.ts).
   */
  interfaceMap(commit: string, policy: Policy, paths: readonly string[]): Promise<InterfaceMapRead> {
    if (!interfacesWanted(policy, paths)) return Promise.resolve({ notes: [] });
    let read = this.#maps.get(commit);
    if (read === undefined) {
      read = readInterfaceMap(this.#client, this.#repo, commit, policy, paths, this.#workspace, true);
      this.#maps.set(commit, read);
    }
    return read;
  }

  /** Whether GitHub accepts `handle` as a reviewer, once read; undefined before. */
  requestable(handle: string): boolean | undefined {
    return this.#requestable.get(handle.toLowerCase());
  }

  /** Reads whether GitHub accepts each handle (a read each, once per sweep). */
  async checkRequestable(handles: readonly string[]): Promise<void> {
    const unknown = [...new Set(handles.map((h) => h.toLowerCase()))].filter((h) => !this.#requestable.has(h));
    const answers = await Promise.all(
      unknown.map((handle) =>
        isTeam(handle) ? isTeamVisible(this.#client, handle) : isCollaborator(this.#client, this.#repo, handle),
      ),
    );
    unknown.forEach((handle, i) => this.#requestable.set(handle, answers[i]));
  }
}
