import { APP_ORIGIN } from './app-protocol.ts';

/**
 * Our page is either the built renderer served on app://askafter or, in development,
 * electron-vite's dev server. Anything else (another origin, a file: URL) is not the app.
 */
export function appUrlMatcher(devServerUrl: string | undefined): (url: string) => boolean {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  return (url) => {
    if (!url) return false;
    let origin: string;
    try {
      const parsed = new URL(url);
      // A standard custom scheme's URL has no web origin ('null'): compare scheme and host.
      origin = parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
    } catch {
      return false;
    }
    return origin === APP_ORIGIN || (devOrigin !== undefined && origin === devOrigin);
  };
}
