import type { TextPiece } from './snippet';

/** Text pieces as text nodes and <mark> elements (never HTML). */
export function Highlighted({ pieces }: { pieces: TextPiece[] }) {
  return <>{pieces.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
