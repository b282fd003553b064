import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BRANCH_TIP } from './branch-tip.graphql.js';

/** The emulator's check of a document against @octokit/graphql-schema (plain JavaScript, no types). */
const { documentProblems } = (await import(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'emulator', 'graphql', 'schema.js')
)) as { documentProblems(source: string): unknown[] };

describe('BRANCH_TIP', () => {
  it("validates against GitHub's published GraphQL schema", () => {
    expect(documentProblems(BRANCH_TIP)).toEqual([]);
  });
});
