/**
 * WebVTT and SRT import, as written by transcription tools (Whisper, Teams, Zoom, Otter, Sonix).
 *
 * Each cue gives a time range and some text; the speaker comes from a voice tag (`<v Marie Dupont>`),
 * a prefix (`Marie Dupont: `, `[Marie Dupont] `) or, after a first named cue, is the previous speaker.
 * A dialogue dash (`- `) starts another speaker. Consecutive cues of one speaker make one turn, and the
 * text becomes "Speaker : speech" paragraphs separated by blank lines. Cues without any speaker stay one
 * turn each, so that their timestamps are not lost.
 */
import { ImportError } from './errors';
import { type ParsedTurn, assignRoles, isSpeakerLabel, parseClock, speakerKey } from './speakers';

export interface SubtitleResult {
  text: string;
  turns: ParsedTurn[];
  warnings: string[];
}

interface Segment {
  speaker: string | null;
  /** Started by a dialogue dash or a broadcast '>>': a change of speaker even without a name. */
  dash: boolean;
  text: string;
  startMs: number | null;
  endMs: number | null;
  /** Index of the cue the segment comes from. */
  cue: number;
}

const ARROW_TIMING = /-->/;
/** A line that tried to be a timing line: "00:00:05,000 -> 00:00:07,000", "00:00:05 - 00:00:07". */
const BROKEN_TIMING = /^\s*\d{1,2}:\d{1,2}[\d:.,]*\s*(?:-+>?|–|—|\s)\s*\d{1,2}:\d{1,2}[\d:.,]*/;
const INDEX_LINE = /^\s*\d+\s*$/;
const SKIPPED_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  lrm: '',
  rlm: '',
};

function isTimingLine(line: string): boolean {
  return ARROW_TIMING.test(line) || BROKEN_TIMING.test(line);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function stripTags(text: string): string {
  return decodeEntities(text.replace(/\{\\[^}]*\}/g, '').replace(/<[^>\n]*>/g, ''));
}

/** "Marie Dupont: text", "[Marie Dupont] text", "[Marie Dupont]: text" at the start of a cue line. */
function splitSpeakerPrefix(line: string): { speaker: string | null; text: string } {
  const bracket = /^\[([^\]]{1,60})\][ \t]*[:：]?[ \t]*(.*)$/.exec(line);
  if (bracket) {
    const label = bracket[1]!.trim().replace(/\s+/g, ' ');
    if (bracket[2] && isSpeakerLabel(label)) return { speaker: label, text: bracket[2] };
  }
  const colon = line.slice(0, 64).search(/[:：]/);
  if (colon > 0) {
    const after = line[colon + 1];
    if (after === undefined || !/[\d/]/.test(after)) {
      const label = line
        .slice(0, colon)
        .replace(/[\s\u00A0\u202F]+/g, ' ')
        .trim();
      if (isSpeakerLabel(label)) return { speaker: label, text: line.slice(colon + 1).trim() };
    }
  }
  return { speaker: null, text: line };
}

/** Splits one cue's text into speaker segments (voice tags, dialogue dashes, name prefixes). */
function cueSegments(lines: string[], startMs: number | null, endMs: number | null, cue: number): Segment[] {
  const segments: Segment[] = [];
  const raw = lines.join('\n');
  // Voice spans: text before the first <v> has no voice; each <v Name> opens a span.
  const spans: { voice: string | null; text: string }[] = [];
  let last = 0;
  let voice: string | null = null;
  for (const m of raw.matchAll(VOICE)) {
    spans.push({ voice, text: raw.slice(last, m.index) });
    voice = m[1] ? m[1].trim().replace(/\s+/g, ' ') : null;
    last = m.index + m[0].length;
  }
  spans.push({ voice, text: raw.slice(last) });

  for (const span of spans) {
    let current: Segment | null = null;
    for (const rawLine of stripTags(span.text).split('\n')) {
      let line = rawLine.trim();
      if (!line) continue;
      let dash = false;
      const marker = /^(?:[-–—]|>>)[ \t]*/.exec(line);
      if (marker && line.length > marker[0].length) {
        dash = true;
        line = line.slice(marker[0].length);
      }
      if (current === null || dash) {
        const prefix = span.voice ? { speaker: null, text: line } : splitSpeakerPrefix(line);
        current = { speaker: span.voice ?? prefix.speaker, dash, text: prefix.text, startMs, endMs, cue };
        segments.push(current);
      } else {
        current.text += ' ' + line;
      }
    }
  }
  return segments.filter((s) => s.text.trim() !== '');
}

interface Timing {
  startMs: number | null;
  endMs: number | null;
  ok: boolean;
}

function parseTiming(line: string): Timing {
  const m = /^\s*(\S+)\s*-->\s*(\S+)/.exec(line);
  if (!m) return { startMs: null, endMs: null, ok: false };
  const startMs = parseClock(m[1]!);
  let endMs = parseClock(m[2]!);
  if (startMs !== null && endMs !== null && endMs < startMs) endMs = null;
  // Half a timing line is not trusted: a broken line gives no times at all.
  if (startMs === null || endMs === null) return { startMs: null, endMs: null, ok: false };
  return { startMs, endMs, ok: true };
}

export function parseSubtitles(
  text: string,
  format: 'vtt' | 'srt',
  interviewerNames: readonly string[] | undefined,
): SubtitleResult {
  const warnings: string[] = [];
  const lines = text.split('\n');
  const segments: Segment[] = [];
  let validCues = 0;
  let cueCount = 0;

  // Blocks are separated by blank lines; within a block, every timing line starts a cue.
  const headerLine = firstContentLine(lines);
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    const block = lines.slice(blockStart, i);
    const first = block[0]!.trim();
    if (/^WEBVTT/.test(first) && blockStart === headerLine) continue;
    if (format === 'vtt' && SKIPPED_BLOCK.test(first)) continue;

    const timingAt: number[] = [];
    block.forEach((line, k) => {
      if (isTimingLine(line)) timingAt.push(k);
    });

    // Text before the first timing line: the cue identifier (a number; any one line in WebVTT) or, beyond
    // it, stray text.
    const headEnd = timingAt[0] ?? block.length;
    let head = block.slice(0, headEnd);
    if (format === 'vtt' && timingAt.length > 0) head = head.slice(0, -1);
    const stray = head.filter((l) => !INDEX_LINE.test(l));
    if (stray.length > 0) {
      const strayLine = blockStart + block.findIndex((l) => l === stray[0]) + 1;
      const segs = cueSegments(stray, null, null, cueCount++);
      if (segs.length > 0) {
        warnings.push(`Texte sans horodatage à la ligne ${strayLine}, conservé sans horodatage`);
        segments.push(...segs);
      }
    }

    for (let t = 0; t < timingAt.length; t++) {
      const at = timingAt[t]!;
      let textEnd = timingAt[t + 1] ?? block.length;
      // A number just before the next timing line is that cue's index (SRT without blank lines).
      if (t + 1 < timingAt.length && textEnd - 1 > at && INDEX_LINE.test(block[textEnd - 1]!)) textEnd--;
      const lineNo = blockStart + at + 1;
      const timing = parseTiming(block[at]!);
      const segs = cueSegments(block.slice(at + 1, textEnd), timing.startMs, timing.endMs, cueCount++);
      if (timing.ok) {
        if (segs.length > 0) {
          validCues++;
          segments.push(...segs);
        }
        continue;
      }
      if (segs.length === 0) {
        warnings.push(`Horodatage illisible à la ligne ${lineNo}, cue ignorée`);
      } else {
        warnings.push(`Horodatage illisible à la ligne ${lineNo}, cue conservée sans horodatage`);
        segments.push(...segs);
      }
    }
  }

  if (validCues === 0) {
    throw new ImportError(
      `Aucun sous-titre lisible dans ce fichier .${format} : aucune cue n’a d’horodatage valide`,
    );
  }
  return buildTranscript(segments, interviewerNames, capWarnings(warnings));
}

const MAX_WARNINGS = 20;

/** A file with thousands of broken cues gives twenty warnings and a count, not a wall of text. */
function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - MAX_WARNINGS;
  return [
    ...warnings.slice(0, MAX_WARNINGS),
    `… et ${rest} autre${rest > 1 ? 's' : ''} avertissement${rest > 1 ? 's' : ''} du même type`,
  ];
}

function firstContentLine(lines: string[]): number {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

interface Group {
  speaker: string | null;
  texts: string[];
  startMs: number | null;
  endMs: number | null;
}

function buildTranscript(
  segments: Segment[],
  interviewerNames: readonly string[] | undefined,
  warnings: string[],
): SubtitleResult {
  const hasNames = segments.some((s) => s.speaker !== null);
  const groups: Group[] = [];
  let previousSpeaker: string | null = null;
  let previous: Segment | null = null;
  for (const seg of segments) {
    // Tools that name the speaker only when it changes: an unnamed cue continues the previous speaker.
    const speaker: string | null = seg.speaker ?? (hasNames && !seg.dash ? previousSpeaker : null);
    const group = groups[groups.length - 1];
    const sameSpeaker =
      group !== undefined &&
      speaker !== null &&
      group.speaker !== null &&
      speakerKey(group.speaker) === speakerKey(speaker);
    // Without any speaker names, cues stay apart (one turn each keeps every timestamp); lines of one
    // cue stay together unless a dash separates them.
    const sameUnnamedCue =
      group !== undefined &&
      speaker === null &&
      group.speaker === null &&
      previous?.cue === seg.cue &&
      !seg.dash;
    if (group && (sameSpeaker || sameUnnamedCue)) {
      if (seg.text) group.texts.push(seg.text);
      group.startMs ??= seg.startMs;
      if (seg.endMs !== null) group.endMs = seg.endMs;
    } else {
      groups.push({ speaker, texts: seg.text ? [seg.text] : [], startMs: seg.startMs, endMs: seg.endMs });
    }
    previousSpeaker = speaker;
    previous = seg;
  }

  const paragraphs: string[] = [];
  const turns: ParsedTurn[] = [];
  let offset = 0;
  for (const g of groups) {
    const speech = g.texts
      .join(' ')
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (!speech && g.speaker === null) continue;
    const paragraph = (g.speaker ? `${g.speaker} : ${speech}` : speech).trimEnd().normalize('NFC');
    if (paragraphs.length > 0) offset += 2;
    turns.push({
      speaker: g.speaker,
      role: 'other',
      start: offset,
      end: offset + paragraph.length,
      timestampMs: g.startMs,
      endMs: g.endMs,
    });
    paragraphs.push(paragraph);
    offset += paragraph.length;
  }
  assignRoles(turns, interviewerNames);
  return { text: paragraphs.join('\n\n'), turns, warnings };
}
