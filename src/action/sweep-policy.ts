/**
 * The policy each swept PR is decided by: the policy at the **tip of its base branch**, read once per branch
 * and compiled once per directory signature (directory-answers.ts). Not the PR's `base.sha`: GitHub moves that
 * only when the PR itself is pushed to, so after a policy push every older PR would still be decided by the
 * old policy — which is what the sweep exists to correct (docs/GATE.md, "The sweep").
 */
import { formatSourceError, InputError, type SourceError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { getGitObjects } from '../github/get-git-objects.js';
import type { RepoRef } from '../github/types.js';
import type { Policy } from '../model.js';
import { compilePolicy, type CompiledPolicy } from '../routing/compile-policy.js';
import {
  directorySignature,
  indexCandidates,
  type DirectoryCandidates,
  type DirectoryQuestions,
} from './directory-answers.js';
import { readPolicyAtCommit } from '../github/read-policy-at-commit.js';

/** One branch's policy, or why it could not be read. */
export type BranchPolicy =
  | { branch: string; commit: string; policy: Policy; candidates: DirectoryCandidates }
  | { branch: string; commit: string | null; error: Error };

/** Where the sweep reports what it learns about policies (warnings once per policy). */
export interface PolicyLog {
  info(message: string): void;
  warning(message: string, at?: SourceError): void;
}

export class SweepPolicies {
  readonly #client: GitHubClient;
  readonly #repo: RepoRef;
  readonly #config: string;
  readonly #log: PolicyLog;
  readonly #tips = new Map<string, string | null>();
  readonly #policies = new Map<string, Promise<BranchPolicy>>();
  /** `commit:candidate` → whether it is a directory there. */
  readonly #directories = new Map<string, boolean>();
  /** `commit\0signature` → the compiled policy. */
  readonly #compiled = new Map<string, CompiledPolicy>();

  constructor(client: GitHubClient, repo: RepoRef, config: string, log: PolicyLog) {
    this.#client = client;
    this.#repo = repo;
    this.#config = config;
    this.#log = log;
  }

  /** Takes `policy` as read at `commit`, the tip of `branch` (a push already read it): no second read. */
  seed(branch: string, commit: string, policy: Policy): void {
    this.#policies.set(
      branch,
      Promise.resolve({ branch, commit, policy, candidates: indexCandidates(policy.subsystems) }),
    );
  }

  /** Why each branch whose policy could not be read failed, in words (`branch: cause`). */
  async errors(): Promise<string[]> {
    const read = await Promise.all(this.#policies.values());
    return read.flatMap((branch) => ('error' in branch ? [`${branch.branch}: ${describe(branch.error)}`] : []));
  }

  /** The tip of `branch` as resolved (resolveTips first); null when it does not exist. */
  async tip(branch: string): Promise<string | null> {
    if (!this.#tips.has(branch)) await this.resolveTips([branch]);
    return this.#tips.get(branch) ?? null;
  }

  /** Reads the tips of the branches not known yet, in one request. */
  async resolveTips(branches: Iterable<string>): Promise<void> {
    const unknown = [...new Set(branches)].filter((branch) => !this.#tips.has(branch));
    if (unknown.length === 0) return;
    const { tips } = await getGitObjects(this.#client, this.#repo, { branches: unknown });
    for (const branch of unknown) this.#tips.set(branch, tips.get(branch) ?? null);
  }

  /** The policy of `branch` at its tip (read once per branch; resolveTips first). */
  forBranch(branch: string): Promise<BranchPolicy> {
    let policy = this.#policies.get(branch);
    if (policy === undefined) {
      policy = this.#read(branch);
      this.#policies.set(branch, policy);
    }
    return policy;
  }

  async #read(branch: string): Promise<BranchPolicy> {
    if (!this.#tips.has(branch)) await this.resolveTips([branch]);
    const commit = this.#tips.get(branch) ?? null;
    if (commit === null) {
      return {
        branch,
        commit,
        error: new Error(`The base branch ${branch} does not exist any more: its policy cannot be read.`),
      };
    }
    try {
      const read = await readPolicyAtCommit(this.#client, this.#repo, this.#config, commit);
      for (const warning of read.warnings) this.#log.warning(warning.message, warning);
      if (read.value === null) throw new InputError(read.errors);
      this.#log.info(
        `Policy of ${branch}: ${this.#config} at its tip ${commit} (${read.value.subsystems.length} subsystems).`,
      );
      return { branch, commit, policy: read.value, candidates: indexCandidates(read.value.subsystems) };
    } catch (error) {
      return { branch, commit, error: error instanceof Error ? error : new Error(String(error)) };
    }
  }

  /**
   * Asks the tree at `commit` about every candidate the PRs' questions look up and nobody asked yet: one
   * GraphQL request for a page of PRs (the per-PR run makes one contents read per candidate).
   */
  async lookUpDirectories(commit: string, questions: readonly DirectoryQuestions[]): Promise<void> {
    const wanted = [...new Set(questions.flatMap((q) => q.lookUp))].filter(
      (c) => !this.#directories.has(`${commit}:${c}`),
    );
    if (wanted.length === 0) return;
    const { objects } = await getGitObjects(this.#client, this.#repo, { objects: wanted.map((c) => `${commit}:${c}`) });
    for (const candidate of wanted) {
      this.#directories.set(`${commit}:${candidate}`, objects.get(`${commit}:${candidate}`)?.kind === 'tree');
    }
  }

  /**
   * The policy compiled as the per-PR run would compile it for a PR with these questions (lookUpDirectories
   * first). Compile warnings are logged once per policy.
   *
   * @throws InputError when the policy does not compile (a bad pattern): every PR of the branch gets `error`.
   */
  compiledFor(branch: Extract<BranchPolicy, { policy: Policy }>, questions: DirectoryQuestions): CompiledPolicy {
    const signature = directorySignature(questions, (c) => this.#directories.get(`${branch.commit}:${c}`) === true);
    const key = `${branch.commit}\u0000${signature.join('\u0000')}`;
    let compiled = this.#compiled.get(key);
    if (compiled === undefined) {
      const directories = new Set(signature);
      const result = compilePolicy(branch.policy, { isDirectory: (pattern) => directories.has(pattern) });
      if (result.errors.length > 0) throw new InputError(result.errors);
      const first = ![...this.#compiled.keys()].some((k) => k.startsWith(`${branch.commit}\u0000`));
      if (first) for (const warning of result.warnings) this.#log.warning(warning.message, warning);
      compiled = result.value;
      this.#compiled.set(key, compiled);
    }
    return compiled;
  }
}

function describe(error: Error): string {
  return error instanceof InputError ? error.errors.map(formatSourceError).join('; ') : error.message;
}
