// Builds the chart benchmark page (bench.html + page.tsx) into dist-bench/, apart from the app's dist/.
// `npm run bench` builds it; the page reads the dataset from ./data/ (the bench server mounts data/).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: path.resolve(import.meta.dirname, '../../dist-bench'),
    emptyOutDir: true,
    rolldownOptions: { input: path.resolve(import.meta.dirname, 'bench.html') },
  },
});
