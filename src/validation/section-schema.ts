// Reduces a plan definition, and the base plan schema it builds on, to the keywords that can
// report an error at or below one top-level plan property (a "section", such as `planTypes`).
// A validator compiled from the reduced schemas reports the same errors in that section as the
// full validator, and is much smaller, because it leaves out the code for every other property.
//
// scripts/compile-definitions.mjs runs this module (through esbuild) to precompile the section
// validators of the shipped definitions; runtime.ts runs it for a host's definition.
//
// Only the plan level is reduced: the root, its `allOf` branches, `then`/`else`, `dependentSchemas`
// and `$ref`s to the base plan schema. There the errors of each keyword are independent, so a
// keyword that cannot reach the section can go. The section's own subschema is kept whole. Where
// the outcome of a keyword depends on other properties (`if`, `anyOf`, `oneOf`) and it can reach
// the section, it is kept whole too. The reduction gives up (returns null) when it cannot show
// that the result is exact, and the caller then uses the full validator.

export const BASE_PLAN_SCHEMA_ID = 'urn:pgp-elements:plan';

type Schema = Record<string, unknown>;

/** A definition and base plan schema reduced to one section. */
export interface SectionSchemas {
  definition: Schema;
  basePlanSchema: Schema;
}

// Keywords that never report an error. They are kept so that `$id`, `$defs` and the `x-pgp-`
// annotations, which give errors their message keys, stay where the annotation index expects them.
const ANNOTATION_KEYWORDS = new Set([
  '$schema', '$id', '$anchor', '$comment', '$defs', 'definitions', 'title', 'description',
  'default', 'examples', 'deprecated', 'readOnly', 'writeOnly',
]);

const REFERENCE_TARGET_KEYWORDS = new Set(['$schema', '$id', '$anchor', '$defs', 'definitions']);

// Keywords whose errors are reported at the plan itself, never inside a property. `not` belongs
// here too, because ajv discards the errors of the subschema it negates.
const PLAN_ONLY_KEYWORDS = new Set(['type', 'const', 'enum', 'minProperties', 'maxProperties', 'propertyNames', 'dependentRequired', 'not']);

// Keywords at the plan level whose subschemas also apply at the plan level.
const PLAN_LEVEL_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
const PLAN_LEVEL_KEYWORDS = ['not', 'if', 'then', 'else'];

interface Reduction {
  section: string;
  documents: Map<string, Schema>;
  exact: boolean;
}

/**
 * Returns the definition and the base plan schema reduced to what can report errors at
 * `/<section>` or below, or `null` when the reduction cannot be shown to be exact.
 */
export function sectionSchemas(definition: Schema, basePlanSchema: Schema, section: string): SectionSchemas | null {
  const reduction: Reduction = {
    section,
    documents: new Map([['', definition], [BASE_PLAN_SCHEMA_ID, basePlanSchema]]),
    exact: true,
  };
  const reducedDefinition = reducePlanSchema(reduction, definition, '');
  const reducedBase = reducePlanSchema(reduction, basePlanSchema, BASE_PLAN_SCHEMA_ID);
  if (!reduction.exact || !isSchema(reducedDefinition) || !isSchema(reducedBase)) return null;
  return { definition: reducedDefinition, basePlanSchema: reducedBase };
}

function reducePlanSchema(reduction: Reduction, schema: unknown, documentId: string): unknown {
  if (!isSchema(schema)) return schema;

  // `if` decides between `then` and `else` from the whole plan, so it stays whole when either of
  // them can reach the section, and all three go when neither can.
  const conditionMatters = ['then', 'else'].some((keyword) => mentionsSection(reduction, schema[keyword], documentId, new Set()));

  const reduced: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if ((keyword === 'if' || keyword === 'then' || keyword === 'else') && !conditionMatters) continue;
    const kept = reduceKeyword(reduction, keyword, value, schema, documentId);
    if (kept !== undefined) reduced[keyword] = kept;
  }

  // With no constraint left, the subschema's messages and labels can annotate no error, so only
  // what a reference may point at stays.
  const constrains = Object.keys(reduced).some((keyword) => !keyword.startsWith('x-pgp-') && !ANNOTATION_KEYWORDS.has(keyword));
  if (constrains) return reduced;
  return Object.fromEntries(Object.entries(reduced).filter(([keyword]) => REFERENCE_TARGET_KEYWORDS.has(keyword)));
}

function reduceKeyword(reduction: Reduction, keyword: string, value: unknown, schema: Schema, documentId: string): unknown {
  const section = reduction.section;
  if (keyword.startsWith('x-pgp-') || ANNOTATION_KEYWORDS.has(keyword)) return value;
  if (PLAN_ONLY_KEYWORDS.has(keyword)) return undefined;

  switch (keyword) {
    case 'properties':
      return isSchema(value) && Object.hasOwn(value, section) ? { [section]: keepWhole(reduction, value[section], documentId) } : undefined;
    case 'required':
      return Array.isArray(value) && value.includes(section) ? [section] : undefined;
    case 'patternProperties':
      return reducePatternProperties(reduction, value, documentId);
    case 'additionalProperties':
      return sectionIsListed(schema, section) ? undefined : keepWhole(reduction, value, documentId);
    case 'allOf':
      return Array.isArray(value) ? value.map((branch) => reducePlanSchema(reduction, branch, documentId)) : value;
    case 'then':
    case 'else':
      return reducePlanSchema(reduction, value, documentId);
    case 'dependentSchemas':
      return isSchema(value)
        ? Object.fromEntries(Object.entries(value).map(([name, branch]) => [name, reducePlanSchema(reduction, branch, documentId)]))
        : value;
    case 'if':
      return keepWhole(reduction, value, documentId);
    case 'anyOf':
    case 'oneOf':
      return Array.isArray(value) && value.some((branch) => mentionsSection(reduction, branch, documentId, new Set()))
        ? keepWhole(reduction, value, documentId)
        : undefined;
    case '$ref':
      return reduceReference(reduction, value, documentId);
    default:
      // `unevaluatedProperties`, dynamic references and keywords unknown here depend on more than
      // this walk follows.
      reduction.exact = false;
      return value;
  }
}

function reducePatternProperties(reduction: Reduction, value: unknown, documentId: string): unknown {
  if (!isSchema(value)) return value;
  const matching = Object.entries(value).filter(([pattern]) => patternMatches(reduction, pattern, reduction.section));
  if (matching.length === 0) return undefined;
  return Object.fromEntries(matching.map(([pattern, child]) => [pattern, keepWhole(reduction, child, documentId)]));
}

// A reference at the plan level to a root that is itself reduced (the definition or the base plan
// schema) stays, because its target is reduced the same way. Another plan-level target is dropped
// when it cannot reach the section. Otherwise the reduction gives up, because reducing the target
// in place could change what other references to it see.
function reduceReference(reduction: Reduction, reference: unknown, documentId: string): unknown {
  const target = resolveReference(reduction, reference, documentId);
  if (!target) {
    reduction.exact = false;
    return reference;
  }
  if (target.isRoot) return reference;
  if (!mentionsSection(reduction, target.schema, target.documentId, new Set())) return undefined;

  reduction.exact = false;
  return reference;
}

// Keeps a subschema unchanged, which is exact only when nothing in it refers to a reduced root.
function keepWhole(reduction: Reduction, schema: unknown, documentId: string): unknown {
  if (refersToReducedRoot(reduction, schema, documentId, new Set())) reduction.exact = false;
  return schema;
}

function refersToReducedRoot(reduction: Reduction, schema: unknown, documentId: string, visited: Set<unknown>): boolean {
  if (Array.isArray(schema)) return schema.some((item) => refersToReducedRoot(reduction, item, documentId, visited));
  if (!isSchema(schema) || visited.has(schema)) return false;
  visited.add(schema);

  if (schema.$ref !== undefined) {
    const target = resolveReference(reduction, schema.$ref, documentId);
    if (!target || target.isRoot) return true;
    if (refersToReducedRoot(reduction, target.schema, target.documentId, visited)) return true;
  }
  return Object.entries(schema).some(([keyword, value]) => !isValueKeyword(keyword) && refersToReducedRoot(reduction, value, documentId, visited));
}

/** Tells whether a plan-level subschema can report an error at or below the section. */
function mentionsSection(reduction: Reduction, schema: unknown, documentId: string, visited: Set<unknown>): boolean {
  if (!isSchema(schema) || visited.has(schema)) return false;
  visited.add(schema);
  const section = reduction.section;
  const properties = isSchema(schema.properties) ? schema.properties : {};

  if (Object.hasOwn(properties, section)) return true;
  if (Array.isArray(schema.required) && schema.required.includes(section)) return true;
  if (isSchema(schema.patternProperties) && Object.keys(schema.patternProperties).some((pattern) => patternMatches(reduction, pattern, section))) return true;
  if (schema.additionalProperties !== undefined && !sectionIsListed(schema, section)) return true;
  if (schema.unevaluatedProperties !== undefined || schema.$dynamicRef !== undefined || schema.$recursiveRef !== undefined) return true;

  const planLevel = [
    ...PLAN_LEVEL_LIST_KEYWORDS.flatMap((keyword) => (Array.isArray(schema[keyword]) ? (schema[keyword] as unknown[]) : [])),
    ...PLAN_LEVEL_KEYWORDS.map((keyword) => schema[keyword]),
    ...(isSchema(schema.dependentSchemas) ? Object.values(schema.dependentSchemas) : []),
  ];
  if (planLevel.some((child) => mentionsSection(reduction, child, documentId, visited))) return true;

  if (schema.$ref === undefined) return false;
  const target = resolveReference(reduction, schema.$ref, documentId);
  return !target || mentionsSection(reduction, target.schema, target.documentId, visited);
}

function sectionIsListed(schema: Schema, section: string): boolean {
  const listed = isSchema(schema.properties) && Object.hasOwn(schema.properties, section);
  const patterns = isSchema(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
  return listed || patterns.some((pattern) => safeTest(pattern, section) !== false);
}

function patternMatches(reduction: Reduction, pattern: string, section: string): boolean {
  const matches = safeTest(pattern, section);
  if (matches === undefined) reduction.exact = false;
  return matches !== false;
}

// Returns undefined for a pattern this engine cannot compile, which ajv would reject anyway.
function safeTest(pattern: string, text: string): boolean | undefined {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return undefined;
  }
}

function resolveReference(reduction: Reduction, reference: unknown, documentId: string) {
  if (typeof reference !== 'string') return null;
  const hashIndex = reference.indexOf('#');
  const address = hashIndex === -1 ? reference : reference.slice(0, hashIndex);
  const fragment = hashIndex === -1 ? '' : reference.slice(hashIndex + 1);
  const targetId = address === '' ? documentId : address;
  const document = reduction.documents.get(targetId);
  if (!document || (fragment !== '' && !fragment.startsWith('/'))) return null;

  let schema: unknown = document;
  for (const segment of fragment.split('/').slice(1)) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    schema = isSchema(schema) || Array.isArray(schema) ? (schema as Schema)[key] : undefined;
  }
  return schema === undefined ? null : { schema, documentId: targetId, isRoot: fragment === '' };
}

// The values of these keywords are data, not subschemas, so a `$ref` key inside them is not a reference.
function isValueKeyword(keyword: string): boolean {
  return keyword === 'const' || keyword === 'enum' || keyword === 'default' || keyword === 'examples' || keyword.startsWith('x-pgp-');
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
