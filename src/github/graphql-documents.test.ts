/**
 * Every GraphQL document the action sends is validated against GitHub's published schema: each
 * `*.graphql.ts` in src/github/ has its own test, and here every query it exports (a text, or a builder named
 * `…Document` called with small sizes) is checked once more, so a document added without a test fails.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentProblems } from './document-problems.test-helper.js';

const DIR = dirname(fileURLToPath(import.meta.url));
const modules = readdirSync(DIR)
  .filter((name) => name.endsWith('.graphql.ts'))
  .sort();

describe('GraphQL documents', () => {
  it('src/github/ holds the action’s documents, each with its own test', () => {
    expect(modules.length).toBeGreaterThan(0);
    const tests = new Set(readdirSync(DIR));
    expect(modules.filter((name) => !tests.has(name.replace(/\.ts$/, '.test.ts')))).toEqual([]);
  });

  it.each(modules)('%s: every query it exports is valid against GitHub’s schema', async (name) => {
    const exported = (await import(`./${name.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    const documents: string[] = [];
    for (const [key, value] of Object.entries(exported)) {
      if (typeof value === 'string' && /^\s*query\b/.test(value)) documents.push(value);
      if (typeof value === 'function' && key.endsWith('Document'))
        documents.push((value as (...n: number[]) => string)(2, 2));
    }
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(documentProblems(document)).toEqual([]);
  });
});
