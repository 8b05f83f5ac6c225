import { create } from 'zustand';

export type ExchangeDialog = 'import' | 'export';

interface ExchangeState {
  dialog: ExchangeDialog | null;
  open: (dialog: ExchangeDialog) => void;
  close: () => void;
}

/** Which REFI-QDA dialog is open: asked for by the workspace menu or the Electron File menu. */
export const useExchangeStore = create<ExchangeState>()((set) => ({
  dialog: null,
  open: (dialog) => set({ dialog }),
  close: () => set({ dialog: null }),
}));

export const openExchange = (dialog: ExchangeDialog) => useExchangeStore.getState().open(dialog);
