import { bytesToBase64 } from '../lib/base64';

/** Bytes encoded per step: a multiple of 3, so the pieces join into the base64 of the whole. */
export const READ_CHUNK = 3 * 512 * 1024;

/**
 * Base64 of a file, read and encoded piece by piece with a pause between pieces, so that a 40 Mo project does
 * not freeze the window and the user can cancel (`cancelled()` is asked between pieces; null then).
 */
export async function readFileBase64(
  file: Blob,
  options: { cancelled?: () => boolean; onProgress?: (fraction: number) => void } = {},
): Promise<string | null> {
  const parts: string[] = [];
  for (let offset = 0; offset < file.size; offset += READ_CHUNK) {
    if (options.cancelled?.()) return null;
    const buffer = await file.slice(offset, offset + READ_CHUNK).arrayBuffer();
    parts.push(bytesToBase64(new Uint8Array(buffer)));
    options.onProgress?.(Math.min(1, (offset + READ_CHUNK) / file.size));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return options.cancelled?.() ? null : parts.join('');
}
