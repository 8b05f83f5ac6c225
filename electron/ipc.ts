import type { IpcMain, WebFrameMain } from 'electron';
import type { ApiEnvelope } from '../shared/errors';
import { dispatch } from './api/dispatch';
import type { HandlerContext } from './api/handlers';
import { isAppUrl } from './security';

export const API_CHANNEL = 'terrain:api';

/** Only the app's own top-level page may call the API; an iframe or a foreign page is refused. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}

export function registerApiIpc(ipcMain: IpcMain, ctx: HandlerContext): void {
  ipcMain.handle(
    API_CHANNEL,
    async (event, method: unknown, input: unknown): Promise<ApiEnvelope<unknown>> => {
      if (!isTrustedSender(event.senderFrame)) {
        return { ok: false, error: { code: 'forbidden', message: 'Appel refusé : expéditeur non reconnu.' } };
      }
      return dispatch(ctx, method, input);
    },
  );
}
