import { shell, type Session, type WebContents } from 'electron';

/** A phone number or e-mail address link (tel:, mailto:), handed to the system's phone or mail app. */
export const isCallOrMailUrl = (url: string): boolean => {
  try {
    return ['tel:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
};

/**
 * The renderer may show only our own page: no navigation, redirects, popups or webviews. A
 * tel: or mailto: link opens the system's phone or mail app; the page stays.
 */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isCallOrMailUrl(url)) void shell.openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, notifications-by-web-API, geolocation or anything else the web asks for. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Nothing in the app fetches from the network: cancel any request that is not our own files or
 * something the page made itself (a blob: or data: URL, e.g. an export being saved).
 */
export function blockRemoteRequests(session: Session, isAppUrl: (url: string) => boolean): void {
  const local = (url: string) => isAppUrl(url) || url.startsWith('devtools:') || url.startsWith('blob:') || url.startsWith('data:');
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !local(details.url) });
  });
}
