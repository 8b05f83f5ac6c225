import { api, isMethodName } from '../../shared/api';
import { TerrainError, type ApiEnvelope } from '../../shared/errors';
import { handlers, type HandlerContext } from './handlers';

export type Logger = (message: string, err?: unknown) => void;

const defaultLogger: Logger = (message, err) => console.error(`[terrain] ${message}`, err ?? '');

/**
 * Validates and runs one API call. Whatever the caller sends, the answer is an envelope: a bad method or
 * input is refused with a structured error, and an unexpected failure is logged and reported, never thrown
 * into the host.
 */
export async function dispatch(
  ctx: HandlerContext,
  method: unknown,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<ApiEnvelope<unknown>> {
  if (typeof method !== 'string' || !isMethodName(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `Méthode inconnue : ${String(method).slice(0, 100)}` },
    };
  }
  const parsed = api[method].input.safeParse(rawInput === undefined ? {} : rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `Données invalides pour ${method}.`,
        issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      },
    };
  }
  try {
    const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
    const value = await handler(parsed.data, ctx);
    return { ok: true, value: value ?? null };
  } catch (err) {
    if (err instanceof TerrainError) return { ok: false, error: err.toBody() };
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      return {
        ok: false,
        error: { code: 'conflict', message: 'Cette modification contredit des données existantes.' },
      };
    }
    if (code === 'SQLITE_READONLY') {
      return {
        ok: false,
        error: { code: 'forbidden', message: 'Cet espace de travail est ouvert en lecture seule.' },
      };
    }
    log(`${method} failed`, err);
    return { ok: false, error: { code: 'internal', message: `Erreur interne pendant ${method}.` } };
  }
}
