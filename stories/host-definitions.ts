// Plan definitions that a host site might write, for the stories that need something other than
// the shipped definitions. Neither has a precompiled validator, so ajv compiles them at run time.
import type { PlanDefinition } from '../src/index.js';

const BASE_PLAN = { $ref: 'urn:pgp-elements:plan' };

/**
 * A definition with a very long title and a very long rule message. The title appears in the
 * "Required by" note and in the missing-type message. The rule message appears when more than two
 * types are selected.
 */
export const longTextDefinition: PlanDefinition = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:example:stories:long-text:1',
  title:
    'Early Learning and Care Workforce Retention, Professional Growth and Career Advancement Stipend ' +
    'Program of the Northern, Central Valley and Sierra Foothill Counties Partnership, Fiscal Year 2024-2025',
  allOf: [
    BASE_PLAN,
    {
      type: 'object',
      properties: { planTypes: { contains: { const: 'STIPEND_PROGRAM_REQUIREMENT' } } },
    },
    {
      'x-pgp-message': 'partnership.atMostTwoTypes',
      type: 'object',
      properties: { planTypes: { maxItems: 2 } },
    },
  ],
  'x-pgp-messages': {
    'partnership.atMostTwoTypes':
      'Select no more than two plan types for the partnership stipend application. The partnership reviews ' +
      'each plan type separately, and applications with three or more types take longer to approve, which can ' +
      'delay your stipend payment past the end of the fiscal year. If you need a Quality Counts California plan ' +
      'or a Child Development Permit plan as well, start a second plan for it after this one is approved.',
  },
};

/** A definition that offers a plan type the package does not know, so the element rejects it. */
export const invalidDefinition: PlanDefinition = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:example:stories:unknown-plan-type:1',
  title: 'County peer mentoring plan',
  allOf: [
    BASE_PLAN,
    {
      type: 'object',
      properties: { planTypes: { items: { enum: ['SELF_INITIATED', 'PEER_MENTORING'] } } },
    },
  ],
};
