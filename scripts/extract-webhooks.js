#!/usr/bin/env node
/**
 * Extracts the webhook payload schemas of the events rust-patch-router handles from GitHub's published webhook
 * description (@octokit/openapi-webhooks) into the small, committed emulator/webhook-schemas.json, which the
 * emulator's tests validate every payload it builds against (emulator/webhook-schemas.js).
 *
 * The package is 36 MB installed, so it is never a dependency; install it without touching package.json, then
 * run the script:
 *
 *   npm install --no-save @octokit/openapi-webhooks@12
 *   npm run webhooks:extract
 *
 * or point it at a copy installed elsewhere: `npm run webhooks:extract -- --spec DIR_OR_FILE`.
 *
 * The schemas keep their `$ref`s (only the referenced components are copied, trimmed to the keywords that
 * validate), so the fixture stays a fraction of the description's size.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SPEC_FILE = 'generated/api.github.com.json';
const OUTPUT = fileURLToPath(new URL('../emulator/webhook-schemas.json', import.meta.url));

/** `event.action` (or the event alone) → the description's webhook key. */
export const WEBHOOKS = Object.freeze({
  'pull_request.opened': 'pull-request-opened',
  'pull_request.synchronize': 'pull-request-synchronize',
  'pull_request.reopened': 'pull-request-reopened',
  'pull_request.edited': 'pull-request-edited',
  'pull_request.ready_for_review': 'pull-request-ready-for-review',
  'pull_request.closed': 'pull-request-closed',
  'pull_request.labeled': 'pull-request-labeled',
  'pull_request_review.submitted': 'pull-request-review-submitted',
  'pull_request_review.dismissed': 'pull-request-review-dismissed',
  'merge_group.checks_requested': 'merge-group-checks-requested',
  'merge_group.destroyed': 'merge-group-destroyed',
  push: 'push',
  workflow_dispatch: 'workflow-dispatch',
  'workflow_run.completed': 'workflow-run-completed',
  'workflow_run.requested': 'workflow-run-requested',
});

/** Schema keywords that constrain a value (and `$ref`); prose, examples and formats are dropped. */
const KEPT = new Set([
  '$ref',
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'const',
  'oneOf',
  'anyOf',
  'allOf',
  'additionalProperties',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
]);

/**
 * @param {string | undefined} given
 */
function locateSpec(given) {
  if (given) {
    const file = existsSync(given) && statSync(given).isDirectory() ? path.join(given, SPEC_FILE) : given;
    if (!existsSync(file)) throw new Error(`${file}: no such file`);
    return file;
  }
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@octokit/openapi-webhooks/package.json')), SPEC_FILE);
  } catch {
    throw new Error(
      '@octokit/openapi-webhooks is not installed: run `npm install --no-save @octokit/openapi-webhooks@12` or pass --spec PATH',
    );
  }
}

/**
 * A schema with only validating keywords, recording the components it refers to.
 * @param {any} schema
 * @param {Set<string>} refs
 * @returns {any}
 */
function trim(schema, refs) {
  if (Array.isArray(schema)) return schema.map((item) => trim(item, refs));
  if (schema === null || typeof schema !== 'object') return schema;
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT.has(key)) continue;
    if (key === '$ref') {
      refs.add(String(value).replace('#/components/schemas/', ''));
      out.$ref = value;
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, trim(sub, refs)]));
    } else if (key === 'required' || key === 'enum') {
      out[key] = value;
    } else {
      out[key] = trim(value, refs);
    }
  }
  return out;
}

/**
 * @param {any} spec the parsed description
 */
export function extractWebhooks(spec) {
  /** @type {Record<string, any>} */
  const events = {};
  /** @type {Set<string>} */
  const pending = new Set();
  for (const [event, key] of Object.entries(WEBHOOKS)) {
    const schema = spec.webhooks[key]?.post?.requestBody?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`webhook ${key} missing from the description`);
    events[event] = trim(schema, pending);
  }
  /** @type {Record<string, any>} */
  const schemas = {};
  while (pending.size > 0) {
    const [name] = pending;
    pending.delete(name);
    if (name in schemas) continue;
    const found = spec.components.schemas[name];
    if (!found) throw new Error(`unresolvable component ${name}`);
    /** @type {Set<string>} */
    const more = new Set();
    schemas[name] = trim(found, more);
    for (const ref of more) if (!(ref in schemas)) pending.add(ref);
  }
  const sorted = Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
  return {
    source: { package: '@octokit/openapi-webhooks', file: SPEC_FILE, version: spec.info.version },
    events,
    components: { schemas: sorted },
  };
}

async function main() {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, out: { type: 'string' } } });
  const specFile = locateSpec(values.spec ?? process.env.WEBHOOKS_SPEC);
  const fixture = extractWebhooks(JSON.parse(readFileSync(specFile, 'utf8')));
  const out = values.out ?? OUTPUT;
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  writeFileSync(out, await prettier.format(JSON.stringify(fixture), { ...options, parser: 'json' }));
  const count = Object.keys(fixture.components.schemas).length;
  console.log(`${path.relative(process.cwd(), out)}: ${Object.keys(fixture.events).length} events, ${count} schemas`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(`extract-webhooks: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
