import { stripUnsafeText } from '../workspaces/transfer/unsafe-text';

/**
 * `<what>_<company>_<local day>.<ext>`: a supporter saving files for thirty companies can tell
 * them apart. No character a file system refuses, no control or bidi character.
 */
export function companyFileName(what: string, company: string, localDay: string, extension: string): string {
  const safe = (text: string) => stripUnsafeText(text).replace(/[\\/:*?"<>|\s]+/g, '_').replace(/^[._]+/, '').slice(0, 80);
  return [safe(what), safe(company), localDay].filter(Boolean).join('_') + `.${extension}`;
}
