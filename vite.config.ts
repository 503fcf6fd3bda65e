/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { precacheManifest } from './tests/support/precache-plugin.ts';

export default defineConfig({
  base: './',
  plugins: [svelte(), precacheManifest()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: 'es' },
  preview: { port: 4173, host: '127.0.0.1' },
  test: {
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90000,
          hookTimeout: 120000,
          expect: { poll: { timeout: 15000, interval: 100 } },
        },
      },
    ],
  },
});
