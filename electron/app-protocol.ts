import type { Protocol } from 'electron';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The renderer's origin. It keys the page's storage: never change it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'askafter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Before `ready`: a standard, secure scheme so the page gets an origin, fetch and a CSP like https. */
export const APP_SCHEME_PRIVILEGES = [{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }];

/**
 * The file under `root` an app:// URL names, or undefined when it names nothing we serve:
 * another host, a path escaping the root (`..`, `%2e%2e`, encoded slashes, an absolute path).
 * Extension-less paths are the app's routes: they get index.html.
 */
export function resolveAppPath(root: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  const base = resolve(root);
  const target = resolve(base, `.${pathname.startsWith('/') ? pathname : `/${pathname}`}`);
  const rel = relative(base, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  if (rel === '' || extname(rel) === '') return join(base, 'index.html');
  return target;
}

/** What the page may load; the same policy as the <meta> in index.html, sent as a header too. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Fetch = (url: string) => Promise<Response>;

/** The app:// handler: GET only, files under the renderer root only, each with the CSP. */
export function appProtocolHandler(root: string, fetchFile: Fetch): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const file = resolveAppPath(root, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    let response: Response;
    try {
      response = await fetchFile(pathToFileURL(file).href);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
}

export function serveApp(protocol: Protocol, root: string, fetchFile: Fetch): void {
  protocol.handle(APP_SCHEME, appProtocolHandler(root, fetchFile));
}
