import { methodNames, type MethodName, type TerrainApi, type TerrainBridge } from '../../shared/api';
import { TerrainError } from '../../shared/errors';

/**
 * Turns a shell's envelope-answering bridge into the promise API the views use (errors become TerrainError).
 * `onAnswered` hears of every call that succeeded, by method name.
 */
export function unwrapBridge(bridge: TerrainBridge, onAnswered?: (name: MethodName) => void): TerrainApi {
  const api = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of methodNames) {
    const call = bridge[name] as (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: never }>;
    api[name] = async (input: unknown) => {
      const envelope = (await call(input ?? {})) as Awaited<ReturnType<TerrainBridge[MethodName]>>;
      if (envelope.ok) {
        onAnswered?.(name);
        return envelope.value;
      }
      throw TerrainError.fromBody(envelope.error);
    };
  }
  return api as unknown as TerrainApi;
}
