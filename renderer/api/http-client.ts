import { methodNames, type MethodName, type TerrainBridge } from '../../shared/api';
import type { ApiEnvelope } from '../../shared/errors';

/** The token the local web host put in the page it served; every API call carries it back in a header. */
export function pageToken(doc: Document = document): string {
  return doc.querySelector<HTMLMetaElement>('meta[name="terrain-token"]')?.content ?? '';
}

/** The web host's bridge: POST /api/<method> with a JSON body. A network failure becomes an envelope too. */
export function createHttpBridge(token: string, base = ''): TerrainBridge {
  const bridge = {} as Record<MethodName, (input: unknown) => Promise<ApiEnvelope<unknown>>>;
  for (const name of methodNames) {
    bridge[name] = async (input: unknown) => {
      try {
        const res = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Terrain-Token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as ApiEnvelope<unknown>;
      } catch (err) {
        return {
          ok: false,
          error: { code: 'internal', message: `Le serveur local ne répond pas (${(err as Error).message}).` },
        };
      }
    };
  }
  return bridge as unknown as TerrainBridge;
}

/** Server-to-UI events (progress of long work), over the same token-protected host. */
export function subscribeHostEvents(
  onEvent: (event: { type: string; [k: string]: unknown }) => void,
): () => void {
  const source = new EventSource('/events');
  source.onmessage = (msg) => {
    try {
      onEvent(JSON.parse(msg.data as string) as { type: string });
    } catch {
      // A malformed event is dropped; the stream itself stays open.
    }
  };
  return () => source.close();
}
