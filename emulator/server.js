/**
 * The HTTP side: one request through GitHub's gates in GitHub's order (authentication, rate limit, routing,
 * validation against the OpenAPI description, injected failures, token permissions), then its handler.
 * Every request is logged; every contract violation is recorded for tests to assert on.
 */
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { URL, URLSearchParams } from 'node:url';
import { HANDLERS } from './handlers/index.js';
import { runGraphql } from './graphql/execute.js';
import { missingPermission } from './permissions.js';
import { matchRoute } from './routes.js';
import { DOCS_ROOT, NOT_ACCESSIBLE, errorReply, invalidRequest, notFound } from './replies.js';

/**
 * @typedef {object} LoggedRequest
 * @property {string} method
 * @property {string} path the canonical `/repos/{owner}/{repo}/…` path, percent-encoding kept
 * @property {Record<string, string>} query
 * @property {number} status
 * @property {unknown} body the parsed JSON body (the raw text when unparseable), undefined when none
 * @property {string | null} operationId `graphql` for GraphQL requests
 * @property {string | null} [operationName] the GraphQL operation's name, when it has one
 */
/**
 * @typedef {object} Violation a request (or emulator answer) that does not follow GitHub's description
 * @property {import('./openapi.js').ViolationKind} kind
 * @property {string} method
 * @property {string} path
 * @property {string | null} operationId
 * @property {string} message
 */
/**
 * @typedef {object} ServerParts what the server needs from the emulator
 * @property {import('./state.js').RepositoryState} state
 * @property {import('./faults.js').Faults} faults
 * @property {ReturnType<typeof import('./routes.js').compileRoutes>} routes
 * @property {import('./openapi.js').RequestValidator} validator
 * @property {import('./handlers/context.js').EmulatorBehaviour} behaviour
 * @property {LoggedRequest[]} requests
 * @property {Violation[]} violations
 * @property {{ inFlight: number, maxInFlight: number }} stats
 * @property {number} latencyMs
 * @property {() => string} api the base URL, known once listening
 */

const API_VERSION = '2022-11-28';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const DEFAULT_DOCS = DOCS_ROOT;
/** Statuses whose replies carry no body. */
const EMPTY = new Set([204, 304]);

/**
 * Reads a request body; undefined when there is none.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<string | undefined>}
 */
async function readBody(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of req) chunks.push(/** @type {Buffer} */ (chunk));
  return chunks.length === 0 ? undefined : Buffer.concat(chunks).toString('utf8');
}

/**
 * The request handler for node:http.
 * @param {ServerParts} parts
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createRequestListener(parts) {
  return async (req, res) => {
    parts.stats.inFlight += 1;
    parts.stats.maxInFlight = Math.max(parts.stats.maxInFlight, parts.stats.inFlight);
    try {
      const raw = await readBody(req);
      const { reply, entry } = respond(parts, req, raw);
      parts.requests.push(entry);
      if (parts.latencyMs > 0) await delay(parts.latencyMs);
      send(res, reply);
    } catch (error) {
      // An emulator bug must surface in the test that hit it, not as a hung request.
      res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: `emulator error: ${/** @type {Error} */ (error).stack ?? error}` }));
    } finally {
      parts.stats.inFlight -= 1;
    }
  };
}

/**
 * Rewrites GitHub's `/repositories/{id}/…` form (used in Link headers) to `/repos/{owner}/{repo}/…`.
 * @param {import('./state.js').RepositoryState} state
 * @param {string} pathname
 */
function canonicalPath(state, pathname) {
  const byId = /^\/repositories\/(\d+)(\/.*)?$/.exec(pathname);
  if (byId && Number(byId[1]) === state.repositoryId) return `/repos/${state.fullName}${byId[2] ?? ''}`;
  return pathname;
}

/**
 * Decides the reply for one request and logs it.
 * @param {ServerParts} parts
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} raw
 * @returns {{ reply: import('./replies.js').Reply, entry: LoggedRequest }}
 */
function respond(parts, req, raw) {
  const { state, faults, validator } = parts;
  const method = (req.method ?? 'GET').toUpperCase();
  const url = new URL(req.url ?? '/', parts.api());
  const path = canonicalPath(state, url.pathname);
  /** @type {LoggedRequest} */
  const entry = { method, path, query: Object.fromEntries(url.searchParams), status: 0, body: raw, operationId: null };
  /** @type {(kind: import('./openapi.js').ViolationKind, message: string) => void} */
  const violate = (kind, message) => {
    parts.violations.push({ kind, method, path, operationId: entry.operationId, message });
  };

  if (path === '/graphql' && method === 'POST') return respondGraphql(parts, req, raw, entry);

  const rate = faults.count(Date.now());
  const finish = (/** @type {import('./replies.js').Reply} */ reply) => {
    entry.status = reply.status;
    return { reply: { ...reply, headers: { ...rate.headers, ...reply.headers } }, entry };
  };

  if (!/^(token|bearer)\s+\S+/i.test(String(req.headers.authorization ?? ''))) {
    return finish(errorReply(401, 'Requires authentication', DEFAULT_DOCS));
  }
  if (rate.limited) return finish(faults.rateLimited());

  const match = matchRoute(parts.routes, method, path);
  if (!match) {
    violate('route', `no GitHub operation ${method} ${path} among those the emulator serves`);
    return finish(notFound(DEFAULT_DOCS));
  }
  const { operation } = match;
  entry.operationId = operation.operationId;
  const docs = operation.docs;

  const typed = validator.pathParams(operation, match.params);
  const query = validator.queryParams(operation, new URLSearchParams(url.search));
  const body = validator.body(operation, req.headers['content-type'], raw);
  entry.body = body.body;
  for (const problem of [...typed.problems, ...query.problems, ...body.problems])
    violate(problem.kind, problem.message);
  // GitHub's router does not match a non-numeric id: that is a 404, not a validation error.
  if (typed.problems.length > 0) return finish(notFound(docs));
  if (body.problems.some((p) => p.kind === 'json')) return finish(errorReply(400, 'Problems parsing JSON', docs));
  if (body.problems.some((p) => p.kind === 'content-type')) {
    return finish(errorReply(415, 'Unsupported Media Type', docs));
  }
  const problems = [...query.problems, ...body.problems];
  if (problems.length > 0)
    return finish(
      invalidRequest(
        docs,
        problems.map((p) => p.message),
      ),
    );

  const { owner, repo } = typed.params;
  if (owner !== undefined && `${owner}/${repo}`.toLowerCase() !== state.fullName.toLowerCase()) {
    return finish(notFound(docs));
  }
  const injected = faults.take(method, path, docs);
  if (injected && !injected.afterWrite) return finish(injected);
  if (faults.readOnly && WRITE_METHODS.has(method)) {
    return finish(errorReply(403, NOT_ACCESSIBLE, docs));
  }
  const missing = missingPermission(operation.operationId, parts.behaviour.tokenPermissions);
  if (missing) {
    return finish(errorReply(403, NOT_ACCESSIBLE, docs, {}, { 'x-accepted-github-permissions': missing.join('; ') }));
  }

  const reply = HANDLERS[operation.operationId]({
    state,
    api: parts.api(),
    params: typed.params,
    query: query.query,
    search: url.searchParams,
    body: body.body,
    headers: req.headers,
    operation,
    behaviour: parts.behaviour,
    linkBase: `${parts.api()}${path.replace(/^\/repos\/[^/]+\/[^/]+/, `/repositories/${state.repositoryId}`)}`,
    readOnly: faults.readOnly,
    graphqlRate: faults.graphql,
    rate: {
      limit: faults.limit,
      used: faults.limit - faults.remaining,
      remaining: faults.remaining,
      reset: faults.resetAt,
    },
  });
  if (reply.raw === undefined) {
    for (const problem of validator.response(operation, reply.status, reply.body))
      violate(problem.kind, problem.message);
  }
  // The write happened; the client never hears of it.
  if (injected) return finish(injected);
  return finish(reply);
}

/**
 * A GraphQL request: authentication, injected failures (matched against `/graphql`), then graphql/execute.js.
 * It counts against the GraphQL point budget only.
 * @param {ServerParts} parts
 * @param {import('node:http').IncomingMessage} req
 * @param {string | undefined} raw
 * @param {LoggedRequest} entry
 * @returns {{ reply: import('./replies.js').Reply, entry: LoggedRequest }}
 */
function respondGraphql(parts, req, raw, entry) {
  entry.operationId = 'graphql';
  try {
    entry.body = raw === undefined ? undefined : JSON.parse(raw);
  } catch {
    entry.body = raw;
  }
  entry.operationName = /** @type {any} */ (entry.body)?.operationName ?? null;
  const finish = (/** @type {import('./replies.js').Reply} */ reply) => {
    entry.status = reply.status;
    return { reply, entry };
  };
  if (!/^(token|bearer)\s+\S+/i.test(String(req.headers.authorization ?? ''))) {
    return finish(
      errorReply(
        401,
        'This endpoint requires you to be authenticated.',
        'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql',
      ),
    );
  }
  const injected = parts.faults.take('POST', '/graphql', 'https://docs.github.com/graphql');
  if (injected && !injected.afterWrite) return finish(injected);
  const outcome = runGraphql({ state: parts.state, faults: parts.faults, api: parts.api(), raw });
  entry.operationName = outcome.operationName;
  for (const problem of outcome.problems) {
    parts.violations.push({
      kind: 'graphql',
      method: 'POST',
      path: '/graphql',
      operationId: 'graphql',
      message: problem,
    });
  }
  return finish(injected ?? outcome.reply);
}

/**
 * Writes a reply with the headers GitHub puts on every response.
 * @param {import('node:http').ServerResponse} res
 * @param {import('./replies.js').Reply} reply
 */
function send(res, reply) {
  const headers = {
    'x-github-request-id': randomUUID().toUpperCase(),
    'x-github-api-version-selected': API_VERSION,
    'x-github-media-type': 'github.v3; format=json',
    ...reply.headers,
  };
  if (EMPTY.has(reply.status)) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const payload = reply.raw ?? JSON.stringify(reply.body ?? null);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
    'content-length': String(Buffer.byteLength(payload)),
  });
  res.end(payload);
}
