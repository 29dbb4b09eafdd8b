import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { isSafeExternalUrl } from './external-links';

type OpenExternal = (url: string) => Promise<void>;

/** Checklist item 5: the app needs no camera, location, notifications or anything else. */
export function denyAllPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Checklist items 12–15 for one web contents: no webviews, no navigation away from our UI,
 * no new windows (allowlisted https links go to the user's browser instead).
 */
export function lockDownContents(contents: WebContents, openExternal: OpenExternal, devServerUrl?: string): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  const blockForeignNavigation = (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url, devServerUrl)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-frame-navigate', blockForeignNavigation);
  contents.on('will-redirect', blockForeignNavigation);
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

/** Applies the lock-down to every web contents the app ever creates. */
export function installSecurityHandlers(app: Pick<App, 'on'>, openExternal: OpenExternal, devServerUrl?: string): void {
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, openExternal, devServerUrl));
}
