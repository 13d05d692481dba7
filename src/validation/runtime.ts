// The run-time compile path for a host's own definition. It pulls in ajv and uses
// `new Function`, so index.ts loads it only through a dynamic import, and only for a definition
// that has no precompiled validator.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { DefinitionError } from '../plan/definition.js';
import type { PlanDefinition } from '../plan/types.js';
import { PGP_KEYWORDS } from '../plan/vocabulary.js';
import { collectAnnotations } from './annotations.js';
import { basePlanSchema } from './generated/plan-schema.js';
import type { StandaloneValidateFunction } from './types.js';

let sharedAjv: Ajv2020 | undefined;

function planAjv(): Ajv2020 {
  if (sharedAjv) return sharedAjv;

  // strictTypes and strictRequired stay off: definitions add small rule subschemas (a lone
  // `required`, a `contains`) next to the base schema, and those are correct without `type`.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, messages: false });
  addFormats(ajv);
  for (const [keyword, metaSchema] of Object.entries(PGP_KEYWORDS)) ajv.addKeyword({ keyword, metaSchema });
  ajv.addSchema(basePlanSchema);
  sharedAjv = ajv;
  return ajv;
}

/** Compiles a host's definition with ajv; rejects with DefinitionError('invalid') naming the problem. */
export function compileDefinition(definition: PlanDefinition): StandaloneValidateFunction {
  const ajv = planAjv();
  const id = definition.$id;
  let validate: StandaloneValidateFunction;
  try {
    // ajv keeps every compiled schema by $id; a second definition with the same $id replaces it.
    if (id && ajv.getSchema(id)) ajv.removeSchema(id);
    validate = ajv.compile(definition) as unknown as StandaloneValidateFunction;
  } catch (error) {
    if (id) ajv.removeSchema(id);
    throw new DefinitionError('invalid', `The plan definition "${id ?? '(no $id)'}" is not a valid JSON Schema: ${(error as Error).message}.`);
  }

  validate.annotations = collectAnnotations(definition, basePlanSchema as Record<string, unknown>);
  return validate;
}
