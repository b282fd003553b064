/** `POST /graphql` `repository.ref` / `repository.object`, aliased: branch tips and path kinds, many per request. */
import type { GitHubClient } from './client.js';
import { gitObjectsDocument, MAX_ITEMS_PER_REQUEST, type GitObjectsAnswer } from './git-objects.graphql.js';
import { describeRequestFailure } from './request-failure.js';
import type { RepoRef } from './types.js';

/** What an object expression names. */
export interface GitObject {
  kind: 'blob' | 'tree' | 'commit' | 'tag';
  oid: string;
}

export interface GitObjectsQuery {
  /** Branch names (`main`, not `refs/heads/main`). */
  branches?: readonly string[];
  /** `REV:PATH` expressions, e.g. `5f1b2c3…:maintainers.yml`. */
  objects?: readonly string[];
}

export interface GitObjects {
  /** Branch → the commit it points at; null when the branch does not exist. */
  tips: Map<string, string | null>;
  /** Expression → the object; null when nothing is there. */
  objects: Map<string, GitObject | null>;
}

const KINDS: Readonly<Record<string, GitObject['kind']>> = { Blob: 'blob', Tree: 'tree', Commit: 'commit', Tag: 'tag' };

/**
 * Reads branch tips and objects, at most 100 a request (one request for a handful: a policy push costs one).
 *
 * @example await getGitObjects(client, repo, { branches: ['main'], objects: ['5f1b2c3:maintainers.yml'] })
 *   // → { tips: Map { 'main' → '9e8d7c6…' }, objects: Map { '5f1b2c3:maintainers.yml' → { kind: 'blob', oid: 'a1b2…' } } }
 */
export async function getGitObjects(client: GitHubClient, repo: RepoRef, query: GitObjectsQuery): Promise<GitObjects> {
  const branches = [...new Set(query.branches ?? [])];
  const expressions = [...new Set(query.objects ?? [])];
  const result: GitObjects = { tips: new Map(), objects: new Map() };
  const items = [
    ...branches.map((branch) => ({ ref: true, value: branch })),
    ...expressions.map((expression) => ({ ref: false, value: expression })),
  ];
  for (let start = 0; start < items.length; start += MAX_ITEMS_PER_REQUEST) {
    const chunk = items.slice(start, start + MAX_ITEMS_PER_REQUEST);
    const refs = chunk.filter((item) => item.ref);
    const objects = chunk.filter((item) => !item.ref);
    const variables: Record<string, string> = { owner: repo.owner, name: repo.repo };
    refs.forEach((item, i) => (variables[`r${i}`] = `refs/heads/${item.value}`));
    objects.forEach((item, i) => (variables[`o${i}`] = item.value));
    let answer: GitObjectsAnswer;
    try {
      answer = await client.graphql<GitObjectsAnswer>(gitObjectsDocument(refs.length, objects.length), variables);
    } catch (error) {
      throw describeRequestFailure(`read ${chunk.length} git objects`, error);
    }
    const repository = answer.repository ?? {};
    refs.forEach((item, i) => result.tips.set(item.value, repository[`r${i}`]?.target?.oid ?? null));
    objects.forEach((item, i) => {
      const found = repository[`o${i}`];
      const kind = found?.__typename ? KINDS[found.__typename] : undefined;
      result.objects.set(item.value, kind && found?.oid ? { kind, oid: found.oid } : null);
    });
  }
  return result;
}
