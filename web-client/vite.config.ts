/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm run dev` proxies the API's routes to a running API (make run): MARKETPLACE_API, default :5080.
const api = process.env.MARKETPLACE_API ?? 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/dev/token': api,
      '/exports': api,
      '/healthz': api,
    },
  },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
