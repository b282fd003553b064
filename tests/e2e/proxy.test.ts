/**
 * The action behind an HTTP proxy, as on a self-hosted runner that reaches GitHub only through one
 * (README, "Behind a proxy"): with `HTTP_PROXY`/`HTTPS_PROXY` set, every request goes through the proxy;
 * without, none is made and Node's own fetch talks to the API (src/github/client.ts).
 *
 * The API is named `api.github.test` here, a name only the proxy can resolve (to the emulator): a request that
 * skipped the proxy could not reach it, and @actions/http-client never proxies a loopback address like the
 * emulator's own.
 */
import { createServer, request as forward, type IncomingMessage } from 'node:http';
import { connect, type Socket } from 'node:net';
import { openPullRequest, runAction, inRepository, type Emulator } from '../../emulator/harness.js';
import { gateStatusOn, requireGate } from './gate-harness.js';

interface Proxy {
  url: string;
  /** `CONNECT host:port` targets, and absolute-form requests, in order. */
  seen: string[];
  close(): Promise<void>;
}

/** A forward proxy (CONNECT tunnels and absolute-form requests) that sends everything to the emulator. */
async function startProxy(emu: Emulator): Promise<Proxy> {
  const target = new URL(emu.url);
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request: IncomingMessage, response) => {
    seen.push(`${request.method} ${request.url}`);
    const url = new URL(request.url!);
    const upstream = forward(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: url.pathname + url.search,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${request.url}`);
    const upstream = connect(Number(target.port), target.hostname, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((closed) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => closed());
      }),
  };
}

describe('the action behind a proxy', () => {
  it.concurrent('routes, labels and sets the gate through HTTP_PROXY, reaching an API only the proxy can resolve', () =>
    inRepository({}, async (repository) => {
      const emu = requireGate(repository);
      const proxy = await startProxy(emu);
      try {
        const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
        const apiUrl = `http://api.github.test:${new URL(emu.url).port}`;
        const run = await runAction(emu, pr, { apiUrl, env: { HTTP_PROXY: proxy.url } });

        expect([run.code, run.stderr]).toEqual([0, '']);
        expect(run.outputs.blocked).toBe('true');
        expect(gateStatusOn(emu)).toMatchObject({ state: 'failure' });
        expect(emu.pull(pr).labels).toEqual(['rust: blocked', 'subsystem: dma']);
        // undici's ProxyAgent tunnels: one CONNECT per connection it opens, to the API's name.
        expect(proxy.seen.length).toBeGreaterThan(0);
        expect(new Set(proxy.seen)).toEqual(new Set([`CONNECT api.github.test:${new URL(emu.url).port}`]));
      } finally {
        await proxy.close();
      }
    }),
  );

  it.concurrent(
    'never proxies an API on a loopback address, as @actions/http-client decides: the proxy sees nothing',
    () =>
      inRepository({}, async (repository) => {
        const emu = requireGate(repository);
        const proxy = await startProxy(emu);
        try {
          const pr = openPullRequest(emu, { files: ['kernel/dma/pool.rs'] });
          const run = await runAction(emu, pr, { env: { HTTP_PROXY: proxy.url, NO_PROXY: 'example.org' } });

          expect([run.code, run.stderr]).toEqual([0, '']);
          expect(gateStatusOn(emu)).toMatchObject({ state: 'failure' });
          expect(proxy.seen).toEqual([]);
        } finally {
          await proxy.close();
        }
      }),
  );
});
