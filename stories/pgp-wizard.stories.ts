import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/define.js';
import type { Plan, PgpSubmitEvent, PgpWizard, PlanDefinition } from '../src/index.js';
import registryGeneral from '../schemas/definitions/registry-general.json';
import workforcePathwaysLa from '../schemas/definitions/workforce-pathways-la-2024-25.json';
import qccQualityImprovement from '../schemas/definitions/qcc-quality-improvement.json';
import ctcPermitRenewal from '../schemas/definitions/ctc-permit-renewal.json';
import { invalidDefinition } from './host-definitions.js';
import { ctcPermitRenewalPlan, hundredGoalsPlan, longTextPlan, qccPlan, registryGeneralPlan, workforcePathwaysLaPlan } from './wizard-plans.js';

/** Response of the story's page to `pgp-submit`. */
type SubmitBehaviour = 'saves' | 'rejects with field errors' | 'fails (network)' | 'never settles' | 'nobody listens';

interface WizardArgs {
  definition: 'registry-general' | 'workforce-pathways-la-2024-25' | 'qcc-quality-improvement' | 'ctc-permit-renewal' | 'host: invalid' | 'none';
  step: 'intro' | 'types' | 'details' | 'goals' | 'review';
  plan:
    | 'empty'
    | 'stipend, complete'
    | 'stipend, missing details'
    | 'self-initiated and employer'
    | 'stipend and self-initiated'
    | 'QCC'
    | 'CTC permit renewal'
    | 'long text'
    | '100 goals of 5 activities';
  submit: SubmitBehaviour;
  readonly: boolean;
  disabled: boolean;
}

type Story = StoryObj<WizardArgs>;

const definitions: Record<WizardArgs['definition'], PlanDefinition | undefined> = {
  'registry-general': registryGeneral,
  'workforce-pathways-la-2024-25': workforcePathwaysLa,
  'qcc-quality-improvement': qccQualityImprovement,
  'ctc-permit-renewal': ctcPermitRenewal,
  'host: invalid': invalidDefinition,
  none: undefined,
};

function completeStipendPlan(): Plan {
  return {
    planTypes: ['STIPEND_PROGRAM_REQUIREMENT'],
    fiscalYear: '2024-2025',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' }, contact: { email: 'ana@example.org' } },
    stipend: { programName: 'Workforce Pathways LA', county: 'Los Angeles', pathway: 'EDUCATION_UNITS' },
    goals: [
      {
        id: 'g1',
        statement: 'Complete the infant and toddler care course',
        status: 'IN_PROGRESS',
        activities: [{ id: 'a1', type: 'COLLEGE_COURSE', title: 'CD 110 Infant Care', status: 'PLANNED', credit: { unitType: 'SEMESTER_UNIT', amount: 3 } }],
      },
    ],
  };
}

const plans: Record<WizardArgs['plan'], () => Plan> = {
  empty: () => ({}),
  'stipend, complete': completeStipendPlan,
  'stipend, missing details': () => ({ planTypes: ['STIPEND_PROGRAM_REQUIREMENT'] }),
  'self-initiated and employer': registryGeneralPlan,
  'stipend and self-initiated': workforcePathwaysLaPlan,
  QCC: qccPlan,
  'CTC permit renewal': ctcPermitRenewalPlan,
  'long text': longTextPlan,
  '100 goals of 5 activities': hundredGoalsPlan,
};

const logSubmit = action('pgp-submit');

function answerSubmit(behaviour: SubmitBehaviour) {
  return (event: PgpSubmitEvent) => {
    logSubmit(event.plan);
    switch (behaviour) {
      case 'saves':
        event.waitUntil(new Promise((resolve) => setTimeout(resolve, 800)));
        break;
      case 'rejects with field errors':
        event.waitUntil(Promise.reject({ errors: [{ instancePath: '/participant/registryId', message: 'This Registry ID belongs to another person.' }] }));
        break;
      case 'fails (network)':
        event.waitUntil(Promise.reject(new TypeError('Failed to fetch')));
        break;
      case 'never settles':
        event.waitUntil(new Promise(() => undefined));
        break;
      case 'nobody listens':
        break;
    }
  };
}

function renderWizard(args: WizardArgs): TemplateResult {
  return html`<pgp-wizard
    .definition=${definitions[args.definition]}
    .plan=${plans[args.plan]()}
    ?readonly=${args.readonly}
    ?disabled=${args.disabled}
    @pgp-submit=${answerSubmit(args.submit)}
    @pgp-change=${action('pgp-change')}
    @pgp-step-change=${action('pgp-step-change')}
    @pgp-invalid=${action('pgp-invalid')}
    @pgp-draft=${action('pgp-draft')}
    @pgp-definition-error=${action('pgp-definition-error')}
  ></pgp-wizard>`;
}

async function wizardIn(canvasElement: HTMLElement): Promise<PgpWizard> {
  const wizard = canvasElement.querySelector('pgp-wizard');
  if (!wizard) {
    throw new Error('The story rendered no <pgp-wizard>.');
  }
  await wizard.updateComplete;
  return wizard;
}

/**
 * Returns Testing Library queries over the wizard's shadow root, where its controls live. The
 * queries take a container element, and a shadow root offers the same lookup methods.
 */
function screenOf(wizard: PgpWizard): ReturnType<typeof within> {
  if (!wizard.shadowRoot) {
    throw new Error('The <pgp-wizard> has no shadow root yet.');
  }
  return within(wizard.shadowRoot as unknown as HTMLElement);
}

/** Clicks Next until the wizard shows `step`; Next validates, so the plan must allow it. */
async function advanceTo(wizard: PgpWizard, step: WizardArgs['step']): Promise<void> {
  for (let guard = 0; guard < 6 && wizard.step !== step; guard += 1) {
    const stepBefore = wizard.step;
    await userEvent.click(await screenOf(wizard).findByRole('button', { name: 'Next' }));

    // Next validates first, and the first validation under a definition waits for its validator.
    const moved = await waitFor(() => expect(wizard.step).not.toBe(stepBefore)).then(() => true, () => false);
    await wizard.updateComplete;
    if (!moved) break;
  }
}

/** Opens the review step and clicks "Submit plan", as the user does. */
async function submitFromReview(canvasElement: HTMLElement): Promise<PgpWizard> {
  const wizard = await wizardIn(canvasElement);
  await advanceTo(wizard, 'review');
  await userEvent.click(await screenOf(wizard).findByRole('button', { name: 'Submit plan' }));
  return wizard;
}

/**
 * Returns queries over the section of the current step. Messages such as "Your plan is saved." are
 * also in the wizard's live region, so queries over the whole shadow root find them twice.
 */
function currentStepOf(wizard: PgpWizard): ReturnType<typeof within> {
  const section = wizard.shadowRoot?.querySelector<HTMLElement>('[part~="step"]');
  if (!section) {
    throw new Error('The <pgp-wizard> shows no step section.');
  }
  return within(section);
}

/** Returns the error summary once it is shown, after checking that it took focus. */
async function focusedErrorSummary(wizard: PgpWizard): Promise<HTMLElement> {
  const summary = await screenOf(wizard).findByRole('heading', { name: 'There is a problem' });
  const box = (summary as HTMLElement).closest<HTMLElement>('[part~="error-summary"]');
  await expect(box).toBeVisible();
  await waitFor(() => expect(wizard.shadowRoot?.activeElement).toBe(box));
  return box as HTMLElement;
}

const meta: Meta<WizardArgs> = {
  title: 'Elements/pgp-wizard',
  component: 'pgp-wizard',
  tags: ['autodocs'],
  render: renderWizard,
  args: { definition: 'workforce-pathways-la-2024-25', step: 'intro', plan: 'empty', submit: 'saves', readonly: false, disabled: false },
  argTypes: {
    definition: { control: 'select', options: Object.keys(definitions), description: 'The `definition` property.' },
    plan: { control: 'select', options: Object.keys(plans), description: 'The `plan` property: an existing plan to open.' },
    submit: { control: 'select', options: ['saves', 'rejects with field errors', 'fails (network)', 'never settles', 'nobody listens'], description: 'How the page responds to `pgp-submit`.' },
    step: { control: false, description: 'Step the story moves to with Next.' },
  },
  play: async ({ canvasElement, args }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, args.step);
  },
};

export default meta;

export const Introduction: Story = {};

export const PlanType: Story = { args: { step: 'types' } };

export const Details: Story = { args: { step: 'details', plan: 'stipend, missing details' } };

/** Next on an incomplete details step: the summary takes focus and each field shows its error. */
export const DetailsWithErrors: Story = {
  args: { step: 'details', plan: 'stipend, missing details' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'details');
    await userEvent.click(await screenOf(wizard).findByRole('button', { name: 'Next' }));

    const summary = await focusedErrorSummary(wizard);
    const registryId = screenOf(wizard).getByLabelText('Registry ID');
    await expect(registryId).toHaveAttribute('aria-invalid', 'true');
    await expect(registryId).toHaveAccessibleDescription(expect.stringContaining('Error:'));

    const firstLink = within(summary).getAllByRole('link')[0];
    await userEvent.click(firstLink);
    await waitFor(() => expect(wizard.shadowRoot?.activeElement).toHaveAttribute('aria-invalid', 'true'));
  },
};

/**
 * Opens the details step and presses Next, so the error summary and the field errors show. The
 * controls are found by their `data-action` and `part`, not their English names, so it works in
 * every locale.
 */
async function showDetailsErrors({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const wizard = await wizardIn(canvasElement);
  for (let guard = 0; guard < 2 && wizard.step !== 'details'; guard += 1) {
    await wizard.next();
  }
  await wizard.updateComplete;
  await expect(wizard.step).toBe('details');

  const next = wizard.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="next"]');
  await userEvent.click(next as HTMLButtonElement);
  await waitFor(() => expect(wizard.shadowRoot?.activeElement).toHaveAttribute('part', expect.stringContaining('error-summary')));
}

export const Goals: Story = { args: { step: 'goals', plan: 'stipend, complete' } };

export const Review: Story = { args: { step: 'review', plan: 'stipend, complete' } };

/** Submit while the page is still saving: the button reads "Saving…" and is aria-disabled. */
export const Saving: Story = {
  args: { plan: 'stipend, complete', submit: 'never settles' },
  play: async ({ canvasElement }) => {
    const wizard = await submitFromReview(canvasElement);
    const submit = await screenOf(wizard).findByRole('button', { name: 'Saving…' });
    await expect(submit).toHaveAttribute('aria-disabled', 'true');
    await expect(wizard.shadowRoot?.querySelector('[part~="wizard"]')).toHaveAttribute('aria-busy', 'true');
  },
};

export const Saved: Story = {
  args: { plan: 'stipend, complete', submit: 'saves' },
  play: async ({ canvasElement }) => {
    const wizard = await submitFromReview(canvasElement);
    await waitFor(() => expect(wizard.step).toBe('done'), { timeout: 3000 });
    await expect(currentStepOf(wizard).getByText('Your plan is saved.')).toBeVisible();
    await expect(currentStepOf(wizard).getByRole('button', { name: 'Start a new plan' })).toBeVisible();
  },
};

/** The page rejects the save with a field error: it appears at the field and in the summary. */
export const RejectedByServer: Story = {
  args: { plan: 'stipend, complete', submit: 'rejects with field errors' },
  play: async ({ canvasElement }) => {
    const wizard = await submitFromReview(canvasElement);
    const serverMessage = 'This Registry ID belongs to another person.';

    const summary = await focusedErrorSummary(wizard);
    await expect(within(summary).getByRole('link', { name: serverMessage })).toBeVisible();

    const registryId = screenOf(wizard).getByLabelText('Registry ID');
    await expect(registryId).toHaveAttribute('aria-invalid', 'true');
    await expect(registryId).toHaveAccessibleDescription(expect.stringContaining(serverMessage));
    await expect(registryId).toHaveValue('100123456');
  },
};

/** The save fails for another reason: a "not saved" alert with Retry, and the plan is kept. */
export const NotSaved: Story = {
  args: { plan: 'stipend, complete', submit: 'fails (network)' },
  play: async ({ canvasElement }) => {
    const wizard = await submitFromReview(canvasElement);
    const alert = await screenOf(wizard).findByRole('alert');
    await expect(alert).toHaveTextContent('Not saved. Check your connection and try again.');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(screenOf(wizard).getByRole('button', { name: 'Submit plan' })).toBeEnabled();
    await expect(wizard.plan).toEqual(completeStipendPlan());
  },
};

export const HandedToPage: Story = {
  args: { plan: 'stipend, complete', submit: 'nobody listens' },
  play: async ({ canvasElement }) => {
    const wizard = await submitFromReview(canvasElement);
    const status = await waitFor(() => currentStepOf(wizard).getByText(/Your plan was handed to this page/));
    await expect(status).toBeVisible();
    await expect(status).toHaveAttribute('role', 'status');
  },
};

export const DraftOffer: Story = {
  render: (args) => {
    localStorage.setItem('story-draft', JSON.stringify({ plan: completeStipendPlan(), step: 'goals', savedAt: '2025-02-03T16:30:00Z' }));
    return html`<pgp-wizard autosave="story-draft" .definition=${definitions[args.definition]}></pgp-wizard>`;
  },
  play: async () => undefined,
};

export const Readonly: Story = { args: { step: 'review', plan: 'stipend, complete', readonly: true } };

/** A host definition that offers a plan type the package does not know: the wizard shows what is wrong instead of the steps. */
export const DefinitionError: Story = { args: { definition: 'host: invalid' }, play: async () => undefined };

export const Narrow: Story = {
  args: { step: 'details', plan: 'stipend, missing details' },
  decorators: [(story) => html`<div style="inline-size: 320px; outline: 1px dashed #767676; outline-offset: 2px">${story()}</div>`],
};

/** Disabled on the details step: no field or button can be used or focused, and Next does nothing. */
export const Disabled: Story = {
  args: { step: 'details', plan: 'stipend, complete' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'details');
    wizard.toggleAttribute('disabled', true);
    await wizard.updateComplete;

    const screen = screenOf(wizard);
    await expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await expect(screen.getByLabelText('Registry ID')).toBeDisabled();
    await expect(await wizard.next()).toBe(false);
    await expect(wizard.step).toBe('details');
  },
};

/** The shipped `registry-general` definition, which offers every plan type: a self-initiated plan the employer also asked for. */
export const RegistryGeneralDefinition: Story = {
  args: { definition: 'registry-general', step: 'details', plan: 'self-initiated and employer' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'details');
    await expect(currentStepOf(wizard).getByRole('group', { name: 'Your employer' })).toBeVisible();
  },
};

/** The shipped `workforce-pathways-la-2024-25` definition, which requires the stipend program type. */
export const WorkforcePathwaysLaDefinition: Story = {
  args: { definition: 'workforce-pathways-la-2024-25', step: 'details', plan: 'stipend and self-initiated' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'details');
    await expect(currentStepOf(wizard).getByRole('group', { name: 'Stipend program' })).toBeVisible();
  },
};

/** The shipped `qcc-quality-improvement` definition: a Quality Improvement Plan requires the site and its coach. */
export const QccQualityImprovementDefinition: Story = {
  args: { definition: 'qcc-quality-improvement', step: 'details', plan: 'QCC' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'details');
    await expect(currentStepOf(wizard).getByRole('group', { name: 'Quality Counts California site' })).toBeVisible();
  },
};

/** The shipped `ctc-permit-renewal` definition: a permit renewal plan requires the advisor and the permit held. */
export const CtcPermitRenewalDefinition: Story = {
  args: { definition: 'ctc-permit-renewal', step: 'details', plan: 'CTC permit renewal' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'details');
    const step = currentStepOf(wizard);
    await expect(step.getByRole('group', { name: 'Your professional growth advisor' })).toBeVisible();
    await expect(step.getByRole('group', { name: 'Your Child Development Permit' })).toBeVisible();
  },
};

/** Very long names, e-mail address, goal statement, activity titles and an unbroken file name, on the review step. */
export const LongText: Story = {
  args: { definition: 'registry-general', step: 'review', plan: 'long text' },
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'review');
    await expect(wizard.step).toBe('review');
  },
};

/**
 * A plan of 100 goals with 5 activities each, on the goals step: the size the performance budget
 * is measured at. It is left out of the docs page because of its size, and the accessibility panel
 * checks it only when asked: its automatic axe run over this many controls blocks the page for
 * longer than a story test may take.
 */
export const HundredGoals: Story = {
  args: { definition: 'registry-general', step: 'goals', plan: '100 goals of 5 activities' },
  globals: { a11y: { manual: true } },
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const wizard = await wizardIn(canvasElement);
    await advanceTo(wizard, 'goals');
    await expect(wizard.step).toBe('goals');
  },
};

/** Neither the `definition` property nor `definition-src` is set: the wizard shows which one to set. */
export const MissingDefinition: Story = { args: { definition: 'none' }, play: async () => undefined };

/**
 * Under `lang="es"`, the Language toolbar's Español setting, after Next on an incomplete details
 * step: the steps, buttons and error messages in Spanish. It is left out of the docs page, where
 * every story shares one locale.
 */
export const Spanish: Story = {
  args: { step: 'details', plan: 'stipend, missing details' },
  globals: { lang: 'es' },
  tags: ['!autodocs'],
  play: showDetailsErrors,
};

/**
 * Under `lang="zh-Hant"`, the Language toolbar's Traditional Chinese setting, after Next on an
 * incomplete details step. It is left out of the docs page, where every story shares one locale.
 */
export const TraditionalChinese: Story = {
  args: { step: 'details', plan: 'stipend, missing details' },
  globals: { lang: 'zh-Hant' },
  tags: ['!autodocs'],
  play: showDetailsErrors,
};
