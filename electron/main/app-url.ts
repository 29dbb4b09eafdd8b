/** The UI is served from this custom scheme and host; nothing else may load in the window. */
export const appScheme = 'app';
export const appHost = 'otasuke';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * True when `raw` is a page of our own UI. Compares the parsed protocol and host, never a
 * prefix or `.origin` (which is "null" for non-special schemes such as app:).
 */
export function isAppUrl(raw: string | null | undefined, devServerUrl?: string): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${appScheme}:` && url.host === appHost) return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return url.protocol === dev.protocol && url.host === dev.host;
  }
  return false;
}
