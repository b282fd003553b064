/**
 * The policy as it is at one commit, read through the contents API: the base commit to route by (never the
 * workspace, never the PR's head), and the head commit only to describe the stance changes a PR proposes.
 */
import { assemblePolicy } from '../config/assemble-policy.js';
import { validateConfig } from '../config/validate-config.js';
import type { Parsed } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { getFileAtCommit, type ReadLimits } from '../github/get-file-at-commit.js';
import type { RepoRef } from '../github/types.js';
import type { Policy } from '../model.js';

/**
 * Reads `configPath` at `commit`, and the MAINTAINERS file its `import:` names (repository-relative) at the
 * same commit, then validates and assembles them. Bad content comes back as errors naming `file:line:col`.
 * `limits` bound each file read (for a policy the PR's author wrote: its head).
 *
 * @throws InputError CONFIG_MISSING when the config or its import is absent at that commit.
 */
export async function readPolicyAtCommit(
  client: GitHubClient,
  repo: RepoRef,
  configPath: string,
  commit: string,
  limits?: ReadLimits,
): Promise<Parsed<Policy | null>> {
  const text = await getFileAtCommit(client, repo, configPath, commit, limits);
  const document = validateConfig(text, configPath);
  if (document.errors.length > 0 || document.value === null) {
    return { value: null, errors: document.errors, warnings: document.warnings };
  }
  const doc = document.value;
  const imported = doc.import
    ? { text: await getFileAtCommit(client, repo, doc.import.path, commit, limits), file: doc.import.path }
    : undefined;
  const assembled = assemblePolicy(doc, imported);
  return {
    value: assembled.errors.length > 0 ? null : assembled.value,
    errors: assembled.errors,
    warnings: [...document.warnings, ...assembled.warnings],
  };
}

/**
 * Normalises the `config` input to the repository-relative path the contents API takes.
 *
 * @example configPath('./.github/maintainers.yml') // → '.github/maintainers.yml'
 */
export function configPath(input: string): string {
  return (
    input
      .trim()
      .replace(/^(\.\/)+/, '')
      .replace(/^\/+/, '') || 'maintainers.yml'
  );
}
