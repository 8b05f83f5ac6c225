/** The bytes of a base64 text (the API answers files in base64). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const MIME_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  csv: 'text/csv;charset=utf-8',
  html: 'text/html;charset=utf-8',
  qdpx: 'application/zip',
  qdc: 'application/xml',
};

/** The media type of a file by its extension, when the API did not give one. */
export function mimeOfFile(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/**
 * Saves a file the API made through the browser's own download: a Blob and an `<a download>`. The browser (or
 * Electron) asks where to save it or puts it in the downloads folder, per its settings; nothing leaves the
 * machine.
 */
export function saveBase64File(fileName: string, contentBase64: string, mimeType?: string): void {
  const blob = new Blob([base64ToBytes(contentBase64)], { type: mimeType || mimeOfFile(fileName) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
