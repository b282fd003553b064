/**
 * Checks requests against GitHub's OpenAPI description (the extracted emulator/openapi-operations.json):
 * the route, path and query parameter types, the body's content type and JSON schema, and, because GitHub's
 * schemas rarely say `additionalProperties: false`, body keys no schema names. Also checks the emulator's own
 * 2xx answers against the keys GitHub documents as required, so the emulator cannot drift from GitHub.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/**
 * @typedef {object} Parameter
 * @property {string} name
 * @property {string} in 'path' or 'query'
 * @property {boolean} required
 * @property {any} schema
 * @property {boolean} [multiSegment] the value may contain '/' (a file path, `base...head`)
 */
/**
 * @typedef {object} Operation
 * @property {string} operationId
 * @property {string} method
 * @property {string} path
 * @property {string | null} docs
 * @property {Parameter[]} parameters
 * @property {{ required: boolean, contentTypes: string[], schema: any } | null} requestBody
 * @property {Record<string, any>} responses status → required-keys shape (see scripts/extract-openapi.js)
 */
/** @typedef {'route' | 'path-param' | 'query' | 'content-type' | 'json' | 'body' | 'unknown-body-key' | 'response'} ViolationKind */
/** @typedef {{ kind: ViolationKind, message: string }} Problem */

const FIXTURE = new URL('./openapi-operations.json', import.meta.url);

/**
 * Reads the extracted operations.
 * @param {URL | string} [file]
 * @returns {{ source: Record<string, string>, operations: Operation[] }}
 */
export function loadOperations(file = FIXTURE) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * A compiled route table over the operations.
 * @param {Operation[]} operations
 */
export function compileRoutes(operations) {
  const routes = operations.map((operation) => {
    const segments = operation.path.split('/').slice(1);
    const literals = segments.filter((s) => !s.startsWith('{')).length;
    return { operation, segments, literals };
  });
  // Literal segments win over parameters: `/issues/comments/{id}` before `/issues/{issue_number}/comments`.
  routes.sort((a, b) => b.literals - a.literals);
  return routes;
}

/**
 * Finds the operation for a request path; parameters are percent-decoded, multi-segment ones keep their '/'.
 * @param {ReturnType<typeof compileRoutes>} routes
 * @param {string} method
 * @param {string} pathname
 * @returns {{ operation: Operation, params: Record<string, string> } | null}
 */
export function matchRoute(routes, method, pathname) {
  let parts;
  try {
    parts = pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return null;
  }
  for (const { operation, segments } of routes) {
    if (operation.method !== method) continue;
    const params = matchSegments(operation, segments, parts);
    if (params) return { operation, params };
  }
  return null;
}

/**
 * @param {Operation} operation
 * @param {string[]} segments
 * @param {string[]} parts
 * @returns {Record<string, string> | null}
 */
function matchSegments(operation, segments, parts) {
  /** @type {Record<string, string>} */
  const params = {};
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!segment.startsWith('{')) {
      if (parts[i] !== segment) return null;
      continue;
    }
    const name = segment.slice(1, -1);
    const multi = operation.parameters.find((p) => p.name === name)?.multiSegment;
    if (multi && i === segments.length - 1) {
      params[name] = parts.slice(i).join('/');
      return params;
    }
    if (parts[i] === undefined || parts[i] === '') return null;
    params[name] = parts[i];
  }
  return parts.length === segments.length ? params : null;
}

/** Validates requests and responses for a set of operations; ajv validators are compiled once per schema. */
export class RequestValidator {
  constructor() {
    this.ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    /** @type {WeakMap<object, import('ajv').ValidateFunction>} */
    this.compiled = new WeakMap();
  }

  /**
   * @param {object} schema
   */
  validator(schema) {
    let validate = this.compiled.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiled.set(schema, validate);
    }
    return validate;
  }

  /**
   * Types the path parameters. A non-integer where GitHub wants an integer makes GitHub's router miss: 404.
   * @param {Operation} operation
   * @param {Record<string, string>} raw
   * @returns {{ params: Record<string, string | number>, problems: Problem[] }}
   */
  pathParams(operation, raw) {
    /** @type {Record<string, string | number>} */
    const params = {};
    /** @type {Problem[]} */
    const problems = [];
    for (const param of operation.parameters.filter((p) => p.in === 'path')) {
      const checked = this.coerce(param, raw[param.name]);
      if (!checked.ok) problems.push({ kind: 'path-param', message: checked.problem });
      else params[param.name] = /** @type {string | number} */ (checked.value); // no boolean path params exist
    }
    return { params, problems };
  }

  /**
   * Types the query string: unknown parameters and wrongly typed values are problems.
   * @param {Operation} operation
   * @param {URLSearchParams} search
   * @returns {{ query: Record<string, string | number | boolean>, problems: Problem[] }}
   */
  queryParams(operation, search) {
    /** @type {Record<string, string | number | boolean>} */
    const query = {};
    /** @type {Problem[]} */
    const problems = [];
    const declared = operation.parameters.filter((p) => p.in === 'query');
    for (const name of new Set(search.keys())) {
      const param = declared.find((p) => p.name === name);
      if (!param) {
        problems.push({ kind: 'query', message: `unknown query parameter '${name}' for ${operation.operationId}` });
        continue;
      }
      const checked = this.coerce(param, /** @type {string} */ (search.get(name)));
      if (!checked.ok) problems.push({ kind: 'query', message: checked.problem });
      else query[name] = checked.value;
    }
    for (const param of declared) {
      if (param.required && !search.has(param.name)) {
        problems.push({ kind: 'query', message: `missing required query parameter '${param.name}'` });
      }
    }
    return { query, problems };
  }

  /**
   * @param {Parameter} param
   * @param {string} text
   * @returns {{ ok: true, value: string | number | boolean } | { ok: false, problem: string }}
   */
  coerce(param, text) {
    const type = param.schema.type;
    /** @type {string | number | boolean} */
    let value = text;
    if (type === 'integer' || type === 'number') {
      if (!(type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(text)) {
        return { ok: false, problem: `${param.in} parameter '${param.name}' must be ${type === 'integer' ? 'an' : 'a'} ${type}, got '${text}'` };
      }
      value = Number(text);
    } else if (type === 'boolean') {
      if (text !== 'true' && text !== 'false') return { ok: false, problem: `${param.in} parameter '${param.name}' must be true or false, got '${text}'` };
      value = text === 'true';
    }
    const validate = this.validator(param.schema);
    if (!validate(value)) {
      return { ok: false, problem: `${param.in} parameter '${param.name}' ${validate.errors?.[0]?.message ?? 'is invalid'}, got '${text}'` };
    }
    return { ok: true, value };
  }

  /**
   * Checks a request body. `raw` is undefined when the request had none.
   * @param {Operation} operation
   * @param {string | undefined} contentType
   * @param {string | undefined} raw
   * @returns {{ body: unknown, problems: Problem[] }}
   */
  body(operation, contentType, raw) {
    const spec = operation.requestBody;
    if (raw === undefined) {
      const problems = spec?.required ? [{ kind: /** @type {const} */ ('body'), message: `${operation.operationId} requires a JSON body` }] : [];
      return { body: undefined, problems };
    }
    if (!spec) {
      return { body: raw, problems: [{ kind: 'body', message: `${operation.operationId} takes no request body, got '${raw.slice(0, 80)}'` }] };
    }
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!spec.contentTypes.includes(mediaType)) {
      const expected = spec.contentTypes.join(', ');
      return { body: raw, problems: [{ kind: 'content-type', message: `content-type '${contentType ?? ''}' where ${expected} is expected` }] };
    }
    let body;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      return { body: raw, problems: [{ kind: 'json', message: `body is not JSON: ${/** @type {Error} */ (error).message}` }] };
    }
    /** @type {Problem[]} */
    const problems = [];
    const validate = this.validator(spec.schema);
    if (!validate(body)) {
      for (const error of validate.errors ?? []) {
        problems.push({ kind: 'body', message: `body${error.instancePath} ${error.message}` });
      }
    }
    for (const pointer of unknownKeys(spec.schema, body, '')) {
      problems.push({ kind: 'unknown-body-key', message: `body${pointer} is not a permitted key of ${operation.operationId}` });
    }
    return { body, problems };
  }

  /**
   * Checks one of the emulator's own answers against the status codes and required keys GitHub documents.
   * @param {Operation} operation
   * @param {number} status
   * @param {unknown} body
   * @returns {Problem[]}
   */
  response(operation, status, body) {
    if (status < 200 || status > 299) return [];
    const shape = operation.responses[String(status)];
    if (!shape) return [{ kind: 'response', message: `emulator answered ${status}, undocumented for ${operation.operationId}` }];
    return shapeProblems(body, shape, '').map((message) => ({ kind: /** @type {const} */ ('response'), message: `emulator: ${message}` }));
  }
}

/**
 * The schemas an object or array value may follow, flattening oneOf/anyOf/allOf.
 * @param {any} schema
 * @returns {any[]}
 */
function variants(schema) {
  const nested = [...(schema.oneOf ?? []), ...(schema.anyOf ?? []), ...(schema.allOf ?? [])];
  return nested.length === 0 ? [schema] : [schema, ...nested.flatMap(variants)];
}

/**
 * JSON pointers of object keys that no schema variant declares. Free-form objects (no `properties`, or
 * `additionalProperties` allowed) accept anything.
 * @param {any} schema
 * @param {unknown} value
 * @param {string} pointer
 * @returns {string[]}
 */
export function unknownKeys(schema, value, pointer) {
  if (!schema || value === null || typeof value !== 'object') return [];
  const options = variants(schema);
  if (Array.isArray(value)) {
    const items = options.map((s) => s.items).filter(Boolean);
    if (items.length === 0) return [];
    return value.flatMap((item, i) => {
      const found = items.map((s) => unknownKeys(s, item, `${pointer}/${i}`));
      return found.reduce((best, next) => (next.length < best.length ? next : best));
    });
  }
  const objects = options.filter((s) => s.properties);
  if (objects.length === 0 || options.some((s) => s.additionalProperties)) return [];
  /** @type {string[]} */
  const unknown = [];
  for (const [key, child] of Object.entries(value)) {
    const declaring = objects.filter((s) => key in s.properties);
    if (declaring.length === 0) unknown.push(`${pointer}/${key}`);
    else unknown.push(...unknownKeys(declaring[0].properties[key], child, `${pointer}/${key}`));
  }
  return unknown;
}

/**
 * Places where GitHub answers null although its description does not admit it: `head.repo` of a pull request
 * whose fork was deleted, and the description of a label created without one (pull-request-simple).
 */
const KNOWN_NULLS = [/\/head\/repo$/, /\/labels\/\d+\/description$/];

/**
 * @param {unknown} value
 * @param {string} type a leaf type from the fixture, e.g. 'integer' or 'string?' (nullable)
 */
function typeMatches(value, type) {
  const base = type.replace(/\?$/, '');
  if (value === null) return type.endsWith('?') || base === 'any';
  switch (base) {
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
    case 'boolean':
      return typeof value === base;
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && !Array.isArray(value);
    default:
      return true;
  }
}

/**
 * Missing required keys and wrongly typed values in a response, as messages naming JSON pointers.
 * @param {unknown} value
 * @param {any} shape
 * @param {string} pointer
 * @returns {string[]}
 */
export function shapeProblems(value, shape, pointer) {
  if (value === null && KNOWN_NULLS.some((re) => re.test(pointer))) return [];
  if (shape.oneOf) {
    const tries = shape.oneOf.map((/** @type {any} */ s) => shapeProblems(value, s, pointer));
    return tries.some((/** @type {string[]} */ t) => t.length === 0) ? [] : tries[0];
  }
  if (shape.items) {
    if (!Array.isArray(value)) return [`${pointer || '/'} should be an array`];
    return value.flatMap((item, i) => shapeProblems(item, shape.items, `${pointer}/${i}`));
  }
  if (!shape.required) return [];
  if (value === null || typeof value !== 'object') return [`${pointer || '/'} should be an object`];
  /** @type {string[]} */
  const problems = [];
  const object = /** @type {Record<string, unknown>} */ (value);
  for (const [key, leaf] of Object.entries(shape.required)) {
    const at = `${pointer}/${key}`;
    if (!(key in object)) {
      problems.push(`${at} is required`);
      continue;
    }
    const type = typeof leaf === 'string' ? leaf : leaf.type;
    if (!typeMatches(object[key], type)) problems.push(`${at} should be ${type}, got ${JSON.stringify(object[key])}`);
    else if (typeof leaf !== 'string' && object[key] !== null) problems.push(...shapeProblems(object[key], leaf, at));
  }
  return problems;
}
