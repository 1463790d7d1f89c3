import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { AppCaller } from '../../db/handlers/caller.ts';

const MAX_BODY_BYTES = 30 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface PreviewServer {
  url: string;
  token: string;
  server: Server;
  close(): Promise<void>;
}

export interface PreviewOptions {
  call: AppCaller;
  rendererDir: string;
  port?: number;
  token?: string;
}

/**
 * The browser preview: the built renderer and the same channels as Electron's IPC, over HTTP
 * on 127.0.0.1 only. A random per-run token (put into the page it serves) and a Host check
 * keep other pages and other machines out.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, 'application/json', JSON.stringify({ ok: false, error: { code: 'internal', message: String(error) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Ask After preview answers only on 127.0.0.1.');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) return api(req, res, decodeURIComponent(path.slice('/api/'.length)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed.');
    return staticFile(res, path);
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string) {
    const reply = (status: number, body: unknown) => send(res, status, 'application/json', JSON.stringify(body));
    if (req.method !== 'POST') return reply(405, { ok: false, error: { code: 'forbidden', message: 'Use POST.' } });
    if (req.headers['x-askafter-token'] !== token) {
      return reply(403, { ok: false, error: { code: 'forbidden', message: 'This request is not from the Ask After page this server opened.' } });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return reply(415, { ok: false, error: { code: 'invalid_input', message: 'Send JSON.' } });
    }
    const body = await readBody(req);
    if (body === undefined) return reply(413, { ok: false, error: { code: 'invalid_input', message: 'That request is too large (30 MB at most). Nothing was saved.' } });
    let input: unknown;
    try {
      input = body.length === 0 ? undefined : (JSON.parse(body.toString('utf8')) ?? undefined);
    } catch {
      return reply(400, { ok: false, error: { code: 'invalid_input', message: 'The request was not valid JSON. Nothing was saved.' } });
    }
    return reply(200, await options.call(channel, input));
  }

  async function staticFile(res: ServerResponse, path: string) {
    const relative = path === '/' ? 'index.html' : normalize(path).replace(/^([/\\])+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep)) return send(res, 404, 'text/plain', 'Not found.');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      // Client-side routes fall back to the app page.
      if (extname(relative) !== '') return send(res, 404, 'text/plain', 'Not found.');
      content = await readFile(join(options.rendererDir, 'index.html'));
      return send(res, 200, TYPES['.html']!, withToken(content.toString('utf8'), token));
    }
    if (relative === 'index.html') return send(res, 200, TYPES['.html']!, withToken(content.toString('utf8'), token));
    return send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    token,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function withToken(html: string, token: string): string {
  return html.replace('<head>', `<head>\n    <meta name="askafter-token" content="${token}" />`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
