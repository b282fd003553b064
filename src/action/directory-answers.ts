/**
 * The sweep compiles a policy once and routes hundreds of PRs with it, where the per-PR run compiles it for
 * each PR's paths (resolve-directories.ts): a kernel pattern naming a directory without its trailing `/` is
 * decided from the PR's own paths, else asked of the tree at the policy commit (at most 50 a PR). This file
 * reproduces that answer for each PR without a compile per PR: only patterns that are a prefix of one of the
 * PR's paths can change how its paths route, so the answers for those — the PR's *signature* — are all a
 * compiled policy must get right. PRs with the same signature (most: none) share one compile.
 */
import { directoriesOf, directoryCandidates } from '../matcher/directories.js';
import type { Subsystem } from '../model.js';
import { MAX_DIRECTORY_LOOKUPS } from './resolve-directories.js';

/** The policy's directory candidates, ready to be asked about many PRs. */
export interface DirectoryCandidates {
  /** Candidate → its position in policy order (the per-PR run looks them up in that order). */
  order: Map<string, number>;
}

/** What one PR needs answered. */
export interface DirectoryQuestions {
  /** Candidates that are a prefix of one of the PR's paths, in policy order: the only ones that matter. */
  relevant: string[];
  /** Proven directories: a path of the PR lies below them. */
  proven: Set<string>;
  /** Candidates the per-PR run would ask the tree about (at most MAX_DIRECTORY_LOOKUPS). */
  lookUp: string[];
  /** Candidates past that cap: taken as files, and reported. */
  unresolved: string[];
}

export function indexCandidates(subsystems: readonly Subsystem[]): DirectoryCandidates {
  return { order: new Map(directoryCandidates(subsystems).map((candidate, i) => [candidate, i])) };
}

/**
 * What PR `paths` needs answered (its changed paths, renames' old paths included).
 *
 * @example directoryQuestions(candidates, ['include/drm/drm_gem.h'])
 *   // → { relevant: ['include/drm/drm'], proven: Set {}, lookUp: ['include/drm/drm'], unresolved: [] }
 */
export function directoryQuestions(candidates: DirectoryCandidates, paths: readonly string[]): DirectoryQuestions {
  const relevant = new Set<string>();
  if (candidates.order.size > 0) {
    for (const path of paths) {
      for (let end = 1; end <= path.length; end++) {
        const prefix = path.slice(0, end);
        if (candidates.order.has(prefix)) relevant.add(prefix);
      }
    }
  }
  const ordered = [...relevant].sort((a, b) => (candidates.order.get(a) ?? 0) - (candidates.order.get(b) ?? 0));
  const below = directoriesOf(paths);
  const proven = new Set(ordered.filter((candidate) => below(candidate)));
  // As resolve-directories.ts: a candidate matters when it prefixes a path without being it and without a
  // path below it proving it a directory.
  const undecided = ordered.filter(
    (candidate) => !proven.has(candidate) && paths.some((path) => path !== candidate && path.startsWith(candidate)),
  );
  return {
    relevant: ordered,
    proven,
    lookUp: undecided.slice(0, MAX_DIRECTORY_LOOKUPS),
    unresolved: undecided.slice(MAX_DIRECTORY_LOOKUPS),
  };
}

/**
 * The PR's signature: its relevant candidates that are directories for it (proven by its paths, or found in
 * the tree), in policy order. `isDirectoryAt` answers for the looked-up ones.
 *
 * @example directorySignature(questions, (c) => c === 'include/drm/drm') // → ['include/drm/drm']
 */
export function directorySignature(
  questions: DirectoryQuestions,
  isDirectoryAt: (candidate: string) => boolean,
): string[] {
  const looked = new Set(questions.lookUp);
  return questions.relevant.filter((c) => questions.proven.has(c) || (looked.has(c) && isDirectoryAt(c)));
}
