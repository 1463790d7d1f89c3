import { pathToFileURL } from 'node:url';

/**
 * Our page is either the built renderer file or, in development, electron-vite's dev server.
 * Anything else (another origin, another file) is not the app.
 */
export function appUrlMatcher(rendererIndexFile: string, devServerUrl: string | undefined): (url: string) => boolean {
  const fileUrl = pathToFileURL(rendererIndexFile).href;
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : undefined;
  return (url) => {
    if (!url) return false;
    if (url === fileUrl || url.startsWith(`${fileUrl}#`) || url.startsWith(`${fileUrl}?`)) return true;
    if (devOrigin) {
      try {
        return new URL(url).origin === devOrigin;
      } catch {
        return false;
      }
    }
    return false;
  };
}
