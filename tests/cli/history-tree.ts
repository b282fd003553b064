/**
 * A git work tree of our synthetic MAINTAINERS with a year of history, for get_maintainer.pl's git fallback: the
 * same commits on every run, dated relative to today (so `--since=1-year-ago` keeps the same ones). The expected
 * outputs in get-maintainer.history.test.ts are what get_maintainer.pl printed in this tree.
 *
 * Counts are chosen so that no two people tie where get_maintainer.pl's order would then be its hash's (which
 * changes from run to run), and so that Perl's rounding shows: 1/8 is 12%, 5/8 is 62%, 3/8 is 38%.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FIXTURES, scratch } from './cli-helpers.js';

/** One commit: who wrote it, how many days ago, its trailers, and the lines it adds and removes per file. */
interface Commit {
  daysAgo: number;
  author: string;
  trailers: string[];
  /** Per path: lines appended at the end, and lines removed from the end before that. */
  changes: Record<string, { add: number; remove?: number }>;
  /** A rename done before the changes: [from, to]. */
  rename?: [string, string];
}

const ANN = 'Ann Dev <ann@example.org>';
const BOB = 'Bob Two <bob@example.org>';
const CARA = 'Cara Three <cara@example.org>';
const JAKE = 'Jake Kici <jake@example.org>';
const LINUS = 'Linus Torvalds <torvalds@linux-foundation.org>';

/** kernel/dma/sub/deep.c: eight commits. Signers 8/4/3/2/1, authors 5/2/1, lines added 15/9/4, removed 3/4/5. */
const DEEP = 'kernel/dma/sub/deep.c';
/** drivers/net/phy/legacy/old.c: excluded from ETHERNET PHY LIBRARY by an X:, with a commit older than a year. */
const OLD = 'drivers/net/phy/legacy/old.c';
/** drivers/net/renamed/new.c: renamed within the year, so not every commit has a numstat line for this name. */
const RENAMED = 'drivers/net/renamed/new.c';

export const HISTORY_PATHS = {
  deep: DEEP,
  old: OLD,
  renamed: RENAMED,
  exact: 'kernel/dma/map.c',
  bpf: 'kernel/bpf/core.c',
};

const COMMITS: Commit[] = [
  { daysAgo: 730, author: 'Old Timer <old@example.org>', trailers: [], changes: { [OLD]: { add: 10 } } },
  { daysAgo: 320, author: ANN, trailers: [], changes: { 'kernel/dma/map.c': { add: 4 } } },
  {
    daysAgo: 300,
    author: ANN,
    trailers: [`Signed-off-by: ${ANN}`, 'Reviewed-by: Mara Szy <mara@example.com>', `Signed-off-by: ${LINUS}`],
    changes: { [DEEP]: { add: 10 } },
  },
  {
    daysAgo: 280,
    author: JAKE,
    trailers: [`Signed-off-by: ${JAKE}`, `Signed-off-by: ${LINUS}`],
    changes: { [OLD]: { add: 2 } },
  },
  {
    daysAgo: 270,
    author: 'Fay Six <fay6@example.org>',
    trailers: ['Signed-off-by: Fay Six <fay6@example.org>'],
    changes: { 'drivers/net/renamed/was.c': { add: 3 } },
  },
  {
    daysAgo: 250,
    author: BOB,
    trailers: [`Signed-off-by: ${BOB}`, 'Acked-by: Chris Hell <chris@example.de>', `Signed-off-by: ${ANN}`],
    changes: { [DEEP]: { add: 3, remove: 1 } },
  },
  {
    daysAgo: 200,
    author: ANN,
    trailers: [
      `Signed-off-by: ${ANN}`,
      'Cc: Someone Else <else@example.org>',
      'Tested-by: Tess Ter <tess@example.net>',
      'Reviewed-by: Mara Szy <mara@example.com>',
    ],
    changes: { [DEEP]: { add: 1 } },
  },
  {
    daysAgo: 150,
    author: ANN,
    trailers: [`Signed-off-by: ${ANN}`, `Signed-off-by: ${BOB}`],
    changes: { [DEEP]: { add: 2, remove: 2 } },
  },
  {
    daysAgo: 120,
    author: 'Dee Four <dee@example.org>',
    trailers: ['Signed-off-by: Dee Four <dee@example.org>', `Acked-by: ${JAKE}`],
    changes: { [OLD]: { add: 1, remove: 1 } },
  },
  {
    daysAgo: 100,
    author: CARA,
    trailers: [`Signed-off-by: ${CARA}`, 'Reviewed-by: Mara Szy <mara@example.com>', `Signed-off-by: ${ANN}`],
    changes: { [DEEP]: { add: 4, remove: 5 } },
  },
  {
    daysAgo: 90,
    author: 'Gus Seven <gus@example.org>',
    trailers: ['Signed-off-by: Gus Seven <gus@example.org>'],
    rename: ['drivers/net/renamed/was.c', RENAMED],
    changes: { [RENAMED]: { add: 1 } },
  },
  {
    daysAgo: 80,
    author: ANN,
    trailers: [`Signed-off-by: ${ANN}`, `Signed-off-by: ${BOB}`],
    changes: { [DEEP]: { add: 1 } },
  },
  {
    daysAgo: 60,
    author: ANN,
    trailers: [`Signed-off-by: ${ANN}`, `Reviewed-by: ${CARA}`],
    changes: { [DEEP]: { add: 1, remove: 1 } },
  },
  {
    daysAgo: 40,
    author: BOB,
    trailers: [`Signed-off-by: ${BOB}`, `Signed-off-by: ${ANN}`],
    changes: { [DEEP]: { add: 6, remove: 3 } },
  },
  { daysAgo: 30, author: JAKE, trailers: [`Signed-off-by: ${JAKE}`], changes: { [OLD]: { add: 1 } } },
  {
    daysAgo: 25,
    author: 'Gus Seven <gus@example.org>',
    trailers: ['Signed-off-by: Gus Seven <gus@example.org>'],
    changes: { [RENAMED]: { add: 1 } },
  },
  {
    daysAgo: 20,
    author: ANN,
    trailers: [`Signed-off-by: ${ANN}`, 'Acked-by: Bea Pefe <bea@example.org>'],
    changes: { 'kernel/bpf/core.c': { add: 2 } },
  },
  // No signature at all: get_maintainer.pl's "Bad divisor" path.
  { daysAgo: 10, author: 'Zed Nosign <zed@example.org>', trailers: [], changes: { Makefile: { add: 1 } } },
];

/**
 * Makes the tree in a scratch folder and returns it. User and system git config are ignored, so the history is
 * the same on every machine; only the commit ids change from day to day (their dates do).
 */
export function historyTree(): string {
  const dir = scratch({});
  for (const name of ['MAINTAINERS', '.mailmap']) copyFileSync(join(FIXTURES, name), join(dir, name));
  const base = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (env: NodeJS.ProcessEnv, ...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  git(base, 'init', '-q', '.');
  const contents = new Map<string, string[]>();
  COMMITS.forEach((commit, number) => {
    if (commit.rename !== undefined) {
      const [from, to] = commit.rename;
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      renameSync(join(dir, from), join(dir, to));
      contents.set(to, contents.get(from) ?? []);
      contents.delete(from);
    }
    for (const [path, { add, remove = 0 }] of Object.entries(commit.changes)) {
      const lines = (contents.get(path) ?? []).slice(0, Math.max(0, (contents.get(path) ?? []).length - remove));
      for (let line = 0; line < add; line++) lines.push(`/* commit ${number}, line ${line} */`);
      contents.set(path, lines);
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), `${lines.join('\n')}\n`);
    }
    const [, name, email] = /^(.*) <(.*)>$/.exec(commit.author)!;
    const date = new Date(Date.now() - commit.daysAgo * 24 * 3600 * 1000).toISOString();
    const env = {
      ...base,
      GIT_AUTHOR_NAME: name,
      GIT_AUTHOR_EMAIL: email,
      GIT_COMMITTER_NAME: name,
      GIT_COMMITTER_EMAIL: email,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
    git(env, 'add', '-A');
    const message = [`commit ${number}`, ...(commit.trailers.length > 0 ? ['', ...commit.trailers] : [])].join('\n');
    git(env, 'commit', '-q', '-m', message);
  });
  return dir;
}
