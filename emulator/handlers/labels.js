/**
 * Repository labels and the labels on a pull request. Adding a label the repository lacks creates it with
 * colour ededed and no description, as GitHub does (observed); names over 50 characters and more than 100
 * labels on one issue are refused.
 */
import { labelPayload } from '../payloads.js';
import { errorReply, notFound, validationFailed } from '../replies.js';
import { includesName } from '../state.js';
import { byName, findPull, issueLabels, pageReply } from './context.js';

export const MAX_LABEL_NAME = 50;
export const MAX_LABEL_DESCRIPTION = 100;
/** A pull request holds at most this many labels (observed). */
export const MAX_LABELS_PER_ISSUE = 100;
const HEX_COLOR = /^[0-9a-fA-F]{6}$/;

/**
 * GitHub's field errors for a label's name.
 * @param {string} name
 * @returns {Array<{ resource: string, code: string, field: string, message?: string }>}
 */
function nameErrors(name) {
  if (name.trim() === '') return [{ resource: 'Label', code: 'missing_field', field: 'name' }];
  if ([...name].length > MAX_LABEL_NAME) {
    return [
      {
        resource: 'Label',
        code: 'custom',
        field: 'name',
        message: `name is too long (maximum is ${MAX_LABEL_NAME} characters)`,
      },
    ];
  }
  return [];
}

/** @type {import('./context.js').Handler} */
export function listRepoLabels(ctx) {
  const labels = [...ctx.state.labels.values()].sort(byName);
  return pageReply(
    ctx,
    labels.map((label) => labelPayload(ctx.api, ctx.state.fullName, label)),
  );
}

/** @type {import('./context.js').Handler} */
export function getLabel(ctx) {
  const label = ctx.state.label(String(ctx.params.name));
  if (!label) return notFound(ctx.operation.docs);
  return { status: 200, body: labelPayload(ctx.api, ctx.state.fullName, label) };
}

/** @type {import('./context.js').Handler} */
export function createLabel(ctx) {
  /** @type {{ name: string, color?: string, description?: string }} */
  const { name, color, description } = ctx.body;
  const errors = nameErrors(name);
  if (color !== undefined && !HEX_COLOR.test(color))
    errors.push({ resource: 'Label', code: 'invalid', field: 'color' });
  if (description !== undefined && [...description].length > MAX_LABEL_DESCRIPTION) {
    const message = `description is too long (maximum is ${MAX_LABEL_DESCRIPTION} characters)`;
    errors.push({ resource: 'Label', code: 'custom', field: 'description', message });
  }
  if (errors.length === 0 && ctx.state.label(name)) {
    errors.push({ resource: 'Label', code: 'already_exists', field: 'name' });
  }
  if (errors.length > 0) return validationFailed(ctx.operation.docs, errors);
  const label = ctx.state.addLabel({ name, color, description: description ?? null });
  return { status: 201, body: labelPayload(ctx.api, ctx.state.fullName, label) };
}

/** @type {import('./context.js').Handler} */
export function listIssueLabels(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  return pageReply(ctx, issueLabels(ctx, pull));
}

/**
 * The label names of an add/set body: strings or `{ name }` objects.
 * @param {any} body
 * @returns {string[]}
 */
function namesOf(body) {
  return (body?.labels ?? []).map((/** @type {string | { name: string }} */ l) => (typeof l === 'string' ? l : l.name));
}

/**
 * Puts `names` on the pull request (replacing what it had when `replace`), creating missing labels.
 * @param {import('./context.js').HandlerContext} ctx
 * @param {boolean} replace
 * @returns {import('../replies.js').Reply}
 */
function applyLabels(ctx, replace) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const names = namesOf(ctx.body);
  const errors = names.flatMap(nameErrors);
  if (errors.length > 0) return validationFailed(ctx.operation.docs, errors);
  const next = replace ? [] : [...pull.labels];
  for (const name of names) if (!includesName(next, name)) next.push(name);
  if (next.length > MAX_LABELS_PER_ISSUE) {
    return errorReply(422, `Issues may have at most ${MAX_LABELS_PER_ISSUE} labels.`, ctx.operation.docs);
  }
  const { state } = ctx;
  pull.labels = next.map((name) => (state.label(name) ?? state.addLabel({ name })).name);
  pull.updatedAt = state.now();
  return { status: 200, body: issueLabels(ctx, pull) };
}

/** @type {import('./context.js').Handler} */
export function addIssueLabels(ctx) {
  return applyLabels(ctx, false);
}

/** @type {import('./context.js').Handler} */
export function setIssueLabels(ctx) {
  return applyLabels(ctx, true);
}

/** @type {import('./context.js').Handler} */
export function removeIssueLabel(ctx) {
  const pull = findPull(ctx);
  if (!pull) return notFound(ctx.operation.docs);
  const name = String(ctx.params.name);
  if (!includesName(pull.labels, name)) return errorReply(404, 'Label does not exist', ctx.operation.docs);
  pull.labels = pull.labels.filter((l) => l.toLowerCase() !== name.toLowerCase());
  pull.updatedAt = ctx.state.now();
  return { status: 200, body: issueLabels(ctx, pull) };
}
