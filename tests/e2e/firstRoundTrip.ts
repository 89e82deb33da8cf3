import { createServer, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants } from 'node:zlib';

/**
 * About what the first round trip of a new connection carries: ten TCP segments, less TLS and HTTP
 * framing. Like the byte budgets, it counts the compressed document alone, not its response headers.
 */
export const FIRST_ROUND_TRIP_BYTES = 14 * 1024;

export interface FirstRoundTripServer {
  /** The proxy's origin, to put in place of the preview server's. */
  origin: string;
  close(): Promise<void>;
}

/**
 * A proxy in front of the preview server that sends every HTML document brotli-compressed (as
 * scripts/serve.mjs --compress and a CDN do), but only its first `firstBytes`, and holds the rest
 * until it is closed: the browser then shows what a reader on a slow link sees after the first round
 * trip. Everything else (CSS, fonts, scripts) passes through whole.
 */
export async function startFirstRoundTripServer(upstream: URL, firstBytes = FIRST_ROUND_TRIP_BYTES): Promise<FirstRoundTripServer> {
  const held = new Set<ServerResponse>();
  const server = createServer((req, res) => {
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' } },
      (answer) => {
        if (!/^text\/html/.test(answer.headers['content-type'] ?? '')) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = brotliCompressSync(Buffer.concat(chunks), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
          const headers = { ...answer.headers, 'content-encoding': 'br', 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 200, headers);
          res.write(body.subarray(0, firstBytes));
          held.add(res);
          res.on('close', () => held.delete(res));
        });
      },
    );
    forward.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
      }),
  };
}
