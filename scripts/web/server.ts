import { randomBytes, timingSafeEqual } from 'node:crypto';
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
  /**
   * The one-time address to print for whoever started the preview: the launch secret travels in
   * the fragment (never sent to a server, never logged) and is exchanged once for an HttpOnly
   * cookie. Any other visitor of `url` gets no token.
   */
  launchUrl: string;
  token: string;
  server: Server;
  /**
   * Stops listening and ends every connection, idle or not: a browser tab left open keeps
   * keep-alive sockets (and may have a request in flight), which would otherwise hold the
   * close open indefinitely.
   */
  close(): Promise<void>;
}

export interface PreviewOptions {
  call: AppCaller;
  rendererDir: string;
  port?: number;
  token?: string;
}

const COOKIE = 'askafter_session';
const LAUNCH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ask After</title><script src="/launch.js"></script></head><body><p>Opening Ask After…</p></body></html>`;
// Runs in the page the one-time address opens: hands the fragment's secret to the server (same
// origin, JSON) and goes on to the app, leaving no secret in the address bar or history.
const LAUNCH_SCRIPT = `(async () => {
  const secret = location.hash.slice(1);
  history.replaceState(null, '', '/launch');
  const response = await fetch('/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ launch: secret }) });
  if (response.ok) location.replace('/');
  else document.body.textContent = 'This address has been used already. Start the preview again (npm run web) and open the new address it prints.';
})();
`;

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

const sameSecret = (a: string | undefined, b: string): boolean => a !== undefined && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The browser preview: the built renderer and the same channels as Electron's IPC, over HTTP
 * on 127.0.0.1 only. Whoever started it gets a one-time launch address (see launchUrl); the
 * browser that opens it gets an HttpOnly session cookie, and only that browser gets the page with
 * the per-run token. Calls need both the cookie and the token; a Host check and JSON-only bodies
 * keep other pages and other machines out.
 */
export async function startPreviewServer(options: PreviewOptions): Promise<PreviewServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  let launchSecret: string | undefined = randomBytes(24).toString('hex');
  let allowedHosts = new Set<string>();
  const hasSession = (req: IncomingMessage) => sameSecret(cookieValue(req, COOKIE), token);

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, 500, 'application/json', JSON.stringify({ ok: false, error: { code: 'internal', message: String(error) } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'text/plain', 'Ask After preview answers only on 127.0.0.1.');
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(path.slice('/api/'.length));
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'That channel name is not valid (a broken %-escape). Nothing was changed.' } }));
      }
      return api(req, res, channel);
    }
    if (path === '/session') return session(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed.');
    if (path === '/launch') return send(res, 200, TYPES['.html']!, LAUNCH_PAGE);
    if (path === '/launch.js') return send(res, 200, TYPES['.js']!, LAUNCH_SCRIPT);
    return staticFile(req, res, path);
  }

  /** The one-time exchange: the launch secret, once, for the session cookie. */
  async function session(req: IncomingMessage, res: ServerResponse) {
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => send(res, status, 'application/json', JSON.stringify(body), headers);
    if (req.method !== 'POST') return reply(405, { ok: false, error: { code: 'forbidden', message: 'Use POST.' } });
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return reply(415, { ok: false, error: { code: 'invalid_input', message: 'Send JSON.' } });
    const body = await readBody(req);
    let launch: unknown;
    try {
      launch = (JSON.parse(body?.toString('utf8') ?? '') as { launch?: unknown }).launch;
    } catch {
      launch = undefined;
    }
    if (launchSecret === undefined || typeof launch !== 'string' || !sameSecret(launch, launchSecret)) {
      return reply(403, { ok: false, error: { code: 'forbidden', message: 'This launch address is not valid or has been used already.' } });
    }
    launchSecret = undefined;
    return reply(200, { ok: true, value: null }, { 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` });
  }

  async function api(req: IncomingMessage, res: ServerResponse, channel: string) {
    const reply = (status: number, body: unknown) => send(res, status, 'application/json', JSON.stringify(body));
    if (req.method !== 'POST') return reply(405, { ok: false, error: { code: 'forbidden', message: 'Use POST.' } });
    if (!hasSession(req) || req.headers['x-askafter-token'] !== token) {
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

  /** The app page carries the token only for the browser that exchanged the launch secret. */
  const appPage = (req: IncomingMessage, res: ServerResponse, html: string) =>
    hasSession(req)
      ? send(res, 200, TYPES['.html']!, withToken(html, token))
      : send(res, 403, TYPES['.html']!, '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ask After</title></head><body><p>Open Ask After from the address <code>npm run web</code> printed in its terminal.</p></body></html>');

  async function staticFile(req: IncomingMessage, res: ServerResponse, path: string) {
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
      return appPage(req, res, content.toString('utf8'));
    }
    if (relative === 'index.html') return appPage(req, res, content.toString('utf8'));
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
    launchUrl: `http://127.0.0.1:${port}/launch#${launchSecret}`,
    token,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function withToken(html: string, token: string): string {
  return html.replace('<head>', `<head>\n    <meta name="askafter-token" content="${token}" />`);
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': type, ...SECURITY_HEADERS, ...headers });
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
