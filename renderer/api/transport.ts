import type { AskAfterApi } from '../../src/contract/api.ts';
import type { Result } from '../../src/contract/result.ts';

export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    askafter?: AskAfterApi;
  }
}

/** Electron: the preload's narrow object. */
export const preloadTransport = (api: AskAfterApi): Transport => (channel, input) =>
  (api as unknown as Record<string, (input: unknown) => Promise<Result<unknown>>>)[channel]!(input);

/** Browser preview: the same channels over HTTP on 127.0.0.1, with the per-run token from the page. */
export const httpTransport = (token: string, fetcher: typeof fetch = fetch): Transport => async (channel, input) => {
  let response: Response;
  try {
    response = await fetcher(`/api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-askafter-token': token },
      body: JSON.stringify(input ?? null),
    });
  } catch {
    return { ok: false, error: { code: 'storage', message: 'The Ask After preview server is not answering. Is `npm run web` still running?' } };
  }
  return (await response.json()) as Result<unknown>;
};

export function pickTransport(win: Window = window): Transport {
  if (win.askafter) return preloadTransport(win.askafter);
  const token = win.document.querySelector<HTMLMetaElement>('meta[name="askafter-token"]')?.content;
  if (!token) {
    return async () => ({ ok: false, error: { code: 'forbidden', message: 'Open Ask After from the app, or from the address `npm run web` printed.' } });
  }
  return httpTransport(token);
}
