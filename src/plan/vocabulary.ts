// The `x-pgp-` annotations a plan definition may carry. bin/pgp-elements.js registers the same
// list with ajv; schemas/README.md documents each one.

/** Rules that JSON Schema cannot express; `x-pgp-rule` names one and the validation module runs it. */
export const PLAN_RULES = ['consecutive-years'] as const;

export type PlanRuleName = (typeof PLAN_RULES)[number];

/** Every `x-pgp-` keyword with the JSON Schema its value must match. */
export const PGP_KEYWORDS: Record<string, Record<string, unknown>> = {
  'x-pgp-message': { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
  'x-pgp-params': { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
  'x-pgp-messages': { type: 'object', additionalProperties: { type: 'string' } },
  'x-pgp-rule': { enum: [...PLAN_RULES] },
};
