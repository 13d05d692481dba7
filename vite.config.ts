import { resolve } from 'node:path';
import { defineConfig } from 'vite';

import packageJson from './package.json' with { type: 'json' };

const runtimeDependencies = Object.keys(packageJson.dependencies);

function isRuntimeDependency(id: string): boolean {
  return runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`));
}

// `vite build` writes the npm entries to dist/ with the runtime dependencies left as imports.
// `vite build --mode browser` writes dist/browser/pgp-elements.js, one module that a page without
// a build step loads with <script type="module">; validators and ajv stay in chunks beside it that
// load only when a definition needs them.
export default defineConfig(({ mode }) => {
  if (mode === 'browser') {
    return {
      build: {
        outDir: 'dist/browser',
        emptyOutDir: true,
        target: 'es2022',
        sourcemap: true,
        lib: {
          entry: resolve('src/define.ts'),
          formats: ['es'],
          fileName: () => 'pgp-elements.js',
        },
        rolldownOptions: {
          output: {
            minify: true,
            chunkFileNames: 'chunks/[name]-[hash].js',
          },
        },
      },
    };
  }

  return {
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          index: resolve('src/index.ts'),
          define: resolve('src/define.ts'),
          validation: resolve('src/validation/index.ts'),
          'pgp-type-picker': resolve('src/elements/pgp-type-picker/define.ts'),
          'pgp-goal-list': resolve('src/elements/pgp-goal-list/define.ts'),
          'pgp-plan-summary': resolve('src/elements/pgp-plan-summary/define.ts'),
          'pgp-wizard': resolve('src/elements/pgp-wizard/define.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: isRuntimeDependency,
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
