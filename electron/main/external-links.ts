/**
 * Hosts the app may open in the user's browser (public help desks from the contacts presets).
 * Only parsed https: URLs to exactly these hosts pass.
 */
export const externalHostAllowlist = new Set(['www.ipa.go.jp', 'www.ppc.go.jp', 'www.npa.go.jp', 'www.jpcert.or.jp']);

export function isSafeExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && !url.username && !url.password && externalHostAllowlist.has(url.hostname);
}
