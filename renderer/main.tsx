import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { reportError } from './stores/errors';
import { applyDocumentLang, useLangStore } from './stores/lang';
import { listenToHash } from './stores/nav';
import { useWorkspaceStore } from './stores/workspace';
import './styles.css';

applyDocumentLang(useLangStore.getState().lang);
listenToHash();
// A failed call nobody awaited still reaches the user, as a dismissible message.
window.addEventListener('unhandledrejection', (event) => reportError(event.reason));
void useWorkspaceStore.getState().load();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
