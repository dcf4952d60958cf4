import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { ALIASES } from '../../aliases';

const here = path.dirname(fileURLToPath(import.meta.url));

// The server serves apps/web/dist in production; in development Vite proxies the API to it.
export default defineConfig({
  root: here,
  plugins: [react()],
  resolve: { alias: ALIASES },
  // NETRA_WEB_DIST_DIR lets parallel browser-test runs build into separate folders.
  build: {
    outDir: process.env.NETRA_WEB_DIST_DIR ?? path.join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
