import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built into dist/web, which the API serves at `/` (apps/api/src/http/web-app.ts): one origin, one process.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  // The shared wording (libs/wording) by its @casus/* name, as tsconfig.json's paths give it to the type checker.
  resolve: { tsconfigPaths: true },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The budget (initial JavaScript under 300 KB gzipped) is measured by `npm run bench -- web`, not guessed here.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['forwardRef', 'createContext', 'memo'] },
      // React libraries mark their modules "use client" for server rendering, which a browser-only app does not do.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
