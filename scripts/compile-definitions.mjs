// Precompiles every definition in schemas/definitions/ into src/validation/generated/, so the
// shipped definitions validate without ajv at run time (and without `new Function`).
//
// Writes, for each definition FILE.json:
// - FILE.js (definition, annotations, validate) and FILE.d.ts: the whole plan;
// - FILE.SECTION.js and its .d.ts for each section in SECTIONS: a validator of the definition
//   reduced by src/validation/section-schema.ts to what constrains that one plan property, for an
//   element that edits only that property;
// plan-schema.js with the base schema as a JS object; shipped.js, which maps each `$id` and file
// name to loaders with one literal dynamic import each, so a page loads only the validator it uses.

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { CompileError, compileDefinitionModule, loadBasePlanSchema, readJsonFile } from '../bin/pgp-elements.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const definitionsDir = join(root, 'schemas/definitions');
const outputDir = join(root, 'src/validation/generated');

/** Plan properties that an element validates on its own, each with a precompiled section validator. */
const SECTIONS = ['planTypes', 'goals'];

const SECTION_VALIDATOR_TYPES = `import type { AnnotationIndex } from '../annotations.js';
import type { StandaloneValidateFunction } from '../types.js';

export declare const annotations: AnnotationIndex;
export declare const validate: StandaloneValidateFunction;
export default validate;
`;

const VALIDATOR_TYPES = `import type { AnnotationIndex } from '../annotations.js';
import type { StandaloneValidateFunction } from '../types.js';
import type { PlanDefinition } from '../../plan/types.js';

export declare const definition: PlanDefinition;
export declare const annotations: AnnotationIndex;
export declare const validate: StandaloneValidateFunction;
export default validate;
`;

// The reduction is written in TypeScript for the run-time path; esbuild turns it into a module
// that this script can import, so the build and the browser reduce definitions the same way.
async function loadSectionReduction() {
  const result = await build({
    entryPoints: [join(root, 'src/validation/section-schema.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'error',
  });
  const directory = mkdtempSync(join(tmpdir(), 'pgp-section-schema-'));
  const file = join(directory, 'section-schema.mjs');
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function writeSectionModules(definition, basePlanSchema, moduleName, sectionSchemas) {
  const sections = [];
  for (const section of SECTIONS) {
    const reduced = sectionSchemas(definition, basePlanSchema, section);
    // Without an exact reduction the element falls back to the whole-plan validator.
    if (!reduced) continue;

    const source = compileDefinitionModule(reduced.definition, reduced.basePlanSchema, `schemas/definitions/${moduleName}.json`, {
      exportDefinition: false,
    });
    writeFileSync(join(outputDir, `${moduleName}.${section}.js`), source);
    writeFileSync(join(outputDir, `${moduleName}.${section}.d.ts`), SECTION_VALIDATOR_TYPES);
    sections.push(section);
  }
  return sections;
}

async function main() {
  const { sectionSchemas } = await loadSectionReduction();
  const basePlanSchema = loadBasePlanSchema();
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });

  const shipped = [];
  const files = readdirSync(definitionsDir).filter((file) => file.endsWith('.json')).sort();
  for (const file of files) {
    const definition = readJsonFile(join(definitionsDir, file));
    const moduleName = basename(file, '.json');
    if (shipped.some((entry) => entry.id === definition.$id)) {
      throw new CompileError(`${file} repeats the "$id" ${definition.$id}. Every definition needs its own "$id".`);
    }
    writeFileSync(join(outputDir, `${moduleName}.js`), compileDefinitionModule(definition, basePlanSchema, `schemas/definitions/${file}`));
    writeFileSync(join(outputDir, `${moduleName}.d.ts`), VALIDATOR_TYPES);
    const sections = writeSectionModules(definition, basePlanSchema, moduleName, sectionSchemas);
    shipped.push({ id: definition.$id, moduleName, sections });
  }

  writeBaseSchemaModule(basePlanSchema);
  writeShippedIndex(shipped);
  console.log(`Compiled ${shipped.length} plan definitions into ${outputDir}.`);
}

function writeBaseSchemaModule(basePlanSchema) {
  writeFileSync(
    join(outputDir, 'plan-schema.js'),
    `// Generated from schemas/plan.schema.json by scripts/compile-definitions.mjs.\nexport const basePlanSchema = ${JSON.stringify(basePlanSchema)};\n`,
  );
  writeFileSync(join(outputDir, 'plan-schema.d.ts'), 'export declare const basePlanSchema: { $id: string; [key: string]: unknown };\n');
}

function writeShippedIndex(shipped) {
  const entries = shipped.flatMap(({ id, moduleName }) => {
    const loader = `() => import('./${moduleName}.js')`;
    return [`  ${JSON.stringify(id)}: ${loader},`, `  ${JSON.stringify(`${moduleName}.json`)}: ${loader},`];
  });
  const sectionEntries = shipped.flatMap(({ id, moduleName, sections }) => {
    const loaders = sections.map((section) => `${JSON.stringify(section)}: () => import('./${moduleName}.${section}.js')`).join(', ');
    return [`  ${JSON.stringify(id)}: { ${loaders} },`, `  ${JSON.stringify(`${moduleName}.json`)}: { ${loaders} },`];
  });
  writeFileSync(
    join(outputDir, 'shipped.js'),
    [
      '// Generated by scripts/compile-definitions.mjs: shipped definition $id or file name to its precompiled modules.',
      'export const shippedValidators = {',
      ...entries,
      '};',
      'export const shippedSectionValidators = {',
      ...sectionEntries,
      '};',
      `export const shippedDefinitionIds = ${JSON.stringify(shipped.map((entry) => entry.id))};`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(outputDir, 'shipped.d.ts'),
    `import type { AnnotationIndex } from '../annotations.js';
import type { StandaloneValidateFunction } from '../types.js';
import type { PlanDefinition } from '../../plan/types.js';

export interface CompiledDefinitionModule {
  definition: PlanDefinition;
  annotations: AnnotationIndex;
  validate: StandaloneValidateFunction;
}
export interface CompiledSectionModule {
  annotations: AnnotationIndex;
  validate: StandaloneValidateFunction;
}
export declare const shippedValidators: Record<string, (() => Promise<CompiledDefinitionModule>) | undefined>;
export declare const shippedSectionValidators: Record<string, Record<string, (() => Promise<CompiledSectionModule>) | undefined> | undefined>;
export declare const shippedDefinitionIds: string[];
`,
  );
}

try {
  await main();
} catch (error) {
  if (!(error instanceof CompileError)) throw error;
  console.error(`compile-definitions: ${error.message}`);
  process.exitCode = 1;
}
