import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import type { PgpTypePicker, PlanDefinition } from '../src/index.js';
import registryGeneral from '../schemas/definitions/registry-general.json';
import workforcePathwaysLa from '../schemas/definitions/workforce-pathways-la-2024-25.json';
import { stallFetchOf } from './fetch-stall.js';
import { showSubmittedEntries } from './form-submission.js';
import { invalidDefinition, longTextDefinition } from './host-definitions.js';

/** Definitions a story can pass as the `definition` property, by the name shown in Controls. */
const definitionChoices = {
  'registry-general': registryGeneral,
  'workforce-pathways-la-2024-25': workforcePathwaysLa,
  'host: long text': longTextDefinition,
  'host: invalid': invalidDefinition,
  none: undefined,
} satisfies Record<string, PlanDefinition | undefined>;

type DefinitionChoice = keyof typeof definitionChoices;

interface TypePickerArgs {
  definition: DefinitionChoice;
  definitionSrc: string;
  value: string;
  name: string;
  required: boolean;
  readonly: boolean;
  disabled: boolean;
  customValidity: string;
}

type Story = StoryObj<TypePickerArgs>;

// Served by the static directory that .storybook/main.ts maps to schemas/definitions.
const SERVED_DEFINITION_URL = 'definitions/registry-general.json';

// Nothing is served at this URL. The Loading story keeps every request for it pending.
const STALLED_DEFINITION_URL = 'definitions/loading-forever.json';

// Not among the served definitions, so Storybook returns HTTP 404.
const UNREACHABLE_DEFINITION_URL = 'definitions/not-published.json';

// The listeners are bound in the template, before the element's first update, so the Actions
// panel also shows a pgp-definition-error dispatched by that update.
const logInput = action('input');
const logChange = action('change');
const logDefinitionError = action('pgp-definition-error');

function renderPicker(args: TypePickerArgs): TemplateResult {
  return html`<pgp-type-picker
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    definition-src=${ifDefined(args.definitionSrc || undefined)}
    custom-validity=${ifDefined(args.customValidity || undefined)}
    ?required=${args.required}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    .definition=${definitionChoices[args.definition]}
    @input=${logInput}
    @change=${logChange}
    @pgp-definition-error=${logDefinitionError}
  ></pgp-type-picker>`;
}

function pickerIn(canvasElement: HTMLElement): PgpTypePicker {
  const picker = canvasElement.querySelector('pgp-type-picker');
  if (!picker) {
    throw new Error('The story rendered no <pgp-type-picker>.');
  }
  return picker;
}

/** Shows the picker's validation errors, as a failed form submission would. */
async function reportValidityOf(canvasElement: HTMLElement): Promise<PgpTypePicker> {
  const picker = pickerIn(canvasElement);
  await picker.updateComplete;
  picker.reportValidity();
  await picker.updateComplete;
  return picker;
}

const narrowContainer: Decorator = (story) => html`
  <div style="inline-size: 320px; outline: 1px dashed #767676; outline-offset: 2px">${story()}</div>
`;

const meta: Meta<TypePickerArgs> = {
  title: 'Elements/pgp-type-picker',
  component: 'pgp-type-picker',
  tags: ['autodocs'],
  render: renderPicker,
  args: {
    definition: 'registry-general',
    definitionSrc: '',
    value: '',
    name: 'planTypes',
    required: false,
    readonly: false,
    disabled: false,
    customValidity: '',
  },
  argTypes: {
    definition: {
      description: 'The `definition` property: a parsed plan definition. It takes precedence over `definition-src`.',
      control: 'select',
      options: Object.keys(definitionChoices),
      table: { category: 'properties' },
    },
    definitionSrc: {
      name: 'definition-src',
      description: 'URL of a plan definition, fetched as JSON when the `definition` property is not set.',
      control: 'text',
      table: { category: 'attributes' },
    },
    value: {
      description: 'Selected plan type ids, separated by spaces. The attribute is read as the initial value.',
      control: 'text',
      table: { category: 'attributes' },
    },
    name: {
      description: 'Name under which each selected id is submitted with the form.',
      control: 'text',
      table: { category: 'attributes' },
    },
    required: {
      description: 'Requires at least one plan type.',
      control: 'boolean',
      table: { category: 'attributes' },
    },
    readonly: {
      description: 'Keeps the selection from changing, but the value is still submitted.',
      control: 'boolean',
      table: { category: 'attributes' },
    },
    disabled: {
      description: 'Disables every box, and the value is not submitted.',
      control: 'boolean',
      table: { category: 'attributes' },
    },
    customValidity: {
      name: 'custom-validity',
      description: 'A message from the host or its server, shown at once and cleared when the user changes the selection.',
      control: 'text',
      table: { category: 'attributes' },
    },
  },
};

export default meta;

/** The registry's general definition with nothing selected yet. */
export const Empty: Story = {};

/** Two plan types already chosen, as when a saved plan is opened again. */
export const Prefilled: Story = {
  args: { value: 'SELF_INITIATED EMPLOYER_RECOMMENDED_REQUIRED' },
};

/** The shipped `registry-general` definition: all five plan types, any non-empty set of them. */
export const RegistryGeneralDefinition: Story = {
  args: { definition: 'registry-general', value: 'CTC_PERMIT_UPGRADE_RENEWAL' },
};

/**
 * The shipped `workforce-pathways-la-2024-25` definition. It requires the stipend program type,
 * which carries a "Required by" note.
 */
export const WorkforcePathwaysLaDefinition: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', value: 'STIPEND_PROGRAM_REQUIREMENT' },
};

/** `workforce-pathways-la-2024-25` without the stipend type, after a failed submission. */
export const StipendTypeMissing: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', value: 'SELF_INITIATED' },
  play: async ({ canvasElement }) => {
    const picker = await reportValidityOf(canvasElement);
    await expect(picker.validity.customError).toBe(true);
  },
};

/** A definition loaded through `definition-src`, from a file the server returns as JSON. */
export const DefinitionFromUrl: Story = {
  args: { definition: 'none', definitionSrc: SERVED_DEFINITION_URL, value: 'SELF_INITIATED' },
  play: async ({ canvasElement }) => {
    const picker = pickerIn(canvasElement);
    await waitFor(() => expect(picker.shadowRoot?.querySelectorAll('input[type="checkbox"]').length).toBe(5));
  },
};

/**
 * Required and empty, after a failed submission: the group shows its error and the first box
 * takes focus.
 */
export const RequiredWithErrors: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    const picker = await reportValidityOf(canvasElement);
    await expect(picker.validity.valueMissing).toBe(true);
  },
};

/** A message the host's server returned for this field, set through `custom-validity`. */
export const ServerMessage: Story = {
  args: {
    value: 'EMPLOYER_RECOMMENDED_REQUIRED',
    customValidity: 'Your employer has not confirmed this plan type yet. Clear it, or ask your director to confirm it in the Registry.',
  },
};

/** Read-only: the boxes can be focused but not changed, and the value is still submitted. */
export const ReadOnly: Story = {
  args: { value: 'SELF_INITIATED QCC_QUALITY_IMPROVEMENT_PLAN', readonly: true },
};

/** Disabled: the boxes can be neither focused nor changed, and nothing is submitted. */
export const Disabled: Story = {
  args: { value: 'SELF_INITIATED QCC_QUALITY_IMPROVEMENT_PLAN', disabled: true },
};

/**
 * Inside a plain `<form>`. Submitting writes the form's entries below the buttons instead of
 * leaving the page, and each selected plan type is its own `planTypes` entry. Submitting with
 * nothing selected is blocked, because the picker is required. Reset restores the initial selection.
 */
export const InsideForm: Story = {
  args: { required: true, value: 'SELF_INITIATED' },
  render: (args) => html`
    <form @submit=${showSubmittedEntries}>
      <input type="hidden" name="fiscalYear" value="2024-2025" />
      ${renderPicker(args)}
      <p>
        <button type="submit">Submit</button>
        <button type="reset">Reset</button>
      </p>
      <p>Submitted entries:</p>
      <output style="display: block; white-space: pre-line"></output>
    </form>
  `,
};

/**
 * A value with an id the definition does not offer. The id is kept, shown as an extra box that
 * the user can clear, and reported once in the console as a warning.
 */
export const UnknownIdInValue: Story = {
  args: { value: 'SELF_INITIATED PEER_MENTORING' },
};

/**
 * While `definition-src` loads. The story keeps the request for its URL pending until the story is
 * left, because neither the dev server nor a static build can be set to delay one response.
 */
export const Loading: Story = {
  args: { definition: 'none', definitionSrc: STALLED_DEFINITION_URL },
  beforeEach: () => stallFetchOf(STALLED_DEFINITION_URL),
};

/** Neither the `definition` property nor `definition-src` is set. */
export const MissingDefinition: Story = {
  args: { definition: 'none' },
};

/** A host definition that offers a plan type the package does not know. */
export const InvalidDefinition: Story = {
  args: { definition: 'host: invalid' },
};

/**
 * `definition-src` names a file the server does not have, so it returns HTTP 404. The
 * browser logs the failed request in the console, as it does for any failed fetch.
 */
export const UnreachableDefinition: Story = {
  args: { definition: 'none', definitionSrc: UNREACHABLE_DEFINITION_URL },
};

/** In a 320 px container (dashed outline), the narrowest phone screen the elements support. */
export const Narrow320: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', value: 'STIPEND_PROGRAM_REQUIREMENT', required: true },
  decorators: [narrowContainer],
};

/**
 * A host definition with a very long title and rule message, and a long id it does not offer, in
 * the 320 px container. Plan type titles come from the package, not the definition, so the long
 * text is in the "Required by" note and in the errors.
 */
export const LongText: Story = {
  args: {
    definition: 'host: long text',
    value: 'SELF_INITIATED EMPLOYER_RECOMMENDED_REQUIRED QCC_QUALITY_IMPROVEMENT_PLAN COUNTY_INFANT_TODDLER_MENTOR_PROGRAM_COHORT_2024_ASSISTANT_TEACHER_TRACK',
  },
  decorators: [narrowContainer],
  play: async ({ canvasElement }) => {
    await reportValidityOf(canvasElement);
  },
};

/**
 * Under `lang="es"`, the Language toolbar's Español setting. Until the Spanish messages are
 * translated the text stays in English, and the story shows that switching locale breaks nothing.
 * It is left out of the docs page, where every story shares one active locale.
 */
export const Spanish: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', value: 'SELF_INITIATED', required: true },
  globals: { lang: 'es' },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await reportValidityOf(canvasElement);
  },
};

/**
 * Under `lang="zh-Hant"`, the Language toolbar's Traditional Chinese setting. Until the Traditional
 * Chinese messages are translated the text stays in English, and the story shows that switching
 * locale breaks nothing. It is left out of the docs page, where every story shares one active locale.
 */
export const TraditionalChinese: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', value: 'SELF_INITIATED', required: true },
  globals: { lang: 'zh-Hant' },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await reportValidityOf(canvasElement);
  },
};
