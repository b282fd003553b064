import { Buffer } from 'node:buffer';
import type { Emulator } from './index.js';
import { BASE, HEAD, call, startSeeded } from './test-client.js';

const REPO = '/repos/torvalds/linux';
const RAW = { accept: 'application/vnd.github.raw+json' };

describe('repository contents', () => {
  let emu: Emulator;
  beforeEach(async () => {
    emu = await startSeeded();
  });
  afterEach(async () => {
    await emu.close();
    expect(emu.violations).toEqual([]);
  });

  it.each([
    ['application/vnd.github.raw+json'],
    ['application/vnd.github.raw'],
    ['application/vnd.github.v3.raw'], // what Octokit sends for mediaType: { format: 'raw' }
  ])('answers raw bytes as text with Accept %s', async (accept) => {
    const { status, headers, text } = await call(
      emu,
      'GET',
      `${REPO}/contents/rust/kernel/lib.rs?ref=${HEAD}`,
      undefined,
      { accept },
    );
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(text).toBe('//! The kernel crate.\npub mod net;\n');
  });

  it('answers JSON with base64 content and git blob ids otherwise', async () => {
    emu.addCommit('c'.repeat(40), { 'hello.txt': 'hello\n' });
    const { json } = await call(emu, 'GET', `${REPO}/contents/hello.txt?ref=${'c'.repeat(40)}`);
    expect(json).toMatchObject({ type: 'file', encoding: 'base64', name: 'hello.txt', path: 'hello.txt', size: 6 });
    expect(Buffer.from(json.content, 'base64').toString()).toBe('hello\n');
    expect(json.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a'); // `echo hello | git hash-object --stdin`
  });

  it('accepts the path percent-encoded as one segment, as Octokit sends it', async () => {
    const { status, json } = await call(emu, 'GET', `${REPO}/contents/rust%2Fkernel%2Fnet.rs?ref=${HEAD}`);
    expect([status, json.path]).toEqual([200, 'rust/kernel/net.rs']);
  });

  it('lists a directory as an array of typed entries', async () => {
    const root = await call(emu, 'GET', `${REPO}/contents/rust?ref=${HEAD}`);
    const kernel = await call(emu, 'GET', `${REPO}/contents/rust/kernel?ref=${HEAD}`, undefined, RAW);
    expect(root.json.map((e: { path: string; type: string }) => [e.path, e.type])).toEqual([['rust/kernel', 'dir']]);
    expect(kernel.json.map((e: { name: string; type: string }) => [e.name, e.type])).toEqual([
      ['lib.rs', 'file'],
      ['net.rs', 'file'],
    ]);
  });

  it.each([
    ['a file absent at that ref', `rust/kernel/net.rs?ref=${BASE}`, 'Not Found'],
    ['a path absent everywhere', `maintainers.yml?ref=${HEAD}`, 'Not Found'],
    ['an unknown ref', `MAINTAINERS?ref=${'f'.repeat(40)}`, `No commit found for the ref ${'f'.repeat(40)}`],
  ])('answers 404 for %s', async (_what, path, message) => {
    const { status, json } = await call(emu, 'GET', `${REPO}/contents/${path}`, undefined, RAW);
    expect([status, json.message]).toEqual([404, message]);
  });

  it('reads the default branch without ref', async () => {
    const { text } = await call(emu, 'GET', `${REPO}/contents/rust/kernel/lib.rs`, undefined, RAW);
    expect(text).toBe('//! The kernel crate.\n');
  });

  it('refuses files over 1 MB as JSON (403 too_large) but serves them raw', async () => {
    const big = 'x'.repeat(1024 * 1024 + 1);
    emu.addCommit('d'.repeat(40), { 'big.txt': big });
    const json = await call(emu, 'GET', `${REPO}/contents/big.txt?ref=${'d'.repeat(40)}`);
    const raw = await call(emu, 'GET', `${REPO}/contents/big.txt?ref=${'d'.repeat(40)}`, undefined, RAW);
    expect(json.status).toBe(403);
    expect(json.json.errors).toEqual([{ resource: 'Blob', field: 'data', code: 'too_large' }]);
    expect(raw.text).toHaveLength(big.length);
  });

  it('lists a git tree, recursively with recursive=1', async () => {
    const top = await call(emu, 'GET', `${REPO}/git/trees/${HEAD}`);
    const all = await call(emu, 'GET', `${REPO}/git/trees/${HEAD}?recursive=1`);
    const entries = (json: { tree: Array<{ path: string; type: string }> }) =>
      json.tree.map((e) => `${e.type} ${e.path}`);
    expect(entries(top.json)).toEqual(['blob MAINTAINERS', 'tree rust']);
    expect(entries(all.json)).toEqual([
      'blob MAINTAINERS',
      'tree rust',
      'tree rust/kernel',
      'blob rust/kernel/lib.rs',
      'blob rust/kernel/net.rs',
    ]);
    const sub = await call(emu, 'GET', `${REPO}/git/trees/${all.json.tree[2].sha}`);
    expect(entries(sub.json)).toEqual(['blob lib.rs', 'blob net.rs']);
  });

  it('compares two commits, listing at most 300 files', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 320 }, (_, i) => [`drivers/f${String(i).padStart(3, '0')}.c`, `${i}\n`]),
    );
    emu.addCommit('e'.repeat(40), files);
    const { json } = await call(emu, 'GET', `${REPO}/compare/${BASE}...${'e'.repeat(40)}`);
    expect(json.files).toHaveLength(300);
    expect(json.status).toBe('ahead');
  });
});
