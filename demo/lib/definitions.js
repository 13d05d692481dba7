import { readdir, readFile, access } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports the built Node validation module (`validation.js` in `distDir`), which exports
 * `validatePlan`, `readDefinition` and `errorMessage`.
 */
export async function loadValidationModule(distDir) {
  const modulePath = join(distDir, 'validation.js');

  try {
    await access(modulePath);
  } catch {
    throw new Error(`The validation module ${modulePath} is missing. Run "npm run build" first, or set PGP_DIST_DIR to a built dist folder.`);
  }

  const validation = await import(pathToFileURL(modulePath).href);
  for (const name of ['validatePlan', 'readDefinition', 'errorMessage']) {
    if (typeof validation[name] !== 'function') {
      throw new Error(`The validation module ${modulePath} does not export ${name}(). Rebuild it with "npm run build".`);
    }
  }

  return validation;
}

/**
 * Reads every `*.json` plan definition in `definitionsDir`. Each entry is
 * `{ id, name, fileName, source, model }`: `id` is the definition's `$id`, `name` its file name
 * without `.json`, `model` the DefinitionModel from `readDefinition`. A definition that is not
 * JSON or that `readDefinition` rejects stops the server with a message naming the file.
 */
export async function loadDefinitions(definitionsDir, readDefinition) {
  const fileNames = (await readdir(definitionsDir)).filter((fileName) => fileName.endsWith('.json')).sort();
  const definitions = [];

  for (const fileName of fileNames) {
    const filePath = join(definitionsDir, fileName);
    const source = parseDefinitionFile(filePath, await readFile(filePath, 'utf8'));
    let model;

    try {
      model = readDefinition(source);
    } catch (error) {
      throw new Error(`The plan definition ${filePath} is invalid: ${error.message} Fix the file and restart the server.`, { cause: error });
    }

    definitions.push({ id: model.id, name: basename(fileName, '.json'), fileName, source, model });
  }

  return createDefinitionCatalog(definitions);
}

function parseDefinitionFile(filePath, text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`The plan definition ${filePath} is not valid JSON (${error.message}). Fix the file and restart the server.`, { cause: error });
  }
}

function createDefinitionCatalog(definitions) {
  const byKey = new Map();

  for (const definition of definitions) {
    byKey.set(definition.id, definition);
    byKey.set(definition.name, definition);
  }

  return {
    /** All definitions, sorted by file name. */
    all: definitions,

    /** Finds a definition by its `$id` or its file name without `.json`, or returns undefined. */
    find(key) {
      return typeof key === 'string' ? byKey.get(key) : undefined;
    },

    /** Names the accepted keys, for error messages. */
    describeKeys() {
      return definitions.map((definition) => `"${definition.name}" (${definition.id})`).join(', ');
    },
  };
}
