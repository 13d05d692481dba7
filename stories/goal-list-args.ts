// Controls of the <pgp-goal-list> stories: the definitions and goals a story can choose by name,
// and the args table that documents each attribute and property.
import type { ArgTypes } from '@storybook/web-components-vite';
import type { PlanDefinition } from '../src/index.js';
import ctcPermitRenewal from '../schemas/definitions/ctc-permit-renewal.json';
import qccQualityImprovement from '../schemas/definitions/qcc-quality-improvement.json';
import registryGeneral from '../schemas/definitions/registry-general.json';
import workforcePathwaysLa from '../schemas/definitions/workforce-pathways-la-2024-25.json';
import { evidenceOutcomes } from './evidence-listeners.js';
import type { EvidenceOutcome } from './evidence-listeners.js';
import { misspelledFieldDefinition } from './goal-list-definitions.js';
import { ctcGoals, ctcGoalsCompleted, goalWithEmptyAmount, goalWithoutEvidence, incompleteQccGoal, longTextGoals, manyGoals, qccGoals, twoGoals } from './goal-plans.js';
import type { Goal } from './goal-plans.js';
import { invalidDefinition } from './host-definitions.js';

/** Definitions a story can pass as the `definition` property, by the name shown in Controls. */
export const definitionChoices = {
  'registry-general': registryGeneral,
  'workforce-pathways-la-2024-25': workforcePathwaysLa,
  'ctc-permit-renewal': ctcPermitRenewal,
  'qcc-quality-improvement': qccQualityImprovement,
  'host: unknown plan type': invalidDefinition,
  'host: misspelled goal field': misspelledFieldDefinition,
  none: undefined,
} satisfies Record<string, PlanDefinition | undefined>;

/** Goals a story can pass as the `value` property, by the name shown in Controls. */
export const goalChoices = {
  none: [],
  'two goals': twoGoals,
  'QCC goals': qccGoals,
  'CTC goals': ctcGoals,
  'CTC goals, 105 hours reached': ctcGoalsCompleted,
  'incomplete QCC goal': incompleteQccGoal,
  'goal with an empty amount': goalWithEmptyAmount,
  'goal without evidence': goalWithoutEvidence,
  'long text': longTextGoals,
  '100 goals of 5 activities': manyGoals(100, 5),
} satisfies Record<string, Goal[]>;

/** Args of the goal list stories. `definition` and `value` are keys of the two tables above. */
export interface GoalListArgs {
  definition: keyof typeof definitionChoices;
  definitionSrc: string;
  value: keyof typeof goalChoices;
  planTypes: string;
  name: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  customValidity: string;
  evidenceUpload: EvidenceOutcome;
  collapsed: boolean;
}

/** Rows of the Controls table: the element's attributes and properties, and two settings of the story. */
export const goalListArgTypes: Partial<ArgTypes<GoalListArgs>> = {
  definition: {
    description: 'The `definition` property: a parsed plan definition. It takes precedence over `definition-src`.',
    control: 'select',
    options: Object.keys(definitionChoices),
    table: { category: 'properties' },
  },
  value: {
    description: 'The `value` property: the goals array. The `value` attribute takes the same array as JSON text.',
    control: 'select',
    options: Object.keys(goalChoices),
    table: { category: 'properties' },
  },
  definitionSrc: {
    name: 'definition-src',
    description: 'URL of a plan definition, fetched as JSON when the `definition` property is not set.',
    control: 'text',
    table: { category: 'attributes' },
  },
  planTypes: {
    name: 'plan-types',
    description: 'Selected plan type ids, separated by spaces. They decide which goal fields are shown.',
    control: 'text',
    table: { category: 'attributes' },
  },
  name: {
    description: 'Name of the one form entry the list submits: the JSON text of the goals array.',
    control: 'text',
    table: { category: 'attributes' },
  },
  required: {
    description: 'Requires at least one goal.',
    control: 'boolean',
    table: { category: 'attributes' },
  },
  readonly: {
    description: 'Keeps the goals from changing, but the value is still submitted.',
    control: 'boolean',
    table: { category: 'attributes' },
  },
  disabled: {
    description: 'Disables every control, and the value is not submitted.',
    control: 'boolean',
    table: { category: 'attributes' },
  },
  customValidity: {
    name: 'custom-validity',
    description: 'A message from the host or its server, shown at once and cleared when the user edits a goal.',
    control: 'text',
    table: { category: 'attributes' },
  },
  evidenceUpload: {
    name: 'evidence upload',
    description: 'How the page responds to `pgp-evidence-request` when a file is chosen as evidence.',
    control: 'select',
    options: evidenceOutcomes,
    table: { category: 'story' },
  },
  collapsed: {
    description: 'Calls `collapseAll()` when the story renders, so every goal shows as its one-line summary. Clearing it expands nothing: press "Expand all".',
    control: 'boolean',
    table: { category: 'story' },
  },
};
