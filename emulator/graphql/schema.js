/**
 * GitHub's public GraphQL schema (from @octokit/graphql-schema's introspection result), built once per process
 * on first use (about 250 ms), and the validation the action's tests run its documents through.
 *
 * @example
 *   documentProblems('query { repository(owner: "o", name: "r") { nope } }')
 *   // → ["Cannot query field \"nope\" on type \"Repository\"."]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildClientSchema, parse, validate } from 'graphql';

/** @type {import('graphql').GraphQLSchema | null} */
let schema = null;

/**
 * The package's schema.json, found through the node_modules folders above this file (the package exports only
 * its ESM entry, which parses the 5 MB file and builds a second schema at import).
 */
function schemaFile() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', '@octokit', 'graphql-schema', 'schema.json');
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error('@octokit/graphql-schema is not installed (npm ci installs it)');
  }
}

/** The schema the emulator executes against and validates with. */
export function githubSchema() {
  if (!schema) {
    const json = JSON.parse(readFileSync(schemaFile(), 'utf8'));
    schema = buildClientSchema(json.data ?? json);
  }
  return schema;
}

/**
 * The problems of a GraphQL document against GitHub's schema: syntax errors and validation errors, as messages.
 * Empty when the document is valid. This is what `@octokit/graphql-schema`'s `validate` checks, without its
 * second copy of the schema.
 * @param {string} source
 * @returns {string[]}
 */
export function documentProblems(source) {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return [/** @type {Error} */ (error).message];
  }
  return validate(githubSchema(), document).map((error) => error.message);
}
