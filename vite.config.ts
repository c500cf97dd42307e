import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const sharedDir = fileURLToPath(new URL('./shared', import.meta.url));
const apiTarget = `http://localhost:${process.env.PORT ?? '8080'}`;

export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [react()],
  resolve: { alias: { '@shared': sharedDir } },
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // zod and the module that switches off its eval probe share one chunk, so the switch
        // runs before any other chunk builds a schema (the app's CSP forbids eval).
        advancedChunks: { groups: [{ name: 'zod', test: /node_modules[\\/]zod[\\/]|client[\\/]cspSafeZod\.ts/ }] },
      },
    },
  },
  server: {
    // `npm run dev:client` serves the client with hot reload and forwards API and sync
    // traffic to a server started with `npm run dev:server`.
    proxy: {
      '/api': { target: apiTarget },
      '/collab': { target: apiTarget.replace('http', 'ws'), ws: true },
    },
  },
  test: {
    root: '.',
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: { name: 'unit', root: '.', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          root: '.',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          root: '.',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
