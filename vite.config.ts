import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The web build and the Electron renderer are the same app; only the DesktopBridge differs.
// `base: './'` keeps asset paths relative so dist/web works from any static server or file://.
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^#bridge$/, replacement: fileURLToPath(new URL(mode === 'electron' ? './renderer/platform/electron/bridge.ts' : './renderer/platform/web/bridge.ts', import.meta.url)) }],
  },
  build: {
    outDir: mode === 'electron' ? '../dist/renderer' : '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  server: { port: 5173 },
}));
