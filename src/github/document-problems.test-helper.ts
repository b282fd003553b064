/**
 * Test helper (test-only): the emulator's validation of a GraphQL document against GitHub's published schema
 * (@octokit/graphql-schema), typed for the TypeScript tests. Every document the action sends goes through it.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = (await import(join(ROOT, 'emulator', 'graphql', 'schema.js'))) as {
  documentProblems(source: string): string[];
};

/** The problems of `source` against GitHub's schema; empty when valid. */
export const documentProblems: (source: string) => string[] = schema.documentProblems;
