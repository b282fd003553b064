import type { Emulator } from './index.js';
import { documentProblems } from './graphql/schema.js';
import { MAX_BLOB_TEXT_BYTES } from './graphql/resolvers.js';
import { BASE, HEAD, call, startSeeded } from './test-client.js';

const gql = (emu: Emulator, query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  call(emu, 'POST', '/graphql', { query, variables, ...(operationName ? { operationName } : {}) });

const OPEN_PULLS = `
  query OpenPulls($owner: String!, $name: String!, $after: String) {
    repository(owner: $owner, name: $name) {
      pullRequests(states: OPEN, first: 2, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          number title isDraft state headRefOid baseRefOid baseRefName headRefName
          author { login __typename }
          headRepository { nameWithOwner }
          headRepositoryOwner { login }
          files(first: 100) { totalCount nodes { path changeType additions deletions } }
          labels(first: 100) { nodes { name } }
          reviews(first: 100) { nodes { author { login } state commit { oid } submittedAt } }
          commits(last: 1) { nodes { commit { oid status { contexts { context state description creator { login } } } } } }
          comments(last: 100) { nodes { author { login } body databaseId } }
        }
      }
    }
    rateLimit { cost limit remaining used resetAt nodeCount }
  }`;

describe('GraphQL', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it('validates the documents it is given against GitHub’s schema', () => {
    expect(documentProblems(OPEN_PULLS)).toEqual([]);
    expect(documentProblems('query { repository(owner: "a", name: "b") { nope } }')).toEqual([
      expect.stringMatching(/^Cannot query field "nope" on type "Repository"\./),
    ]);
  });

  it('reads open pull requests with files, labels, reviews, the head status and comments, paginated', async () => {
    emu.addCollaborators(['ojeda']);
    emu.addReview(1, { user: 'ojeda', state: 'APPROVED', commit_id: BASE });
    emu.addStatus(HEAD, { state: 'failure', context: 'rust-patch-router', description: 'Blocked: RUST' });
    emu.addComment(1, { user: 'github-actions[bot]', body: '<!-- rust-patch-router -->' });
    emu.addPullRequest({ number: 2, user: 'bob', draft: true, base: { sha: BASE }, head: { sha: HEAD, ref: 'b' } });
    emu.addPullRequest({ number: 3, user: 'carol', base: { sha: BASE }, head: { sha: HEAD, ref: 'c' } });
    emu.addPullRequest({
      number: 4,
      user: 'dave',
      state: 'closed',
      base: { sha: BASE },
      head: { sha: HEAD, ref: 'd' },
    });
    const first = await gql(emu, OPEN_PULLS, { owner: 'torvalds', name: 'linux' }, 'OpenPulls');
    expect(first.status).toBe(200);
    expect(first.json.errors).toBeUndefined();
    const page = first.json.data.repository.pullRequests;
    expect(page.totalCount).toBe(3);
    expect(page.nodes.map((p: { number: number }) => p.number)).toEqual([1, 2]);
    expect(page.nodes[0]).toMatchObject({
      number: 1,
      isDraft: false,
      state: 'OPEN',
      headRefOid: HEAD,
      baseRefOid: BASE,
      baseRefName: 'main',
      headRefName: 'net',
      author: { login: 'alice', __typename: 'User' },
      headRepository: { nameWithOwner: 'alice/linux' },
      headRepositoryOwner: { login: 'alice' },
      files: {
        totalCount: 2,
        nodes: [
          { path: 'rust/kernel/lib.rs', changeType: 'MODIFIED', additions: 1, deletions: 0 },
          { path: 'rust/kernel/net.rs', changeType: 'ADDED', additions: 1, deletions: 0 },
        ],
      },
      labels: { nodes: [{ name: 'rust' }] },
      reviews: { nodes: [{ author: { login: 'ojeda' }, state: 'APPROVED', commit: { oid: BASE } }] },
      commits: {
        nodes: [
          {
            commit: {
              oid: HEAD,
              status: {
                contexts: [
                  {
                    context: 'rust-patch-router',
                    state: 'FAILURE',
                    description: 'Blocked: RUST',
                    creator: { login: 'github-actions' },
                  },
                ],
              },
            },
          },
        ],
      },
      comments: { nodes: [{ author: { login: 'github-actions' }, body: '<!-- rust-patch-router -->' }] },
    });
    // 1 request for pullRequests + 2 × 5 nested connections = 11 requests → cost 1.
    expect(first.json.data.rateLimit).toMatchObject({ cost: 1, limit: 1000, remaining: 999, used: 1 });
    expect(first.headers.get('x-ratelimit-resource')).toBe('graphql');
    const second = await gql(emu, OPEN_PULLS, { owner: 'torvalds', name: 'linux', after: page.pageInfo.endCursor });
    expect(second.json.data.repository.pullRequests.nodes.map((p: { number: number }) => p.number)).toEqual([3]);
    expect(second.json.data.repository.pullRequests.pageInfo.hasNextPage).toBe(false);
    expect(emu.requests.map((r) => [r.operationId, r.operationName])).toEqual([
      ['graphql', 'OpenPulls'],
      ['graphql', null],
    ]);
  });

  it('reads many files at a commit in one request through aliased objects', async () => {
    const query = `query {
      repository(owner: "torvalds", name: "linux") {
        a: object(expression: "${BASE}:MAINTAINERS") { ... on Blob { text byteSize isBinary isTruncated oid } }
        b: object(expression: "${HEAD}:rust/kernel/net.rs") { ... on Blob { text } }
        c: object(expression: "${BASE}:rust/kernel/net.rs") { ... on Blob { text } }
        d: object(expression: "${HEAD}:rust/kernel") { ... on Tree { entries { name type path oid } } }
      }
    }`;
    const { json } = await gql(emu, query);
    const repo = json.data.repository;
    expect(repo.a).toMatchObject({ isBinary: false, isTruncated: false, byteSize: 49 });
    expect(repo.a.text).toContain('F:\trust/');
    expect(repo.b).toEqual({ text: '//! Networking.\n' });
    expect(repo.c).toBeNull();
    expect(repo.d.entries.map((e: { name: string; type: string }) => `${e.type} ${e.name}`)).toEqual([
      'blob lib.rs',
      'blob net.rs',
    ]);
  });

  it('lists nested trees through TreeEntry.object in one request, and cuts Blob.text past 512 KiB with isTruncated', async () => {
    const commit = 'c'.repeat(40);
    emu.addCommit(commit, {
      'rust/kernel/sync/arc.rs': '//! Arc.\n',
      'rust/helpers/mutex.c': '#include <linux/mutex.h>\n',
      'rust/kernel/huge.rs': 'x'.repeat(MAX_BLOB_TEXT_BYTES + 10),
    });
    const query = `query($t: String!, $b: String!) { repository(owner: "torvalds", name: "linux") {
      t: object(expression: $t) { ... on Tree { entries { name type size object { ... on Tree { entries { name type size
        object { ... on Tree { entries { name type size } } } } } } } } }
      b: object(expression: $b) { ... on Blob { text byteSize isBinary isTruncated } }
    } }`;
    const { json } = await gql(emu, query, { t: `${commit}:rust`, b: `${commit}:rust/kernel/huge.rs` });
    expect(json.errors).toBeUndefined();
    const [helpers, kernel] = json.data.repository.t.entries;
    expect(helpers).toMatchObject({
      name: 'helpers',
      type: 'tree',
      object: { entries: [{ name: 'mutex.c', type: 'blob', size: 25, object: {} }] },
    });
    const sync = kernel.object.entries.find((e: { name: string }) => e.name === 'sync');
    expect(sync.object.entries).toEqual([{ name: 'arc.rs', type: 'blob', size: 9 }]);
    const huge = json.data.repository.b;
    expect(huge).toMatchObject({ byteSize: MAX_BLOB_TEXT_BYTES + 10, isBinary: false, isTruncated: true });
    expect(huge.text).toHaveLength(MAX_BLOB_TEXT_BYTES);
  });

  it('shows a merge queue with its groups', async () => {
    const group = emu.enqueue(1);
    const { json } = await gql(
      emu,
      `query { repository(owner: "torvalds", name: "linux") { mergeQueue(branch: "main") {
        entries(first: 10) { nodes { position state headCommit { oid } baseCommit { oid } pullRequest { number headRefOid } } }
      } } }`,
    );
    expect(json.data.repository.mergeQueue.entries.nodes).toEqual([
      {
        position: 1,
        state: 'MERGEABLE',
        headCommit: { oid: group.headSha },
        baseCommit: { oid: BASE },
        pullRequest: { number: 1, headRefOid: HEAD },
      },
    ]);
  });

  it('answers bad queries, missing and excessive pagination, bad cursors with GitHub’s error shapes', async () => {
    const undefinedField = await gql(emu, 'query { repository(owner: "torvalds", name: "linux") { nope } }');
    expect(undefinedField.status).toBe(200);
    expect(undefinedField.json).toEqual({
      errors: [
        {
          message: "Field 'nope' doesn't exist on type 'Repository'",
          extensions: { code: 'undefinedField', typeName: 'Repository', fieldName: 'nope' },
          locations: [{ line: 1, column: 56 }],
        },
      ],
    });
    const missing = await gql(
      emu,
      'query { repository(owner: "torvalds", name: "linux") { pullRequests { totalCount } } }',
    );
    expect(missing.json.errors[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      path: ['repository', 'pullRequests'],
      message: 'You must provide a `first` or `last` value to properly paginate the `pullRequests` connection.',
    });
    const excessive = await gql(
      emu,
      'query { repository(owner: "torvalds", name: "linux") { pullRequests(first: 101) { totalCount } } }',
    );
    expect(excessive.json.errors[0]).toMatchObject({
      type: 'EXCESSIVE_PAGINATION',
      message: 'Requesting 101 records on the `pullRequests` connection exceeds the `first` limit of 100 records.',
    });
    const cursor = await gql(
      emu,
      'query { repository(owner: "torvalds", name: "linux") { pullRequests(first: 1, after: "bogus") { totalCount } } }',
    );
    expect(cursor.json.errors[0]).toMatchObject({
      type: 'INVALID_CURSOR_ARGUMENTS',
      path: ['repository', 'pullRequests'],
    });
    const other = await gql(emu, 'query { repository(owner: "torvalds", name: "other") { name } }');
    expect(other.json).toMatchObject({
      data: { repository: null },
      errors: [{ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'torvalds/other'." }],
    });
    const syntax = await gql(emu, 'query { repository(');
    expect(syntax.json.errors[0].message).toMatch(/^Parse error on/);
    // Refused before running (syntax, validation, pagination) costs nothing; the two that ran cost a point each.
    expect(emu.faults.graphql.remaining).toBe(998);
  });

  it('charges points as GitHub computes them and refuses when the budget is spent', async () => {
    const nested = `query { repository(owner: "torvalds", name: "linux") {
      pullRequests(first: 100) { nodes { files(first: 100) { nodes { path } } reviews(first: 50) { nodes { state } } } }
    } rateLimit { cost nodeCount } }`;
    const { json } = await gql(emu, nested);
    // 1 + 100 + 100 requests → 201 / 100 → 2 points; 100 + 10,000 + 5,000 nodes.
    expect(json.data.rateLimit).toEqual({ cost: 2, nodeCount: 15100 });
    emu.exhaustRateLimit({ resource: 'graphql', resetInSeconds: 60 });
    const limited = await gql(emu, nested);
    const rest = await call(emu, 'GET', '/repos/torvalds/linux/pulls/1');
    expect(limited.status).toBe(200);
    expect(limited.json.errors[0].type).toBe('RATE_LIMITED');
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(rest.status).toBe(200);
  });

  it('refuses fields it does not model, loudly', async () => {
    const { json } = await gql(emu, 'query { repository(owner: "torvalds", name: "linux") { stargazerCount } }');
    expect(json.errors[0].message).toMatch(/emulator: Repository.stargazerCount is not modelled/);
    expect(emu.violations.map((v) => v.kind)).toEqual(['graphql']);
    emu.resetLog();
  });
});
