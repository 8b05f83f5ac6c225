import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer build: a static bundle with relative URLs (base './') so the same files load from Electron's
 * file:// origin and from the local web host. No inline script in the output: the CSP is `script-src 'self'`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Keep every script and style in files (an inlined asset would be refused by the CSP).
    assetsInlineLimit: 0,
    sourcemap: false,
    // Two pages: the app, and the page reports draw their charts with (electron/reports).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        reportCharts: fileURLToPath(new URL('./renderer/report-charts.html', import.meta.url)),
      },
    },
  },
  server: { strictPort: false },
});
