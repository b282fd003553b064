import { WriteGate } from './write-gate.js';

/** What Octokit throws for an HTTP error: status, and GitHub's JSON answer. */
function httpError(status: number, message: string) {
  return Object.assign(new Error(message), { status, response: { headers: {}, data: { message } } });
}

function gate(dryRun: boolean) {
  const log = { warnings: [] as string[], infos: [] as string[] };
  const writeGate = new WriteGate({ dryRun, warn: (m) => log.warnings.push(m), info: (m) => log.infos.push(m) });
  return { writeGate, log };
}

describe('WriteGate', () => {
  it('runs writes and hands back their result', async () => {
    const { writeGate } = gate(false);
    expect(await writeGate.write('add labels', async () => 'done')).toBe('done');
    expect(writeGate.skipped).toEqual([]);
  });

  it('writes nothing on a dry run, and says what it would have done', async () => {
    const { writeGate, log } = gate(true);
    let wrote = false;
    expect(await writeGate.write('add labels rust to #3', async () => (wrote = true))).toBeUndefined();
    expect(wrote).toBe(false);
    expect(log.infos).toEqual(['dry-run: would add labels rust to #3']);
    expect(writeGate.skipped).toEqual(['add labels rust to #3']);
  });

  it('turns the first 403 into one warning and skips every later write', async () => {
    const { writeGate, log } = gate(false);
    const refused = await writeGate.write('add labels', async () => {
      throw httpError(403, 'Resource not accessible by integration');
    });
    let wrote = false;
    await writeGate.write('comment on #3', async () => (wrote = true));

    expect(refused).toBeUndefined();
    expect(wrote).toBe(false);
    expect(writeGate.readOnly).toBe(true);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(
      /^The token cannot write to this repository \(HTTP 403: Resource not accessible by integration\)/,
    );
    expect(writeGate.skipped).toEqual(['add labels', 'comment on #3']);
  });

  it('rethrows any other failure naming what was attempted', async () => {
    const { writeGate } = gate(false);
    const failing = writeGate.write('add labels to #3', async () => {
      throw httpError(500, 'Server Error');
    });
    await expect(failing).rejects.toThrow('Could not add labels to #3: HTTP 500 Server Error');
  });
});
