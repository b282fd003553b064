/**
 * Checks requests against GitHub's OpenAPI description: path and query parameter types, the body's content
 * type and JSON schema, and, because GitHub's schemas rarely say `additionalProperties: false`, body keys no
 * schema names. Also checks the emulator's own 2xx answers (see response-shape.js).
 */
import { Ajv } from 'ajv';
import { shapeProblems } from './response-shape.js';

/** @typedef {import('./routes.js').Operation} Operation */
/** @typedef {import('./routes.js').Parameter} Parameter */
/** @typedef {'route' | 'path-param' | 'query' | 'content-type' | 'json' | 'body' | 'unknown-body-key' | 'response' | 'graphql'} ViolationKind */
/** @typedef {{ kind: ViolationKind, message: string }} Problem */

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
        return {
          ok: false,
          problem: `${param.in} parameter '${param.name}' must be ${type === 'integer' ? 'an' : 'a'} ${type}, got '${text}'`,
        };
      }
      value = Number(text);
    } else if (type === 'boolean') {
      if (text !== 'true' && text !== 'false')
        return { ok: false, problem: `${param.in} parameter '${param.name}' must be true or false, got '${text}'` };
      value = text === 'true';
    }
    const validate = this.validator(param.schema);
    if (!validate(value)) {
      return {
        ok: false,
        problem: `${param.in} parameter '${param.name}' ${validate.errors?.[0]?.message ?? 'is invalid'}, got '${text}'`,
      };
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
      const problems = spec?.required
        ? [{ kind: /** @type {const} */ ('body'), message: `${operation.operationId} requires a JSON body` }]
        : [];
      return { body: undefined, problems };
    }
    if (!spec) {
      return {
        body: raw,
        problems: [
          { kind: 'body', message: `${operation.operationId} takes no request body, got '${raw.slice(0, 80)}'` },
        ],
      };
    }
    const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!spec.contentTypes.includes(mediaType)) {
      const expected = spec.contentTypes.join(', ');
      return {
        body: raw,
        problems: [
          { kind: 'content-type', message: `content-type '${contentType ?? ''}' where ${expected} is expected` },
        ],
      };
    }
    let body;
    try {
      body = JSON.parse(raw);
    } catch (error) {
      return {
        body: raw,
        problems: [{ kind: 'json', message: `body is not JSON: ${/** @type {Error} */ (error).message}` }],
      };
    }
    /** @type {Problem[]} */
    const problems = [];
    const validate = this.validator(spec.schema);
    if (!validate(body)) {
      // "must match exactly one schema in oneOf" only repeats what the branch errors say more precisely.
      const errors = validate.errors ?? [];
      const precise = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
      for (const error of precise.length > 0 ? precise : errors) {
        problems.push({ kind: 'body', message: `body${error.instancePath} ${error.message}` });
      }
    }
    for (const pointer of unknownKeys(spec.schema, body, '')) {
      problems.push({
        kind: 'unknown-body-key',
        message: `body${pointer} is not a permitted key of ${operation.operationId}`,
      });
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
    if (!shape)
      return [{ kind: 'response', message: `emulator answered ${status}, undocumented for ${operation.operationId}` }];
    return shapeProblems(body, shape, '').map((message) => ({
      kind: /** @type {const} */ ('response'),
      message: `emulator: ${message}`,
    }));
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
