import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

import { numericInterpolateForScales } from './vite.config.ts';

export default defineConfig({
  // As the build: d3-scale interpolates numbers only, so the tests draw what ships.
  plugins: [react(), numericInterpolateForScales()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts'],
    environment: 'node',
    // d3 and d3-scale go through Vite here (not Node's loader), so the plugin above applies to them.
    server: { deps: { inline: ['d3', 'd3-scale'] } },
    // Real-PDF tests parse whole reports; give them room on a 2-core CI machine.
    testTimeout: 60_000,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
  },
});
