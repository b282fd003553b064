/**
 * GitHub's operations as the emulator knows them (the extracted emulator/openapi-operations.json) and the
 * router that finds the operation for a request path, decoding parameters the way GitHub does.
 */
import { readFileSync } from 'node:fs';

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
    if (multi) {
      // A branch name or file path may span segments: it takes all but what the rest of the template needs.
      const rest = segments.slice(i + 1);
      const end = parts.length - rest.length;
      if (end <= i || rest.some((literal, k) => literal.startsWith('{') || parts[end + k] !== literal)) return null;
      params[name] = parts.slice(i, end).join('/');
      return params;
    }
    if (parts[i] === undefined || parts[i] === '') return null;
    params[name] = parts[i];
  }
  return parts.length === segments.length ? params : null;
}
