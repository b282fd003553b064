import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MERGE_QUEUE_ENTRIES } from './merge-queue.graphql.js';

/** The emulator's check of a document against @octokit/graphql-schema (plain JavaScript, no types). */
const { documentProblems } = (await import(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'emulator', 'graphql', 'schema.js')
)) as { documentProblems(source: string): unknown[] };

describe('MERGE_QUEUE_ENTRIES', () => {
  it("validates against GitHub's published GraphQL schema", () => {
    expect(documentProblems(MERGE_QUEUE_ENTRIES)).toEqual([]);
  });
});
