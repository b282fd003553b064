/**
 * A GitHub Actions workflow file, parsed into what doctor checks: its triggers, permissions, concurrency,
 * jobs and steps, each with the line it was written on. Pure; the text comes from the contents API.
 *
 * The workflow syntax accepts several spellings for the same thing (`on: push`, `on: [push]`,
 * `on: { push: null }`; a filter as one string or a list; `permissions: read-all` or a map), so everything is
 * normalised here once and the checks read one shape.
 */
import { isMap, isNode, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** `permissions:` as written: one of the two shorthands, or scope → access (a missing scope is `none`). */
export type PermissionsSpec = 'read-all' | 'write-all' | Record<string, string>;

export interface ConcurrencySpec {
  /** The group expression as written (`rpr-${{ github.event.pull_request.number }}`). */
  group: string;
  /** `cancel-in-progress` as written; undefined when absent. */
  cancelInProgress?: string;
  line: number;
}

/** One event's filters, as written under `on:`. Absent keys were not written. */
export interface TriggerFilter {
  types?: string[];
  branches?: string[];
  branchesIgnore?: string[];
  paths?: string[];
  pathsIgnore?: string[];
  /** `workflow_run`: the names of the workflows it follows. */
  workflows?: string[];
  /** `schedule`: the cron lines. */
  crons?: string[];
}

export interface WorkflowStep {
  /** 0-based position in the job. */
  index: number;
  name?: string;
  uses?: string;
  run?: string;
  /** `with:` inputs, every value as text (`true`, `0`, `${{ … }}`). */
  with: Record<string, string>;
  line: number;
}

export interface WorkflowJob {
  id: string;
  /** Where the job is written when it is not in its workflow's file (a job of a called reusable workflow). */
  file?: string;
  name?: string;
  permissions?: PermissionsSpec;
  concurrency?: ConcurrencySpec;
  /** `uses:` of a job that calls a reusable workflow. */
  uses?: string;
  steps: WorkflowStep[];
  line: number;
}

export interface Workflow {
  /** Repository-relative path, `.github/workflows/x.yml`. */
  path: string;
  /** The `name:`, or the path when it has none (what GitHub shows, and what `workflow_run.workflows` matches). */
  name: string;
  /** The Actions API's state (`active`, `disabled_manually`, …), when known. */
  state?: string;
  /** Event → its filters. */
  on: Record<string, TriggerFilter>;
  onLine: number;
  permissions?: PermissionsSpec;
  concurrency?: ConcurrencySpec;
  jobs: WorkflowJob[];
}

/** A workflow that could not be read, at `file:line:col`. */
export interface WorkflowProblem {
  path: string;
  line: number;
  col: number;
  message: string;
}

/** Aliases a workflow may expand before it is refused: a real workflow uses a handful. */
const MAX_ALIAS_COUNT = 1_000;

/**
 * Parses one workflow file.
 *
 * @example parseWorkflow('.github/workflows/ci.yml', 'on: push\njobs: {}\n').value?.on // → { push: {} }
 */
export function parseWorkflow(
  path: string,
  text: string,
  state?: string,
): { value: Workflow | null; problems: WorkflowProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false });
  const at = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const { line, col } = at(error.pos[0]);
      return { path, line, col, message: error.message.split('\n')[0] };
    });
    return { value: null, problems };
  }
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { value: null, problems: [{ path, line: 1, col: 1, message }] };
  }
  if (!isRecord(root)) {
    return {
      value: null,
      problems: [{ path, line: 1, col: 1, message: 'a workflow is a mapping with on: and jobs:' }],
    };
  }
  const lineOf = (keys: (string | number)[]) => lineAt(doc, keys, lineCounter);
  const jobs = isRecord(root.jobs)
    ? Object.entries(root.jobs).map(([id, job]) => readJob(id, job, (keys) => lineOf(['jobs', id, ...keys])))
    : [];
  return {
    value: {
      path,
      name: typeof root.name === 'string' && root.name.trim() !== '' ? root.name : path,
      state,
      on: readTriggers(root.on),
      onLine: lineOf(['on']),
      permissions: readPermissions(root.permissions),
      concurrency: readConcurrency(root.concurrency, lineOf(['concurrency'])),
      jobs,
    },
    problems: [],
  };
}

function readJob(id: string, raw: unknown, lineOf: (keys: (string | number)[]) => number): WorkflowJob {
  const job = isRecord(raw) ? raw : {};
  const steps = Array.isArray(job.steps) ? job.steps : [];
  return {
    id,
    name: typeof job.name === 'string' ? job.name : undefined,
    permissions: readPermissions(job.permissions),
    concurrency: readConcurrency(job.concurrency, lineOf(['concurrency'])),
    uses: typeof job.uses === 'string' ? job.uses : undefined,
    steps: steps.map((step, index) => readStep(step, index, lineOf(['steps', index]))),
    line: lineOf([]),
  };
}

function readStep(raw: unknown, index: number, line: number): WorkflowStep {
  const step = isRecord(raw) ? raw : {};
  const inputs: Record<string, string> = {};
  if (isRecord(step.with)) {
    for (const [key, value] of Object.entries(step.with)) inputs[key] = value === null ? '' : String(value);
  }
  return {
    index,
    name: typeof step.name === 'string' ? step.name : undefined,
    uses: typeof step.uses === 'string' ? step.uses.trim() : undefined,
    run: typeof step.run === 'string' ? step.run : undefined,
    with: inputs,
    line,
  };
}

/** `on:` in any of its spellings → event → filters. */
function readTriggers(raw: unknown): Record<string, TriggerFilter> {
  const on: Record<string, TriggerFilter> = {};
  if (typeof raw === 'string') on[raw] = {};
  else if (Array.isArray(raw)) for (const event of raw) on[String(event)] = {};
  else if (isRecord(raw)) {
    for (const [event, value] of Object.entries(raw)) on[event] = readFilter(event, value);
  }
  return on;
}

function readFilter(event: string, raw: unknown): TriggerFilter {
  if (event === 'schedule') {
    const entries = Array.isArray(raw) ? raw : [];
    return {
      crons: entries.flatMap((entry) => (isRecord(entry) && typeof entry.cron === 'string' ? [entry.cron] : [])),
    };
  }
  if (!isRecord(raw)) return {};
  const filter: TriggerFilter = {};
  const list = (key: string) => stringList(raw[key]);
  if (raw.types !== undefined) filter.types = list('types');
  if (raw.branches !== undefined) filter.branches = list('branches');
  if (raw['branches-ignore'] !== undefined) filter.branchesIgnore = list('branches-ignore');
  if (raw.paths !== undefined) filter.paths = list('paths');
  if (raw['paths-ignore'] !== undefined) filter.pathsIgnore = list('paths-ignore');
  if (raw.workflows !== undefined) filter.workflows = list('workflows');
  return filter;
}

function readPermissions(raw: unknown): PermissionsSpec | undefined {
  if (raw === undefined) return undefined;
  if (raw === 'read-all' || raw === 'write-all') return raw;
  if (isRecord(raw)) {
    const scopes: Record<string, string> = {};
    for (const [scope, access] of Object.entries(raw)) scopes[scope] = String(access);
    return scopes;
  }
  // `permissions:` with nothing after it, or a value GitHub refuses: no scope granted.
  return {};
}

function readConcurrency(raw: unknown, line: number): ConcurrencySpec | undefined {
  if (typeof raw === 'string') return { group: raw, line };
  if (isRecord(raw) && raw.group !== undefined && raw.group !== null) {
    const cancel = raw['cancel-in-progress'];
    return { group: String(raw.group), cancelInProgress: cancel === undefined ? undefined : String(cancel), line };
  }
  return undefined;
}

function stringList(raw: unknown): string[] {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.filter((item) => item !== null && item !== undefined).map(String);
  return [];
}

/** The 1-based line of the node at `keys` (the pair's key for a mapping entry), or 1 when it has none. */
function lineAt(doc: Document, keys: (string | number)[], lineCounter: LineCounter): number {
  if (keys.length > 0) {
    const parent = keys.length === 1 ? doc.contents : doc.getIn(keys.slice(0, -1), true);
    const last = keys[keys.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === last);
      const node = pair?.key;
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    if (isSeq(parent) && typeof last === 'number') {
      const node = parent.items[last];
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
  }
  const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
  if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  return 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
