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
import { sectionSchemas } from './section-schema.js';
import type { StandaloneValidateFunction } from './types.js';

type Schema = Record<string, unknown>;

// One ajv instance per base schema it holds: the whole base plan schema, or the base reduced to
// one section. Keyed by the section name, or '' for the whole plan.
const planAjvs = new Map<string, Ajv2020>();

function planAjv(key: string, base: Schema): Ajv2020 {
  const existing = planAjvs.get(key);
  if (existing) return existing;

  // strictTypes and strictRequired stay off: definitions add small rule subschemas (a lone
  // `required`, a `contains`) next to the base schema, and those are correct without `type`.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, messages: false });
  addFormats(ajv);
  for (const [keyword, metaSchema] of Object.entries(PGP_KEYWORDS)) ajv.addKeyword({ keyword, metaSchema });
  ajv.addSchema(base);
  planAjvs.set(key, ajv);
  return ajv;
}

/**
 * Compiles a host's definition with ajv; rejects with DefinitionError('invalid') naming the problem.
 * With `section`, compiles the definition reduced to that plan property when the reduction is
 * exact (see section-schema.ts), else the whole definition.
 */
export function compileDefinition(definition: PlanDefinition, section?: string): StandaloneValidateFunction {
  // The whole definition is compiled first in any case, so a broken definition is rejected with the
  // same message whichever validator the caller asked for.
  const whole = compileWith(planAjv('', basePlanSchema), definition, basePlanSchema);
  if (section === undefined) return whole;

  const reduced = sectionSchemas(definition, basePlanSchema, section);
  if (!reduced) return whole;
  return compileWith(planAjv(section, reduced.basePlanSchema), reduced.definition, reduced.basePlanSchema);
}

function compileWith(ajv: Ajv2020, definition: Schema, base: Schema): StandaloneValidateFunction {
  const id = typeof definition.$id === 'string' ? definition.$id : undefined;
  let validate: StandaloneValidateFunction;
  try {
    // ajv keeps every compiled schema by $id; a second definition with the same $id replaces it.
    if (id && ajv.getSchema(id)) ajv.removeSchema(id);
    validate = ajv.compile(definition) as unknown as StandaloneValidateFunction;
  } catch (error) {
    if (id) ajv.removeSchema(id);
    throw new DefinitionError('invalid', `The plan definition "${id ?? '(no $id)'}" is not a valid JSON Schema: ${(error as Error).message}.`);
  }

  validate.annotations = collectAnnotations(definition, base);
  return validate;
}
