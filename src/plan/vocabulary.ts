// The `x-pgp-` annotations a plan definition may carry. bin/pgp-elements.js registers the same
// list with ajv; test/node/validation-programs.test.js checks that both lists are equal, and
// schemas/README.md documents each one.

/** Rules that JSON Schema cannot express; `x-pgp-rule` names one and the validation module runs it. */
export const PLAN_RULES = [
  'consecutive-years',
  'date-order',
  'dates-within-cycle',
  'min-distinct-categories',
  'min-total-hours',
  'min-total-units',
] as const;

export type PlanRuleName = (typeof PLAN_RULES)[number];

const CREDIT_UNIT_TYPES = ['CLOCK_HOUR', 'SEMESTER_UNIT', 'QUARTER_UNIT', 'CEU'];

// A param is a plain value, a list of ids (such as plan statuses) or a table of numbers (such as
// hours per credit unit).
const PARAM_VALUE = {
  anyOf: [
    { type: ['string', 'number', 'boolean'] },
    { type: 'array', items: { type: 'string' } },
    { type: 'object', additionalProperties: { type: 'number' } },
  ],
};

const NON_NEGATIVE_NUMBER = { type: 'number', minimum: 0 };

/** The value of `x-pgp-goal-list`: what `<pgp-goal-list>` shows. Every member is optional. */
export const GOAL_LIST_META_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    fields: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' }, uniqueItems: true } },
    extraFields: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    hoursPerUnit: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(CREDIT_UNIT_TYPES.map((unitType) => [unitType, NON_NEGATIVE_NUMBER])),
    },
    hoursTarget: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['hours'],
      properties: { hours: NON_NEGATIVE_NUMBER },
    },
    unitsTarget: {
      type: ['object', 'null'],
      additionalProperties: false,
      required: ['units'],
      properties: { units: NON_NEGATIVE_NUMBER, unitType: { enum: ['SEMESTER_UNIT', 'QUARTER_UNIT'] } },
    },
    goalCount: {
      type: ['object', 'null'],
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 0 }, max: { type: 'integer', minimum: 0 } },
    },
    followUpCheckpoints: { type: 'array', items: { enum: ['MONTH_6', 'MONTH_12', 'OTHER'] }, uniqueItems: true },
  },
};

/**
 * The value of `x-pgp-i18n`: a definition's own translations, keyed by the locale code the elements
 * use, each with the definition's `title` and the text of its `x-pgp-message` keys.
 */
export const I18N_META_SCHEMA = {
  type: 'object',
  propertyNames: { enum: ['en', 'es', 'zh-Hant'] },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    properties: {
      title: { type: 'string' },
      messages: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
};

/** Every `x-pgp-` keyword with the JSON Schema its value must match. */
export const PGP_KEYWORDS: Record<string, Record<string, unknown>> = {
  'x-pgp-message': { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
  'x-pgp-params': { type: 'object', additionalProperties: PARAM_VALUE },
  'x-pgp-messages': { type: 'object', additionalProperties: { type: 'string' } },
  'x-pgp-rule': { enum: [...PLAN_RULES] },
  'x-pgp-goal-list': GOAL_LIST_META_SCHEMA,
  'x-pgp-i18n': I18N_META_SCHEMA,
};
