import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/define.js';
import type { PgpEvidenceRequestEvent, PgpGoalList, PgpTypePicker } from '../src/index.js';
import { evidenceListener, evidenceOutcomes, sampleEvidenceFile, UPLOAD_FAILURE_MESSAGE } from './evidence-listeners.js';
import { showSubmittedEntries } from './form-submission.js';
import { definitionChoices, goalChoices, goalListArgTypes } from './goal-list-args.js';
import type { GoalListArgs } from './goal-list-args.js';
import { chooseEvidenceFile, controlOf, goalListIn, reportErrorsOf, screenOf, shownErrors } from './goal-list-play.js';
import type { Goal } from './goal-plans.js';

type Story = StoryObj<GoalListArgs>;

// The listeners are bound in the template, before the element's first update, so the Actions
// panel also shows a pgp-definition-error dispatched by that update.
const logInput = action('input');
const logChange = action('change');
const logDefinitionError = action('pgp-definition-error');
const logEvidenceRequest = action('pgp-evidence-request');

// One listener per outcome for the whole session, so "fails once" remembers which files failed
// across re-renders when a control changes.
const evidenceHandlers = new Map(
  evidenceOutcomes.map((outcome) => {
    const respond = evidenceListener(outcome);
    return [outcome, (event: PgpEvidenceRequestEvent) => {
      logEvidenceRequest(event);
      respond?.(event);
    }];
  }),
);

// Collapses every goal before the element's first update, so a large plan first renders collapsed.
function collapseOnRender(element: Element | undefined): void {
  (element as PgpGoalList | undefined)?.collapseAll();
}

function renderGoalList(args: GoalListArgs): TemplateResult {
  return html`<pgp-goal-list
    name=${ifDefined(args.name || undefined)}
    plan-types=${ifDefined(args.planTypes || undefined)}
    definition-src=${ifDefined(args.definitionSrc || undefined)}
    custom-validity=${ifDefined(args.customValidity || undefined)}
    ?required=${args.required}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    .definition=${definitionChoices[args.definition]}
    .value=${goalChoices[args.value]}
    @input=${logInput}
    @change=${logChange}
    @pgp-definition-error=${logDefinitionError}
    @pgp-evidence-request=${evidenceHandlers.get(args.evidenceUpload)}
    ${ref(args.collapsed ? collapseOnRender : undefined)}
  ></pgp-goal-list>`;
}

const narrowContainer: Decorator = (story) => html`
  <div style="inline-size: 320px; outline: 1px dashed #767676; outline-offset: 2px">${story()}</div>
`;

const meta: Meta<GoalListArgs> = {
  title: 'Elements/pgp-goal-list',
  component: 'pgp-goal-list',
  tags: ['autodocs'],
  render: renderGoalList,
  args: {
    definition: 'registry-general',
    definitionSrc: '',
    value: 'none',
    planTypes: 'SELF_INITIATED',
    name: 'goals',
    required: false,
    readonly: false,
    disabled: false,
    customValidity: '',
    evidenceUpload: 'stores the file',
    collapsed: false,
  },
  argTypes: goalListArgTypes,
};

export default meta;

/** No goals yet, under the registry's general definition. */
export const Empty: Story = {};

/** Two goals with activities, action steps and evidence references, as when a saved plan is opened again. */
export const Prefilled: Story = {
  args: { value: 'two goals', planTypes: 'SELF_INITIATED EMPLOYER_RECOMMENDED_REQUIRED' },
};

/**
 * A self-initiated plan shows only the common goal fields: statement, status, dates, action
 * steps, evidence and activities.
 */
export const SelfInitiatedFields: Story = {
  args: { value: 'two goals', planTypes: 'SELF_INITIATED' },
};

/**
 * A Quality Improvement Plan adds the focus area, the quality element, the five SMART parts and
 * the 6- and 12-month follow-ups to each goal.
 */
export const QccFields: Story = {
  args: { value: 'QCC goals', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
};

/**
 * A permit renewal plan adds the permit level sought to each goal. Under the `ctc-permit-renewal`
 * definition the totals count clock hours against the 105 a renewal needs.
 */
export const CtcFields: Story = {
  args: { definition: 'ctc-permit-renewal', value: 'CTC goals', planTypes: 'CTC_PERMIT_UPGRADE_RENEWAL' },
};

/** The shipped `registry-general` definition with all five plan types: every optional goal field at once. */
export const RegistryGeneralDefinition: Story = {
  args: {
    definition: 'registry-general',
    value: 'QCC goals',
    planTypes: 'SELF_INITIATED EMPLOYER_RECOMMENDED_REQUIRED STIPEND_PROGRAM_REQUIREMENT QCC_QUALITY_IMPROVEMENT_PLAN CTC_PERMIT_UPGRADE_RENEWAL',
  },
};

/** The shipped `workforce-pathways-la-2024-25` definition, which adds no goal fields of its own. */
export const WorkforcePathwaysLaDefinition: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', value: 'two goals', planTypes: 'STIPEND_PROGRAM_REQUIREMENT SELF_INITIATED' },
};

/**
 * The shipped `ctc-permit-renewal` definition at the end of a renewal cycle: 117 clock hours
 * completed, so the totals show that the 105-hour target is reached. The definition's hours and
 * category rules depend on the plan's status, which the goal list does not hold, so they are
 * checked on the whole plan rather than shown here.
 */
export const CtcPermitRenewalDefinition: Story = {
  args: { definition: 'ctc-permit-renewal', value: 'CTC goals, 105 hours reached', planTypes: 'CTC_PERMIT_UPGRADE_RENEWAL' },
  play: async ({ canvasElement }) => {
    const screen = screenOf(goalListIn(canvasElement));
    await expect(await screen.findByText('Completed: 117 of 105 clock hours')).toBeVisible();
    await expect(screen.getByText('Clock hours target reached.')).toBeVisible();
  },
};

/** The shipped `qcc-quality-improvement` definition, which requires two or three goals, with two complete goals. */
export const QccQualityImprovementDefinition: Story = {
  args: { definition: 'qcc-quality-improvement', value: 'QCC goals', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
};

/**
 * One incomplete Quality Improvement Plan goal after `reportValidity()`: each field shows its
 * error and the goal count error shows in the totals. That error, at `/goals`, comes first, so
 * focus moves to the "Add goal" button.
 */
export const ErrorsShown: Story = {
  args: { definition: 'qcc-quality-improvement', value: 'incomplete QCC goal', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
  play: async ({ canvasElement }) => {
    const list = goalListIn(canvasElement);
    await reportErrorsOf(list);

    await expect(controlOf<HTMLSelectElement>(list, 'g-screenings', 'qccFocusArea')).toHaveAttribute('aria-invalid', 'true');
    await expect(controlOf(list, 'g-screenings', 'targetDate')).toHaveAttribute('aria-invalid', 'true');
    await expect(screenOf(list).getByText(/has 2 to 3 goals for the year/)).toBeVisible();
    await expect(shownErrors(list).length).toBeGreaterThan(3);
  },
};

/**
 * "1,500" typed as a credit amount reads as 1500 in English and 1.5 in Spanish, so the field
 * flags it and stores nothing until the user types one of the two.
 */
export const AmbiguousNumber: Story = {
  args: { value: 'goal with an empty amount' },
  play: async ({ canvasElement }) => {
    const list = goalListIn(canvasElement);
    const amount = await waitFor(() => controlOf(list, 'a-first-aid', 'credit.amount'));

    await userEvent.type(amount, '1,500');
    amount.blur();

    await waitFor(() => expect(amount).toHaveAttribute('aria-invalid', 'true'));
    await expect(screenOf(list).getByText(/"1,500" could mean 1500 or 1\.5/)).toBeVisible();
    const [goal] = list.value as Goal[];
    const [activity] = goal.activities as Goal[];
    await expect((activity.credit as Goal).amount).toBeUndefined();
  },
};

/** Pressing "Add goal" adds an empty goal, announces it and moves focus to its statement. */
export const AddingAGoal: Story = {
  args: { value: 'none' },
  play: async ({ canvasElement }) => {
    const list = goalListIn(canvasElement);
    const screen = screenOf(list);

    await userEvent.click(await screen.findByRole('button', { name: 'Add goal' }));

    await expect(await screen.findByRole('button', { name: 'Goal 1' })).toHaveAttribute('aria-expanded', 'true');
    await expect(await screen.findByText('Goal 1 added.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(list.shadowRoot?.activeElement).toBe(screen.getByRole('textbox', { name: 'Goal' })));
    await expect(screen.queryByText('No goals yet.')).toBeNull();
    await expect(list.value).toHaveLength(1);
  },
};

/** Read-only: every field can be read and focused but not changed, and the value is still submitted. */
export const ReadOnly: Story = {
  args: { value: 'two goals', readonly: true },
};

/** Disabled: nothing can be changed or focused, and nothing is submitted. */
export const Disabled: Story = {
  args: { value: 'two goals', disabled: true },
};

/**
 * Inside a plain `<form>`. Submitting writes the form's entries below the buttons instead of
 * leaving the page: the goals arrive as one `goals` entry of JSON text. Reset restores the
 * initial goals.
 */
export const InsideForm: Story = {
  args: { value: 'two goals', required: true },
  render: (args) => html`
    <form @submit=${showSubmittedEntries}>
      <input type="hidden" name="planTypes" value=${args.planTypes} />
      ${renderGoalList(args)}
      <p>
        <button type="submit">Submit</button>
        <button type="reset">Reset</button>
      </p>
      <p>Submitted entries:</p>
      <output style="display: block; white-space: pre-line; overflow-wrap: anywhere"></output>
    </form>
  `,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));

    const output = canvasElement.querySelector('output');
    await waitFor(() => expect(output?.value).toContain('goals = [{"id":"g-observation"'));
  },
};

/** A chosen file while the page's upload promise stays pending: the row shows the upload in progress. */
export const EvidenceUploadPending: Story = {
  args: { value: 'goal without evidence', evidenceUpload: 'stays pending' },
  play: async ({ canvasElement }) => {
    const list = goalListIn(canvasElement);
    await waitFor(() => controlOf(list, 'g-literacy', 'statement'));
    await chooseEvidenceFile(list, 'g-literacy', sampleEvidenceFile());

    await expect(await screenOf(list).findByText('Uploading workshop-certificate.pdf…')).toBeVisible();
  },
};

/**
 * A chosen file whose upload the page rejects with a message: the row shows the message, a Retry
 * button and a button that drops the file.
 */
export const EvidenceUploadFailed: Story = {
  args: { value: 'goal without evidence', evidenceUpload: 'fails' },
  play: async ({ canvasElement }) => {
    const list = goalListIn(canvasElement);
    await waitFor(() => controlOf(list, 'a-storytelling', 'title'));
    await chooseEvidenceFile(list, 'a-storytelling', sampleEvidenceFile());

    const screen = screenOf(list);
    await expect(await screen.findByText(`workshop-certificate.pdf was not uploaded: ${UPLOAD_FAILURE_MESSAGE}`)).toBeVisible();
    await expect(screen.getByRole('button', { name: 'Retry uploading workshop-certificate.pdf' })).toBeVisible();
  },
};

/** A chosen file that the page stores: the reference joins the row's evidence as a link. */
export const EvidenceUploadSucceeded: Story = {
  args: { value: 'goal without evidence', evidenceUpload: 'stores the file' },
  play: async ({ canvasElement }) => {
    const list = goalListIn(canvasElement);
    await waitFor(() => controlOf(list, 'g-literacy', 'statement'));
    await chooseEvidenceFile(list, 'g-literacy', sampleEvidenceFile());

    await expect(await screenOf(list).findByRole('link', { name: 'workshop-certificate.pdf' })).toBeVisible();
    const [goal] = list.value as Goal[];
    await expect(goal.evidence).toEqual([expect.objectContaining({ fileName: 'workshop-certificate.pdf', mediaType: 'application/pdf' })]);
  },
};

/**
 * A plan of 100 goals with 5 activities each, the size the performance budget is measured at.
 * Every goal starts collapsed to its one-line summary. It is left out of the docs page because of
 * its size, and the accessibility panel checks it only when asked: its automatic axe run over
 * this many controls blocks the page for many seconds (about 12 s collapsed in headless Chromium).
 */
export const HundredGoals: Story = {
  args: { value: '100 goals of 5 activities', collapsed: true },
  globals: { a11y: { manual: true } },
  tags: ['!autodocs'],
  render: (args) => html`
    <p>All 100 goals start collapsed. Press "Expand all" above the list to open every goal, or a goal's heading to open one.</p>
    ${renderGoalList(args)}
  `,
};

/** Very long statements, titles, provider names and an unbroken file name. */
export const LongText: Story = {
  args: { value: 'long text' },
};

/** Neither the `definition` property nor `definition-src` is set. */
export const MissingDefinition: Story = {
  args: { definition: 'none', value: 'two goals' },
};

/** A host definition that offers a plan type the package does not know. */
export const InvalidDefinition: Story = {
  args: { definition: 'host: unknown plan type', value: 'two goals' },
};

/** A host definition whose `x-pgp-goal-list` annotation names a goal field that does not exist. */
export const InvalidGoalListAnnotation: Story = {
  args: { definition: 'host: misspelled goal field', value: 'two goals', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
};

/** The `ctc-permit-renewal` definition loaded through `definition-src`, as a host page does. */
export const DefinitionFromUrl: Story = {
  args: { definition: 'none', definitionSrc: 'definitions/ctc-permit-renewal.json', value: 'CTC goals', planTypes: 'CTC_PERMIT_UPGRADE_RENEWAL' },
};

/** A message the host's server returned for the goals, set through `custom-validity`. */
export const ServerMessage: Story = {
  args: {
    value: 'two goals',
    customValidity: 'Your advisor asked for a target date on every goal. Add the missing dates, then submit the plan again.',
  },
};

/** Quality Improvement Plan goals in a 320 px container (dashed outline), the narrowest phone screen the elements support. */
export const Narrow320: Story = {
  args: { value: 'QCC goals', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
  decorators: [narrowContainer],
};

/**
 * The type picker and the goal list as a host page pairs them: the picker's `change` event sets
 * the list's `planTypes`, so the goal fields follow the selected plan types.
 */
export const WithTypePicker: Story = {
  args: { value: 'two goals', planTypes: 'SELF_INITIATED' },
  render: (args) => html`
    <pgp-type-picker
      name="planTypes"
      value=${args.planTypes}
      .definition=${definitionChoices[args.definition]}
      @change=${followPickedTypes}
    ></pgp-type-picker>
    ${renderGoalList(args)}
  `,
  play: async ({ canvasElement }) => {
    const picker = canvasElement.querySelector('pgp-type-picker');
    const list = goalListIn(canvasElement);
    const qccBox = await within(picker?.shadowRoot as unknown as HTMLElement).findByRole('checkbox', { name: /Quality Counts California/ });

    await userEvent.click(qccBox);

    await expect(list.planTypes).toContain('QCC_QUALITY_IMPROVEMENT_PLAN');
    await expect((await screenOf(list).findAllByRole('group', { name: 'SMART goal' })).length).toBe(2);
  },
};

function followPickedTypes(event: Event): void {
  const picker = event.currentTarget as PgpTypePicker;
  const list = picker.parentElement?.querySelector('pgp-goal-list');
  if (list) {
    list.planTypes = picker.value;
  }
}

/**
 * Under `lang="es"`, the Language toolbar's Español setting, after a failed submission. Until the
 * Spanish messages are translated the text stays in English, and the story shows that switching
 * locale breaks nothing. It is left out of the docs page, where every story shares one locale.
 */
export const Spanish: Story = {
  args: { definition: 'qcc-quality-improvement', value: 'incomplete QCC goal', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
  globals: { lang: 'es' },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await reportErrorsOf(goalListIn(canvasElement));
  },
};

/**
 * Under `lang="zh-Hant"`, the Language toolbar's Traditional Chinese setting, after a failed
 * submission. Until the Traditional Chinese messages are translated the text stays in English. It
 * is left out of the docs page, where every story shares one locale.
 */
export const TraditionalChinese: Story = {
  args: { definition: 'qcc-quality-improvement', value: 'incomplete QCC goal', planTypes: 'QCC_QUALITY_IMPROVEMENT_PLAN' },
  globals: { lang: 'zh-Hant' },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    await reportErrorsOf(goalListIn(canvasElement));
  },
};
