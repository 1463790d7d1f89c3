import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppCaller } from '../../../db/handlers/caller.ts';
import { startPreviewServer, type PreviewServer } from '../../../scripts/web/server.ts';
import { countRows, tempStore, type TempStore } from '../../helpers/temp-store.ts';
import { request } from 'node:http';
import { connect } from 'node:net';

function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string; setCookie: string[] }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, setCookie: res.headers['set-cookie'] ?? [] }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser preview server', () => {
  let store: TempStore;
  let preview: PreviewServer;
  beforeEach(async () => {
    store = await tempStore();
    const rendererDir = join(store.dir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(store.dir, 'secret.txt'), 'private');
    preview = await startPreviewServer({ call: createAppCaller(store), rendererDir });
    cookie = await launch();
  });
  let cookie: string;

  /** What the launch page does: hands the fragment's secret over once, for the session cookie. */
  const launch = async (secret = new URL(preview.launchUrl).hash.slice(1)) => {
    const res = await raw(`${preview.url}session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ launch: secret }) });
    return res.status === 200 ? (res.setCookie[0] ?? '').split(';')[0]! : '';
  };
  afterEach(async () => {
    await preview.close();
    store.dispose();
  });

  const post = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(`${preview.url}api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-askafter-token': preview.token, cookie, ...headers }, body: JSON.stringify(body) });

  it('listens on 127.0.0.1 only and puts the token into the page for the browser that launched it', async () => {
    expect(preview.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(preview.launchUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/launch#[0-9a-f]{48}$/);
    expect(cookie).toMatch(/^askafter_session=/);
    const page = await raw(preview.url, { headers: { cookie } });
    expect(page.body).toContain(`<meta name="askafter-token" content="${preview.token}" />`);
  });

  it('hands the token to nobody else: not to a plain visit, not for a used or guessed launch secret', async () => {
    const visit = await raw(preview.url);
    expect(visit.status).toBe(403);
    expect(visit.body).not.toContain(preview.token);
    expect((await raw(`${preview.url}#/clients`)).body).not.toContain(preview.token);
    expect(await launch()).toBe('');
    expect(await launch('0'.repeat(48))).toBe('');
    const launchPage = await raw(`${preview.url}launch`);
    expect(launchPage.body).not.toContain(preview.token);
    const session = await raw(`${preview.url}session`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(session.status).toBe(415);
  });

  it('refuses a call with the token but without the session cookie, and a broken %-escape with 400', async () => {
    expect((await post('clients:create', { name: 'A' }, { cookie: '' })).status).toBe(403);
    expect(countRows(store, 'clients')).toBe(0);
    const broken = await post('%E0%A4%A', {});
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('serves the same channels as the app', async () => {
    expect(JSON.parse((await post('clients:create', { name: 'Smith Dental' })).body)).toMatchObject({ ok: true, value: { name: 'Smith Dental' } });
    expect(JSON.parse((await post('clients:list', {})).body)).toMatchObject({ ok: true, value: [{ name: 'Smith Dental' }] });
  });

  it('refuses calls without the token, with another Host, or without JSON, and writes nothing', async () => {
    expect((await post('clients:create', { name: 'A' }, { 'x-askafter-token': 'guess' })).status).toBe(403);
    expect((await post('clients:create', { name: 'A' }, { host: 'attacker.example' })).status).toBe(421);
    expect((await post('clients:create', { name: 'A' }, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(countRows(store, 'clients')).toBe(0);
  });

  it('does not serve files outside the renderer folder', async () => {
    const escaped = await raw(`${preview.url}..%2fsecret.txt`);
    expect(escaped.body).not.toContain('private');
    expect((await raw(`${preview.url}assets/app.js`)).status).toBe(200);
  });

  it('answers bad JSON with a clear error', async () => {
    const res = await raw(`${preview.url}api/clients:create`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-askafter-token': preview.token, cookie }, body: '{oops' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { message: expect.stringContaining('not valid JSON') } });
  });

  it('closes even while a tab still holds a connection with a request half sent (as a browser left open does)', async () => {
    const { port } = new URL(preview.url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined); // the server resets it: that is the point
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(`POST /api/clients:create HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\ncontent-type: application/json\r\ncontent-length: 100\r\nx-askafter-token: ${preview.token}\r\ncookie: ${cookie}\r\n\r\n{"na`);
    const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    await preview.close();
    await ended;
    expect(countRows(store, 'clients')).toBe(0);
  });
});
