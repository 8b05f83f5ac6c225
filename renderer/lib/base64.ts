/** Bytes per chunk: a multiple of 3, so each chunk encodes to whole base64 quads without padding. */
const CHUNK = 3 * 8192;

/**
 * Base64 of a file's bytes, chunk by chunk: `String.fromCharCode(...bytes)` on a whole file overflows the call
 * stack, and one huge binary string doubles the memory. Each 24 KiB chunk is encoded on its own; the pieces
 * concatenate into the base64 of the whole because every chunk but the last is a multiple of 3 bytes.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const chunk = bytes.subarray(i, i + CHUNK);
    let binary = '';
    // 8192-byte slices keep the argument list well under engines' limits
    for (let j = 0; j < chunk.length; j += 8192) {
      binary += String.fromCharCode.apply(null, chunk.subarray(j, j + 8192) as unknown as number[]);
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

/** Reads a File (or Blob) and encodes it; awaits between steps so the window keeps painting. */
export async function fileToBase64(file: Blob): Promise<string> {
  const buffer = await file.arrayBuffer();
  return bytesToBase64(new Uint8Array(buffer));
}
