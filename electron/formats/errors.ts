/**
 * Refusal of an import. `reason` is one French sentence the UI shows as is (the importers are
 * French-first; the renderer may map known reasons to English later).
 */
export class ImportError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ImportError';
  }
}

/** 20 Mo: a two-hour interview transcript is well under 1 Mo of text, so this only stops mistakes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MO = 1024 * 1024;

/** "50,0 Mo" with a French decimal comma; whole numbers without decimals ("20 Mo"). */
export function formatMo(bytes: number): string {
  const mo = bytes / MO;
  const text = Number.isInteger(mo) ? String(mo) : mo.toFixed(1);
  return `${text.replace('.', ',')} Mo`;
}

/**
 * Refuses a file by its size alone. Callers that read from disk should call this with the size from
 * `fs.stat` before reading, so an oversized file is never loaded; `parseTranscript` calls it again.
 */
export function assertImportSize(sizeInBytes: number, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (sizeInBytes > maxBytes) {
    throw new ImportError(
      `Fichier trop volumineux : ${formatMo(sizeInBytes)} (maximum ${formatMo(maxBytes)})`,
    );
  }
}
