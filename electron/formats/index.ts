/**
 * Transcript importers: bytes of a .txt, .md, .docx, .odt, .vtt or .srt file (or pasted text) in, the
 * stored transcript text and its speaker turns out. Pure: no database, no Electron, no file system.
 *
 * Offsets (`ParsedTurn.start` / `end`) are UTF-16 code units into `ParsedTranscript.text`, i.e.
 * JavaScript string indices; converting to code points (REFI-QDA) is the exporter's job.
 */
import { readDocx } from './docx';
import { DEFAULT_MAX_BYTES, ImportError, assertImportSize } from './errors';
import { stripMarkdown } from './markdown';
import { readOdt } from './odt';
import { assembleRichText } from './rich';
import { type ParsedTurn, detectTurns } from './speakers';
import { parseSubtitles } from './subtitles';
import { type DecodedText, decodeText as decodeTextBytes, normalizeText } from './text';

export { ImportError, DEFAULT_MAX_BYTES, assertImportSize };
export type { ParsedTurn };

export type TranscriptFormat = 'txt' | 'md' | 'docx' | 'odt' | 'vtt' | 'srt' | 'paste';

export interface ParsedTranscript {
  /** Normalised text: `\n` line endings (CRLF and lone CR converted), NFC, no BOM. */
  text: string;
  /** Offsets in UTF-16 code units into `text`; each turn covers the speaker label and its speech; ordered; non-overlapping. */
  turns: ParsedTurn[];
  format: TranscriptFormat;
  /** For text files: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'. */
  encoding?: string;
  /** French, user-facing. */
  warnings: string[];
}

export interface ParseOptions {
  /** Names of the interviewers (case- and accent-insensitive); their turns get the role 'interviewer'. */
  interviewerNames?: string[];
  /** Larger files are refused; default 20 Mo. */
  maxBytes?: number;
}

/** File extensions accepted by parseTranscript, for file pickers. */
export const TRANSCRIPT_EXTENSIONS = ['txt', 'md', 'markdown', 'docx', 'odt', 'vtt', 'srt'] as const;

const EXTENSION_FORMAT: Record<string, Exclude<TranscriptFormat, 'paste'>> = {
  txt: 'txt',
  md: 'md',
  markdown: 'md',
  docx: 'docx',
  odt: 'odt',
  vtt: 'vtt',
  srt: 'srt',
};

const KNOWN_REFUSALS: Record<string, string> = {
  doc: 'Document Word 97-2003 (.doc) : ouvrez-le dans Word ou LibreOffice, enregistrez-le au format .docx puis réimportez-le',
  rtf: 'Document RTF : enregistrez-le au format .docx ou .txt puis réimportez-le',
  pdf: 'Les fichiers PDF ne sont pas pris en charge : exportez la transcription en .docx ou .txt puis importez ce fichier',
  pages: 'Document Pages : exportez-le au format .docx puis réimportez-le',
};

const NO_SPEAKER_WARNING =
  'Aucun intervenant repéré (par exemple « Intervieweuse : » en début de ligne) : le texte est importé d’un seul bloc';

/** The format a file name announces (case-insensitive extension), or null when it is not supported. */
export function formatFromFileName(fileName: string): Exclude<TranscriptFormat, 'paste'> | null {
  const ext = extensionOf(fileName);
  return EXTENSION_FORMAT[ext] ?? null;
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Decodes the bytes of a text file (BOM, UTF-16 without BOM, strict UTF-8, then Windows-1252). The
 * text is not normalised (see parseTranscript). Throws ImportError for bytes that are not text.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const { text, encoding } = decodeTextBytes(bytes);
  return { text, encoding };
}

/**
 * Speaker turns of a plain text: a line opening with a label and a colon ("Q :", "Marie Dupont :",
 * "[00:12:03] Marie :") starts a turn; lines without one continue it. Without any label: one turn,
 * speaker null, role 'other'. Offsets are string indices into `text` as given.
 */
export function detectSpeakerTurns(
  text: string,
  options: { interviewerNames?: string[] } = {},
): ParsedTurn[] {
  return detectTurns(text, { interviewerNames: options.interviewerNames });
}

export function parsePastedText(
  text: string,
  options: { interviewerNames?: string[] } = {},
): ParsedTranscript {
  // eslint-disable-next-line no-control-regex
  const normalized = normalizeText(text.replace(/\x00/g, ''));
  if (normalized.trim() === '') throw new ImportError('Texte vide : rien à importer');
  const subtitles = looksLikeSubtitles(normalized);
  if (subtitles) {
    try {
      return subtitleTranscript(normalized, subtitles, 'paste', options.interviewerNames, [], undefined);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error; // not readable as subtitles: keep it as plain text
    }
  }
  return plainTranscript(normalized, 'paste', options.interviewerNames, [], undefined);
}

/**
 * Subtitles pasted or saved as .txt (a Teams transcript copied from the .vtt): read them as subtitles
 * rather than keep timing lines in the text.
 */
function looksLikeSubtitles(text: string): 'vtt' | 'srt' | null {
  const head = text.trimStart().slice(0, 200);
  if (/^WEBVTT(?:[ \t\n]|$)/.test(head)) return 'vtt';
  if (/^\d+[ \t]*\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/.test(head)) return 'srt';
  return null;
}

function subtitleTranscript(
  text: string,
  kind: 'vtt' | 'srt',
  format: TranscriptFormat,
  interviewerNames: string[] | undefined,
  warnings: string[],
  encoding: string | undefined,
): ParsedTranscript {
  const result = parseSubtitles(text, kind, interviewerNames);
  const out: ParsedTranscript = {
    text: result.text,
    turns: result.turns,
    format,
    warnings: [...warnings, ...result.warnings],
  };
  if (encoding) out.encoding = encoding;
  return out;
}

/**
 * Parses a transcript file, choosing the importer by extension (.txt .md .docx .odt .vtt .srt, any case).
 * Throws ImportError, with a French reason for the user, for anything it refuses.
 */
export function parseTranscript(
  fileName: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): ParsedTranscript {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  assertImportSize(bytes.length, maxBytes);
  const ext = extensionOf(fileName);
  const format = EXTENSION_FORMAT[ext];
  if (!format) {
    const known = KNOWN_REFUSALS[ext];
    if (known) throw new ImportError(known);
    const shown = ext ? `.${ext}` : 'fichier sans extension';
    throw new ImportError(
      `Format non pris en charge (${shown}) : importez un fichier .txt, .md, .docx, .odt, .vtt ou .srt`,
    );
  }
  if (bytes.length === 0) throw new ImportError('Fichier vide');
  const interviewerNames = options.interviewerNames;

  if (format === 'docx' || format === 'odt') {
    // Uncompressed XML is verbose: allow ten times the file size limit before calling it a zip bomb.
    const paragraphs = format === 'docx' ? readDocx(bytes, maxBytes * 10) : readOdt(bytes, maxBytes * 10);
    const { text, strongLineStarts } = assembleRichText(paragraphs);
    if (text.trim() === '')
      throw new ImportError(`Fichier vide : ce document .${format} ne contient aucun texte`);
    return plainTranscript(text, format, interviewerNames, [], undefined, strongLineStarts);
  }

  const decoded = decodeTextBytes(bytes);
  const warnings = encodingWarnings(decoded);
  const text = normalizeText(decoded.text);
  if (text.trim() === '') throw new ImportError('Fichier vide');
  if (text.startsWith('{\\rtf')) throw new ImportError(KNOWN_REFUSALS.rtf!);

  if (format === 'vtt' || format === 'srt')
    return subtitleTranscript(text, format, format, interviewerNames, warnings, decoded.encoding);
  if (format === 'md') {
    const stripped = stripMarkdown(text);
    if (stripped.text.trim() === '') throw new ImportError('Fichier vide');
    return plainTranscript(
      stripped.text,
      'md',
      interviewerNames,
      warnings,
      decoded.encoding,
      stripped.strongLineStarts,
    );
  }
  const subtitles = looksLikeSubtitles(text);
  if (subtitles) {
    try {
      return subtitleTranscript(text, subtitles, 'txt', interviewerNames, warnings, decoded.encoding);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error; // not readable as subtitles: keep it as plain text
    }
  }
  return plainTranscript(text, 'txt', interviewerNames, warnings, decoded.encoding);
}

function encodingWarnings(decoded: DecodedText): string[] {
  return decoded.mixed
    ? [
        'Encodage mixte : quelques caractères invalides en UTF-8 ont été lus en Windows-1252 ; vérifiez les accents',
      ]
    : [];
}

function plainTranscript(
  text: string,
  format: TranscriptFormat,
  interviewerNames: string[] | undefined,
  warnings: string[],
  encoding: string | undefined,
  strongLineStarts?: Set<number>,
): ParsedTranscript {
  const turns = detectTurns(text, { interviewerNames, strongLineStarts });
  const out: ParsedTranscript = { text, turns, format, warnings: [...warnings] };
  if (encoding) out.encoding = encoding;
  if (turns.every((t) => t.speaker === null)) out.warnings.push(NO_SPEAKER_WARNING);
  return out;
}
