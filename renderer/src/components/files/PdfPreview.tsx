import { useEffect, useMemo, useRef } from 'react';
import type { GeneratedFile } from '../../../../shared/files/schema';
import { fileToBlob } from './file-actions';

/**
 * Shows a generated PDF in the built-in viewer (a blob: URL, allowed by our CSP's frame-src)
 * and exposes print() through the ref'd frame.
 */
export function PdfPreview({ file, title, onFrame }: { file: GeneratedFile; title: string; onFrame?: (frame: HTMLIFrameElement | null) => void }) {
  const url = useMemo(() => URL.createObjectURL(fileToBlob(file)), [file]);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  useEffect(() => onFrame?.(frame.current), [onFrame, url]);
  return <iframe ref={frame} className="pdf-preview" src={url} title={title} />;
}

/** Prints the PDF shown in a preview frame. */
export function printPreview(frame: HTMLIFrameElement | null): void {
  frame?.contentWindow?.focus();
  frame?.contentWindow?.print();
}
