// The error a definition's required plan type gives, built without running the validator, so an
// element can show it at once and in the same words as the validator and the server.
import type { DefinitionModel } from '../plan/definition.js';
import type { PlanError } from './types.js';

/**
 * Returns the PlanError that validation reports when `typeId`, a plan type the definition requires
 * (its `contains` rule), is not selected: keyword `contains` at `/planTypes`, with the rule's
 * `x-pgp-message` key and `x-pgp-params`. `errorMessage()` gives it the validator's text.
 */
export function requiredTypeError(model: DefinitionModel, typeId: string): PlanError {
  const source = model.source as Record<string, unknown>;
  const branches = Array.isArray(source.allOf) ? source.allOf : [];
  const candidates: { schema: Record<string, unknown>; schemaPath: string }[] = [
    { schema: source, schemaPath: '#' },
    ...branches.map((schema, index) => ({ schema: schema as Record<string, unknown>, schemaPath: `#/allOf/${index}` })),
  ];

  for (const { schema, schemaPath } of candidates) {
    const planTypes = isRecord(schema) && isRecord(schema.properties) ? schema.properties.planTypes : undefined;
    if (!isRecord(planTypes) || !isRecord(planTypes.contains) || planTypes.contains.const !== typeId) continue;

    // The innermost annotated subschema gives the key, as in the validator's error mapping.
    const rule = typeof planTypes['x-pgp-message'] === 'string' ? planTypes : schema;
    const messageKey = typeof rule['x-pgp-message'] === 'string' ? rule['x-pgp-message'] : 'contains';
    const ruleParams = isRecord(rule['x-pgp-params']) ? rule['x-pgp-params'] : {};
    return {
      instancePath: '/planTypes',
      keyword: 'contains',
      params: { minContains: 1, ...ruleParams },
      messageKey,
      schemaPath: `${schemaPath}/properties/planTypes/contains`,
    };
  }
  throw new TypeError(`The plan definition "${model.id}" does not require the plan type "${typeId}"; it requires ${JSON.stringify(model.requiredPlanTypes)}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
