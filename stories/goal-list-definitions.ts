import type { PlanDefinition } from '../src/index.js';

/**
 * A host definition whose `x-pgp-goal-list` annotation names a goal field the package does not
 * have ("smartGoal" instead of "smart"), so the goal list rejects the definition.
 */
export const misspelledFieldDefinition: PlanDefinition = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:example:stories:misspelled-goal-field:1',
  title: 'County quality improvement plan',
  allOf: [{ $ref: 'urn:pgp-elements:plan' }],
  'x-pgp-goal-list': {
    fields: { QCC_QUALITY_IMPROVEMENT_PLAN: ['qccFocusArea', 'smartGoal'] },
  },
};
