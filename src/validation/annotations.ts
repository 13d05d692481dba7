// Finds the `x-pgp-message` and `x-pgp-rule` annotations of a definition and of the base plan
// schema it builds on. bin/pgp-elements.js contains the same walk in plain JavaScript for
// precompiled modules; test/node/validation.test.js checks that both give the same index.

import { escapePointerSegment, unescapePointerSegment } from './pointer.js';

export const BASE_PLAN_SCHEMA_ID = 'urn:pgp-elements:plan';

/** A message annotation with every way ajv may report a path inside it. */
export interface MessageAnnotation {
  key: string;
  params: Record<string, unknown>;
  /** Schema paths of the annotated subschema, relative to each root ajv may report from. */
  schemaPaths: string[];
  /** Instance locations the subschema applies to; `*` stands for any array index or key. */
  instancePaths: string[][];
}

export interface RuleAnnotation {
  rule: string;
  /** Where the rule applies; `*` stands for any array index or key. */
  instancePath: string[];
  /** The `x-pgp-params` next to the rule: its settings, such as `{ "hours": 105 }`. */
  params?: Record<string, unknown>;
  /** The `x-pgp-message` next to the rule, else `rule.<name>`. */
  messageKey?: string;
}

export interface AnnotationIndex {
  messages: MessageAnnotation[];
  rules: RuleAnnotation[];
}

type Schema = Record<string, unknown>;

interface Walk {
  documents: Map<string, Schema>;
  messages: Map<string, MessageAnnotation>;
  rules: RuleAnnotation[];
}

// Keywords whose subschemas apply to the same instance location as their parent.
const SAME_LOCATION_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf'];
const SAME_LOCATION_KEYWORDS = ['if', 'then', 'else', 'not'];

/** Builds the annotation index of a definition that builds on the base plan schema. */
export function collectAnnotations(definition: Schema, basePlanSchema: Schema): AnnotationIndex {
  const walk: Walk = {
    documents: new Map([['', definition], [BASE_PLAN_SCHEMA_ID, basePlanSchema]]),
    messages: new Map(),
    rules: [],
  };
  visitSchema(walk, definition, '', '#', [], new Set());

  const messages = [...walk.messages.values()];
  for (const message of messages) message.instancePaths.sort((a, b) => a.join('/').localeCompare(b.join('/')));
  return { messages, rules: walk.rules };
}

function visitSchema(walk: Walk, schema: unknown, documentId: string, schemaPath: string, instancePath: string[], stack: Set<unknown>): void {
  if (!isSchema(schema) || stack.has(schema)) return;
  const innerStack = new Set(stack).add(schema);
  recordAnnotations(walk, schema, documentId, schemaPath, instancePath);

  const visit = (child: unknown, childPath: string, childInstance: string[]) =>
    visitSchema(walk, child, documentId, childPath, childInstance, innerStack);

  for (const [name, child] of Object.entries(asSchema(schema.properties))) {
    visit(child, `${schemaPath}/properties/${escapePointerSegment(name)}`, [...instancePath, name]);
  }
  for (const [pattern, child] of Object.entries(asSchema(schema.patternProperties))) {
    visit(child, `${schemaPath}/patternProperties/${escapePointerSegment(pattern)}`, [...instancePath, '*']);
  }
  visit(schema.additionalProperties, `${schemaPath}/additionalProperties`, [...instancePath, '*']);
  visit(schema.items, `${schemaPath}/items`, [...instancePath, '*']);
  visit(schema.contains, `${schemaPath}/contains`, [...instancePath, '*']);
  asList(schema.prefixItems).forEach((child, index) => visit(child, `${schemaPath}/prefixItems/${index}`, [...instancePath, String(index)]));

  for (const keyword of SAME_LOCATION_LIST_KEYWORDS) {
    asList(schema[keyword]).forEach((child, index) => visit(child, `${schemaPath}/${keyword}/${index}`, instancePath));
  }
  for (const keyword of SAME_LOCATION_KEYWORDS) visit(schema[keyword], `${schemaPath}/${keyword}`, instancePath);

  if (typeof schema.$ref === 'string') {
    const target = resolveReference(walk, schema.$ref, documentId);
    if (target) visitSchema(walk, target.schema, target.documentId, target.schemaPath, instancePath, innerStack);
  }
}

function recordAnnotations(walk: Walk, schema: Schema, documentId: string, schemaPath: string, instancePath: string[]): void {
  const rule = schema['x-pgp-rule'];
  if (typeof rule === 'string' && !walk.rules.some((known) => known.rule === rule && known.instancePath.join('/') === instancePath.join('/'))) {
    const messageKey = typeof schema['x-pgp-message'] === 'string' ? schema['x-pgp-message'] : `rule.${rule}`;
    walk.rules.push({ rule, instancePath, params: asSchema(schema['x-pgp-params']), messageKey });
  }
  if (typeof schema['x-pgp-message'] !== 'string') return;

  const id = `${documentId}${schemaPath}`;
  const existing = walk.messages.get(id);
  if (existing) {
    if (!existing.instancePaths.some((path) => path.join('/') === instancePath.join('/'))) existing.instancePaths.push(instancePath);
    return;
  }
  walk.messages.set(id, {
    key: schema['x-pgp-message'],
    params: asSchema(schema['x-pgp-params']),
    schemaPaths: reportablePaths(walk.documents.get(documentId)!, schemaPath),
    instancePaths: [instancePath],
  });
}

// ajv reports an error inside a $ref-ed subschema relative to the document root when it inlines
// the reference, and relative to the referenced subschema when it compiles it as its own function.
function reportablePaths(document: Schema, schemaPath: string): string[] {
  const paths = new Set([schemaPath]);
  for (const target of localReferenceTargets(document)) {
    if (schemaPath.startsWith(`${target}/`)) paths.add(`#${schemaPath.slice(target.length)}`);
  }
  return [...paths];
}

function localReferenceTargets(schema: unknown, targets = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) schema.forEach((item) => localReferenceTargets(item, targets));
  if (!isSchema(schema)) return targets;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) targets.add(schema.$ref);
  for (const value of Object.values(schema)) localReferenceTargets(value, targets);
  return targets;
}

function resolveReference(walk: Walk, reference: string, documentId: string) {
  const hashIndex = reference.indexOf('#');
  const address = hashIndex === -1 ? reference : reference.slice(0, hashIndex);
  const fragment = hashIndex === -1 ? '' : reference.slice(hashIndex + 1);
  const targetId = address === '' ? documentId : address;
  const document = walk.documents.get(targetId);
  if (!document) return null;

  let schema: unknown = document;
  for (const segment of fragment.split('/').slice(1)) {
    schema = isSchema(schema) ? schema[unescapePointerSegment(segment)] : undefined;
  }
  return schema === undefined ? null : { schema, documentId: targetId, schemaPath: `#${fragment}` };
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asSchema(value: unknown): Schema {
  return isSchema(value) ? value : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
