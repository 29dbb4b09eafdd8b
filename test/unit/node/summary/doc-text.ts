import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';

/** Every string a document definition would print (content, header and footer of page 2 of 3). */
export function definitionText(doc: TDocumentDefinitions): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'svg' && typeof value === 'string') out.push(value);
        else if (key !== 'style' && key !== 'layout' && key !== 'alignment') walk(value);
      }
    }
  };
  walk(doc.content);
  const size = { width: 595, height: 842, orientation: 'portrait' } as never;
  if (typeof doc.header === 'function') walk(doc.header(2, 3, size));
  if (typeof doc.footer === 'function') walk(doc.footer(2, 3, size));
  return out.join('\n');
}
