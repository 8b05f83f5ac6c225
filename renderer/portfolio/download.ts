/** The bytes of a base64 text (what the API answers for files). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The MIME type of an exported file, by its extension. */
export function mimeOf(fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (/\.csv$/i.test(fileName)) return 'text/csv;charset=utf-8';
  if (/\.zip$/i.test(fileName)) return 'application/zip';
  return 'application/octet-stream';
}

/** Saves a file the API made through the browser's download (the same in Electron and in Chromium). */
export function downloadBase64(fileName: string, contentBase64: string): void {
  const blob = new Blob([base64ToBytes(contentBase64)], { type: mimeOf(fileName) });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
