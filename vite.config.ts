import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CSP_DIRECTIVES } from './shared/security/csp.ts';
import packageJson from './package.json' with { type: 'json' };

// The same CSP as Electron's header, as a meta tag in the built page (frame-ancestors has no
// effect in a meta tag, so it is left to the header). Dev mode keeps Vite's inline HMR script working.
function contentSecurityPolicy(): Plugin {
  const policy = CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors')
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
  return {
    name: 'pco-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

// The web build and the Electron renderer are the same app; only the DesktopBridge differs.
// `base: './'` keeps asset paths relative so dist/web works from any static server or file://.
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { 'import.meta.env.PACKAGE_VERSION': JSON.stringify(packageJson.version) },
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
