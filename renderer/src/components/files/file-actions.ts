import type { GeneratedFile } from '../../../../shared/files/schema';
import { ApiCallError } from '../../api/api-error';
import { getApi } from '../../api/client';

export function fileToBlob(file: GeneratedFile): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: file.mimeType });
}

/** Starts a browser download of the file (the browser host's way of saving). */
export function downloadFile(file: GeneratedFile): void {
  const url = URL.createObjectURL(fileToBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Saves a generated file: the native dialog in Electron, a download in the browser host.
 * Resolves to the saved path, 'downloaded', or null when the user cancelled.
 */
export async function saveGeneratedFile(file: GeneratedFile): Promise<string | 'downloaded' | null> {
  try {
    const { path } = await getApi().files.save({ fileName: file.fileName, mimeType: file.mimeType as 'application/pdf', base64: file.base64 });
    return path;
  } catch (error) {
    if (error instanceof ApiCallError && error.code === 'unavailable') {
      downloadFile(file);
      return 'downloaded';
    }
    throw error;
  }
}
