import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web UI is built into dist/web and served by the Passerelle server on the same port.
export default defineConfig({
  root: path.resolve(import.meta.dirname),
  plugins: [react()],
  build: { outDir: path.resolve(import.meta.dirname, '..', 'dist', 'web'), emptyOutDir: true },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
