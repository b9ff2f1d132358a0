// Builds the teaching page (web/) into static files: dist/web by default.
// `base: './'` keeps every asset path relative, so any web server (or sub-folder) can host it.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  // The page bundles the scenarios and the engine from the folders above web/.
  server: { fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] } },
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The engine is one chunk; its size is not a concern for a page served locally.
    chunkSizeWarningLimit: 2000,
  },
  logLevel: 'warn',
});
