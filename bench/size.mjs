// Reports the min+gzip size of what a page downloads for pgp-elements, against the budgets in
// bench/README.md. A report, not a test: it never fails the build.
//
// - "registration bundle": dist/browser/pgp-elements.js as `npm run build` made it, with every chunk
//   it imports statically, plus the validator chunks of one shipped definition that the elements
//   import when a page uses that definition: the whole-plan validator and each section validator
//   (the type picker's `planTypes` one).
// - "pgp-type-picker alone": the type picker's registration module bundled on its own by esbuild
//   with code splitting, with the chunks it imports statically and the `planTypes` section
//   validator it imports for the definition.
// - the runtime ajv chunk is listed for information; a page loads it only for a host definition
//   that was not precompiled.
import { build } from 'esbuild';
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const KIB = 1024;
const budgets = {
  registration: 30 * KIB,
  picker: 12 * KIB,
  locale: 6 * KIB,
};
const measuredDefinition = 'workforce-pathways-la-2024-25';
const pickerSection = 'planTypes';
const goalListDefinition = 'ctc-permit-renewal';

function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

// Static imports only: `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"`,
// in minified or plain output. Dynamic `import("./x.js")` is deliberately not followed.
function staticImports(path) {
  const source = readFileSync(path, 'utf8');
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  return [...source.matchAll(pattern)].map((match) => resolve(dirname(path), match[1]));
}

function staticClosure(entries) {
  const seen = new Set();
  const pending = [...entries];
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...staticImports(file));
  }
  return seen;
}

// Vite names a chunk after its module, then a dash and a hash: `<module>-<hash>.js`.
function findChunks(directory, moduleNames, outputs) {
  return outputs.filter((file) => {
    const name = relative(directory, file).replace(/^chunks\//, '');
    return moduleNames.some((moduleName) => new RegExp(`^${moduleName.replace(/\./g, '\\.')}-[\\w-]+\\.js$`).test(name));
  });
}

function report(label, files, budget) {
  const total = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  let status = '';
  if (budget !== undefined) status = total <= budget ? 'within budget' : 'OVER BUDGET';
  const budgetText = budget === undefined ? 'no budget' : `budget ${(budget / KIB).toFixed(1)} KiB`;
  console.log(`${label.padEnd(52)} ${(total / KIB).toFixed(2).padStart(7)} KiB  ${budgetText}  ${status}`);
  for (const file of [...files].sort()) {
    console.log(`    ${relative(process.cwd(), file)}  ${(gzipSize(file) / KIB).toFixed(2)} KiB`);
  }
}

// Bundles one element's registration module on its own with code splitting, and returns its entry
// and the chunk of the section validator it loads for one shipped definition.
async function measureElementAlone(tag, definitionName, section) {
  const outdir = mkdtempSync(join(tmpdir(), `pgp-bench-${tag}-`));
  try {
    const result = await build({
      entryPoints: { [tag]: `src/elements/${tag}/define.ts` },
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      outdir,
      metafile: true,
      logLevel: 'error',
      tsconfig: 'tsconfig.json',
    });
    const outputs = Object.keys(result.metafile.outputs)
      .filter((file) => file.endsWith('.js'))
      .map((file) => resolve(file));
    const entry = outputs.find((file) => file.endsWith(`${tag}.js`));
    const validatorChunk = outputs.find((file) => {
      const inputs = Object.keys(result.metafile.outputs[relative(process.cwd(), file)]?.inputs ?? {});
      return inputs.some((input) => input.endsWith(`generated/${definitionName}.${section}.js`));
    });
    const files = staticClosure([entry, ...(validatorChunk ? [validatorChunk] : [])]);
    return { files, outdir };
  } catch (error) {
    rmSync(outdir, { recursive: true, force: true });
    throw error;
  }
}

function reportElementAlone(label, measured, budget) {
  report(label, measured.files, budget);
  rmSync(measured.outdir, { recursive: true, force: true });
}

const browserDirectory = resolve('dist/browser');
if (!existsSync(join(browserDirectory, 'pgp-elements.js'))) {
  console.error('dist/browser/pgp-elements.js is missing: run `npm run build` first.');
  process.exit(1);
}

console.log('Sizes are min+gzip (gzip level 9), in KiB.\n');

const browserChunks = readdirSync(join(browserDirectory, 'chunks'))
  .filter((name) => name.endsWith('.js'))
  .map((name) => join(browserDirectory, 'chunks', name));

const registrationValidators = findChunks(browserDirectory, [measuredDefinition, `${measuredDefinition}.${pickerSection}`], browserChunks);
const registrationFiles = staticClosure([join(browserDirectory, 'pgp-elements.js'), ...registrationValidators]);
report(`registration bundle + ${measuredDefinition} validators`, registrationFiles, budgets.registration);

const picker = await measureElementAlone('pgp-type-picker', measuredDefinition, pickerSection);
reportElementAlone(`pgp-type-picker alone + ${measuredDefinition} ${pickerSection} validator`, picker, budgets.picker);

const goalList = await measureElementAlone('pgp-goal-list', goalListDefinition, 'goals');
reportElementAlone(`pgp-goal-list alone + ${goalListDefinition} goals validator`, goalList);

for (const locale of ['es', 'zh-Hant']) {
  const chunk = browserChunks.find((file) => new RegExp(`chunks/${locale}-[\\w-]+\\.js$`).test(file));
  if (chunk) report(`${locale} locale chunk (loaded only when used)`, [chunk], budgets.locale);
  else console.log(`${locale} locale chunk: not found in dist/browser/chunks`);
}

const runtimeChunk = browserChunks.find((file) => /chunks\/runtime-/.test(file));
if (runtimeChunk) {
  const runtimeFiles = [...staticClosure([runtimeChunk])].filter((file) => !registrationFiles.has(file));
  report('runtime ajv chunk (lazy, host definitions only)', runtimeFiles);
}

