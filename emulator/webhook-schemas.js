/**
 * Validates webhook payloads against GitHub's published webhook schemas (the extract in webhook-schemas.json,
 * made by scripts/extract-webhooks.js from @octokit/openapi-webhooks), so the events the emulator builds are
 * ones GitHub could send.
 *
 * @example
 *   webhookProblems('merge_group', mergeGroupEvent(emu, group)) // → [] when the payload fits the schema
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const FIXTURE = new URL('./webhook-schemas.json', import.meta.url);
/** @type {{ events: Record<string, any>, components: { schemas: Record<string, any> } } | null} */
let fixture = null;
/** @type {Ajv | null} */
let ajv = null;
/** @type {Map<string, import('ajv').ValidateFunction>} */
const compiled = new Map();

/**
 * The problems of a payload for an event, as `path message` strings; empty when it fits.
 * @param {string} eventName e.g. 'pull_request', 'merge_group', 'push'
 * @param {any} payload
 * @returns {string[]}
 */
export function webhookProblems(eventName, payload) {
  fixture ??= JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const data = /** @type {NonNullable<typeof fixture>} */ (fixture);
  const key = payload && typeof payload.action === 'string' ? `${eventName}.${payload.action}` : eventName;
  const schema = data.events[key] ?? data.events[eventName];
  if (!schema) return [`no published schema for ${key} in webhook-schemas.json`];
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    ajv.addSchema({ components: data.components }, 'webhooks');
  }
  let validate = compiled.get(key);
  if (!validate) {
    const rebased = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"webhooks#/components/'));
    validate = ajv.compile(rebased);
    compiled.set(key, validate);
  }
  if (validate(payload)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
