import { useEffect } from 'react';
import { RefiExportDialog } from './RefiExportDialog';
import { RefiImportDialog } from './RefiImportDialog';
import { menuCommand } from './refi-summary';
import { useExchangeStore } from './store';

/**
 * The REFI-QDA import and export dialogs, mounted once by App. They open from the workspace menu, and from the
 * Electron File menu, which dispatches `terrain:menu` with 'import-refi' or 'export-refi' on the window.
 */
export function ExchangeDialogs() {
  const dialog = useExchangeStore((s) => s.dialog);
  const open = useExchangeStore((s) => s.open);
  const close = useExchangeStore((s) => s.close);

  useEffect(() => {
    const onMenu = (event: Event) => {
      const command = menuCommand(event);
      if (command) open(command);
    };
    window.addEventListener('terrain:menu', onMenu);
    return () => window.removeEventListener('terrain:menu', onMenu);
  }, [open]);

  if (dialog === 'import') return <RefiImportDialog onClose={close} />;
  if (dialog === 'export') return <RefiExportDialog onClose={close} />;
  return null;
}
