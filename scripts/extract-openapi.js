#!/usr/bin/env node
/**
 * Extracts the REST operations the GitHub emulator serves from GitHub's OpenAPI description into the small,
 * committed fixture emulator/openapi-operations.json, which the emulator validates every request against.
 *
 * The description lives in @octokit/openapi (385 MB installed), so it is never a dependency; install it
 * without touching package.json, then run the script:
 *
 *   npm install --no-save @octokit/openapi@23
 *   npm run openapi:extract
 *
 * or point it at a copy installed elsewhere (a file, or the package's directory):
 *
 *   npm run openapi:extract -- --spec /tmp/oa/node_modules/@octokit/openapi
 *   OPENAPI_SPEC=/tmp/oa/node_modules/@octokit/openapi/generated/api.github.com.json npm run openapi:extract
 *
 * We read the referenced (not the dereferenced) api.github.com.json: it is 13 MB instead of 73 MB, and we
 * resolve the few $refs the operations use ourselves, trimming prose and examples as we go.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EMULATED_OPERATION_IDS } from '../emulator/handlers/index.js';

const SPEC_FILE = 'generated/api.github.com.json';
const OUTPUT = fileURLToPath(new URL('../emulator/openapi-operations.json', import.meta.url));

/** Schema keywords that constrain a value; everything else (prose, examples, formats, x-*) is dropped. */
const KEPT_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'oneOf',
  'anyOf',
  'allOf',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'pattern',
  'nullable',
  'additionalProperties',
  'uniqueItems',
]);

/** How deep response shapes go: the pull's `head.repo.owner` is level 3, deeper adds size and little value. */
const SHAPE_DEPTH = 3;

/**
 * Finds the description file from `--spec`, `$OPENAPI_SPEC`, or an installed @octokit/openapi.
 * @param {string | undefined} given a JSON file or the package directory
 * @returns {string}
 */
function locateSpec(given) {
  if (given) {
    if (!existsSync(given)) throw new Error(`${given}: no such file or directory`);
    const file = statSync(given).isDirectory() ? path.join(given, SPEC_FILE) : given;
    if (!existsSync(file)) throw new Error(`${file}: no such file (expected @octokit/openapi's ${SPEC_FILE})`);
    return file;
  }
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), SPEC_FILE);
  } catch {
    throw new Error(
      '@octokit/openapi is not installed: run `npm install --no-save @octokit/openapi@23` or pass --spec PATH',
    );
  }
}

/**
 * Follows a local `#/components/...` reference.
 * @param {any} spec
 * @param {string} ref
 */
function lookup(spec, ref) {
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec);
  if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
  return target;
}

/**
 * A JSON schema with its $refs inlined and only the validating keywords kept.
 * @param {any} spec
 * @param {any} schema
 * @param {string[]} trail refs being expanded, to stop on recursive schemas
 * @returns {any}
 */
function trimSchema(spec, schema, trail = []) {
  if (Array.isArray(schema)) return schema.map((item) => trimSchema(spec, item, trail));
  if (schema === null || typeof schema !== 'object') return schema;
  if (schema.$ref) {
    // A recursive schema (none today among ours) is cut to "anything" rather than looping.
    if (trail.includes(schema.$ref)) return {};
    return trimSchema(spec, lookup(spec, schema.$ref), [...trail, schema.$ref]);
  }
  /** @type {Record<string, any>} */
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (!KEPT_KEYWORDS.has(key)) continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, trimSchema(spec, sub, trail)]),
      );
    } else if (typeof value === 'object' && key !== 'required' && key !== 'enum') {
      out[key] = trimSchema(spec, value, trail);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The keys a response must carry, level by level. A shape is `{ required: { key: leaf } }`, `{ items: shape }`
 * for arrays or `{ oneOf: [shape] }`; a leaf is the key's type (`'string'`, `'integer?'` when nullable, `'any'`),
 * or `{ type, ...shape }` when the key holds an object with required keys of its own. Null when nothing is
 * required, which keeps the fixture small.
 * @param {any} spec
 * @param {any} schema
 * @param {number} depth
 * @returns {any}
 */
function shapeOf(spec, schema, depth) {
  while (schema?.$ref) schema = lookup(spec, schema.$ref);
  if (!schema || depth > SHAPE_DEPTH) return null;
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    const shapes = alternatives.map((/** @type {any} */ alt) => shapeOf(spec, alt, depth));
    return shapes.includes(null) ? null : { oneOf: shapes };
  }
  if (schema.allOf) {
    const parts = schema.allOf.map((/** @type {any} */ part) => shapeOf(spec, part, depth)).filter(Boolean);
    return parts.length === 0
      ? null
      : { required: Object.assign({}, ...parts.map((/** @type {any} */ p) => p.required ?? {})) };
  }
  if (schema.type === 'array') {
    const items = shapeOf(spec, schema.items, depth);
    return items ? { items } : null;
  }
  const required = schema.required ?? [];
  if (required.length === 0) return null;
  /** @type {Record<string, any>} */
  const keys = {};
  for (const key of required) {
    let prop = schema.properties?.[key] ?? {};
    while (prop.$ref) prop = lookup(spec, prop.$ref);
    const nested = shapeOf(spec, prop, depth + 1);
    const type = `${prop.type ?? 'any'}${prop.nullable ? '?' : ''}`;
    keys[key] = nested ? { type, ...nested } : type;
  }
  return { required: keys };
}

/**
 * One operation, trimmed to what request validation and response checks need.
 * @param {any} spec
 * @param {string} method
 * @param {string} template
 * @param {any} operation
 */
function extractOperation(spec, method, template, operation) {
  const parameters = (operation.parameters ?? []).map((/** @type {any} */ raw) => {
    const param = raw.$ref ? lookup(spec, raw.$ref) : raw;
    return {
      name: param.name,
      in: param.in,
      required: Boolean(param.required),
      schema: trimSchema(spec, param.schema ?? {}),
      ...(param['x-multi-segment'] ? { multiSegment: true } : {}),
    };
  });
  const body = operation.requestBody?.$ref ? lookup(spec, operation.requestBody.$ref) : operation.requestBody;
  const requestBody = body
    ? {
        required: Boolean(body.required),
        contentTypes: Object.keys(body.content),
        schema: trimSchema(spec, body.content['application/json']?.schema ?? {}),
      }
    : null;
  /** @type {Record<string, any>} */
  const responses = {};
  for (const [status, raw] of Object.entries(operation.responses)) {
    const response = /** @type {any} */ (raw).$ref ? lookup(spec, /** @type {any} */ (raw).$ref) : raw;
    const schema = response.content?.['application/json']?.schema;
    const shape = status.startsWith('2') && schema ? shapeOf(spec, schema, 0) : null;
    responses[status] = shape ?? {};
  }
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path: template,
    docs: operation.externalDocs?.url ?? null,
    parameters,
    requestBody,
    responses,
  };
}

/**
 * Builds the fixture object from a parsed description.
 * @param {any} spec the parsed api.github.com.json
 * @param {readonly string[]} operationIds
 */
export function extractOperations(spec, operationIds) {
  const wanted = new Set(operationIds);
  const operations = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(/** @type {Record<string, any>} */ (item))) {
      if (wanted.has(operation?.operationId)) {
        operations.push(extractOperation(spec, method, template, operation));
        wanted.delete(operation.operationId);
      }
    }
  }
  if (wanted.size > 0) throw new Error(`operations missing from the description: ${[...wanted].join(', ')}`);
  operations.sort((a, b) => a.operationId.localeCompare(b.operationId));
  return { source: { package: '@octokit/openapi', file: SPEC_FILE, apiVersion: spec.info.version }, operations };
}

async function main() {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, out: { type: 'string' } } });
  const specFile = locateSpec(values.spec ?? process.env.OPENAPI_SPEC);
  const spec = JSON.parse(readFileSync(specFile, 'utf8'));
  const fixture = extractOperations(spec, EMULATED_OPERATION_IDS);
  const out = values.out ?? OUTPUT;
  // Format with the project's prettier so `npm run lint` accepts the generated file as is.
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  writeFileSync(out, await prettier.format(JSON.stringify(fixture), { ...options, parser: 'json' }));
  console.log(`${path.relative(process.cwd(), out)}: ${fixture.operations.length} operations from ${specFile}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(`extract-openapi: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
