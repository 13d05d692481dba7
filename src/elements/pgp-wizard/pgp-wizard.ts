import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PgpChangeEvent } from '../../events/pgp-change-event.js';
import { PgpDefinitionErrorEvent } from '../../events/pgp-definition-error-event.js';
import { PgpDraftEvent } from '../../events/pgp-draft-event.js';
import { PgpInvalidEvent } from '../../events/pgp-invalid-event.js';
import { PgpStepChangeEvent } from '../../events/pgp-step-change-event.js';
import type { WizardStepId } from '../../events/pgp-step-change-event.js';
import { FormControlElement, VALID } from '../../form/form-control.js';
import type { ControlValidity } from '../../form/form-control.js';
import { ensureLocalization, LangLocaleController } from '../../i18n/localization.js';
import { definitionErrorMessage } from '../../plan/definition.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { Plan, PlanDefinition } from '../../plan/types.js';
import type { PlanError } from '../../validation/types.js';
import type { PgpGoalList } from '../pgp-goal-list/pgp-goal-list.js';
import { DefinitionController } from '../pgp-type-picker/definition-controller.js';
import type { PgpTypePicker } from '../pgp-type-picker/pgp-type-picker.js';
import { DraftChoices } from './draft-choices.js';
import { DraftStorage } from './draft-storage.js';
import type { StoredDraft } from './draft-storage.js';
import type { SummaryItem } from './error-summary.js';
import { nestedElementOf, pushPlanTo, sectionOf } from './nested-elements.js';
import type { NestedElement } from './nested-elements.js';
import { renderNotices } from './notices-template.js';
import { downloadPlan, readPlanFile } from './plan-file.js';
import { copyPlan, isAtOrBelow, isObject, withValueAt } from './plan-edits.js';
import { PlanValidation } from './plan-validation.js';
import type { ReviewView } from './review-template.js';
import { renderStepIndicator } from './step-indicator.js';
import { StepErrors } from './step-errors.js';
import { errorsOfStep, firstStepWithError, stepsFor } from './steps.js';
import { SubmitHandshake } from './submit-handshake.js';
import { wizardStyles } from './pgp-wizard.styles.js';
import { hostStyles } from '../host-styles.js';
import { renderStep } from './wizard-view.js';
import { focusPointer } from './nested-elements.js';

/** Target of the focus move after the next render. */
type FocusTarget = 'heading' | 'summary' | 'notice' | null;

/**
 * A step-by-step form for a whole Professional Growth Plan: an introduction, the plan types, the
 * details those types need, goals and activities, a review with Submit, and a saved step. Inside a
 * `<form>` it submits the plan as JSON text under `name`.
 *
 * @fires pgp-change - The user edited the plan; carries `plan`. Not fired when `plan` is set from script.
 * @fires pgp-step-change - Another step is shown; carries `from` and `to`.
 * @fires pgp-invalid - Next or Submit found problems; carries `step` and `errors`.
 * @fires pgp-draft - About a second after the last edit and on each step change; carries `plan`.
 * @fires pgp-submit - The user submitted a valid plan; call `waitUntil()` with a promise of its save.
 * @fires pgp-definition-error - The definition is missing, unreachable, not JSON or invalid; carries `problem` and `detail`.
 *
 * @csspart wizard - The box around everything the wizard shows.
 * @csspart steps - The step indicator (`<nav>` with an ordered list).
 * @csspart step-item - Each step in the indicator; also `step-current`, `step-completed` or `step-upcoming`.
 * @csspart step - The current step's section.
 * @csspart heading - The current step's heading, which takes focus on each step change.
 * @csspart error-summary - The list of problems shown after a failed Next or Submit.
 * @csspart error-link - Each link in the error summary.
 * @csspart notice - Each message about drafts, storage, import or saving.
 * @csspart intro - The introduction's text.
 * @csspart details - The plan details fields.
 * @csspart fieldset - Each group of details fields.
 * @csspart legend - Each group's label.
 * @csspart field - The wrapper of one label, hint, control and message.
 * @csspart label - Each details field's label.
 * @csspart hint - Each details field's help text.
 * @csspart control - Each details input and select.
 * @csspart error - Each message at a details field.
 * @csspart summary - The `<pgp-plan-summary>` on the review step.
 * @csspart actions - Each row of buttons.
 * @csspart button - Each button; Submit is also `submit`.
 * @csspart toolbar - The Export and Import controls.
 * @csspart alert - The message shown when the definition cannot be used.
 * @csspart loading - The message shown while `definition-src` loads.
 *
 * @cssprop --pgp-font-family - Font of the whole wizard.
 * @cssprop --pgp-font-size - Base font size.
 * @cssprop --pgp-color-text - Text color.
 * @cssprop --pgp-color-muted - Color of hints and upcoming steps.
 * @cssprop --pgp-color-error - Color of messages, invalid fields, the error summary border and alerts.
 * @cssprop --pgp-color-focus - Color of the focus ring.
 * @cssprop --pgp-color-accent - Background of primary buttons and the current step's marker.
 * @cssprop --pgp-color-on-accent - Text color on primary buttons and the current step's marker.
 * @cssprop --pgp-color-border - Color of fieldset, control and notice borders.
 * @cssprop --pgp-color-surface - Background of fieldsets and notices.
 * @cssprop --pgp-border-width - Width of borders.
 * @cssprop --pgp-radius - Corner radius of fieldsets, controls, buttons and notices.
 * @cssprop --pgp-space - Padding inside fieldsets and notices.
 * @cssprop --pgp-option-gap - Space between fields.
 * @cssprop --pgp-focus-ring-width - Width of the focus ring.
 * @cssprop --pgp-legend-font-weight - Font weight of legends and headings.
 */
@localized()
export class PgpWizard extends FormControlElement {
  static override styles = [hostStyles, wizardStyles];

  /** Draft storage; the draft choices use it too. */
  readonly drafts: DraftStorage = new DraftStorage(this, {
    snapshot: () => ({ plan: copyPlan(this.planData), step: this.step }),
    saved: (plan) => this.dispatchEvent(new PgpDraftEvent(plan)),
    changedElsewhere: (draft) => this.choices.conflict(draft),
  });

  private readonly definitionSource = new DefinitionController(this);

  private readonly validation = new PlanValidation();

  private readonly errors = new StepErrors(this.validation);

  private readonly choices = new DraftChoices(this);

  private readonly handshake = new SubmitHandshake(this, {
    saved: () => this.handleSaved(),
    rejected: (errors) => this.showErrors(errors, true),
    unhandled: () => this.handleUnhandledSubmit(),
  });

  private planData: Plan = {};

  private initialPlan: Plan = {};

  /** Set when the plan was replaced as a whole, so the nested element needs it pushed to it. */
  private planReplaced = true;

  /** Whether the user has edited the plan since it was opened, so there is a draft worth saving. */
  private edited = false;

  @state() private currentStep: WizardStepId | null = null;

  private readonly completed = new Set<WizardStepId>();

  private readonly reached = new Set<WizardStepId>();

  @state() private announcement = '';

  private focusTarget: FocusTarget = null;

  private draftOffered = false;

  private warnedUnhandledSubmit = false;

  private reportedValidationFailure = false;

  private ownDefinition: PlanDefinition | undefined;

  private ownDefinitionSrc: string | undefined;

  /** Plan definition as a parsed JSON Schema; takes precedence over `definition-src`. */
  @property({ attribute: false })
  get definition(): PlanDefinition | undefined {
    return this.ownDefinition;
  }

  set definition(definition: PlanDefinition | undefined) {
    const previous = this.ownDefinition;
    this.ownDefinition = definition;
    this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    this.requestUpdate('definition', previous);
  }

  /** URL of the plan definition, fetched as JSON when the `definition` property is not set. */
  @property({ attribute: 'definition-src', reflect: true })
  get definitionSrc(): string | undefined {
    return this.ownDefinitionSrc;
  }

  set definitionSrc(url: string | undefined) {
    const previous = this.ownDefinitionSrc;
    this.ownDefinitionSrc = url ?? undefined;
    this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    this.requestUpdate('definitionSrc', previous);
  }

  /** Starts at the plan type step instead of the introduction. */
  @property({ type: Boolean, attribute: 'skip-intro', reflect: true }) skipIntro = false;

  /** `localStorage` key under which the draft is kept; without it drafts go only to `pgp-draft`. */
  @property({ reflect: true }) autosave: string | null = null;

  /**
   * The plan being edited, as a deep copy. Setting it opens an existing plan (a copy is edited, and
   * properties the wizard does not know are kept); it dispatches no event.
   */
  get plan(): Plan {
    return copyPlan(this.planData);
  }

  set plan(plan: Plan | null | undefined) {
    this.replacePlan(toPlan(plan));
    this.initialPlan = copyPlan(this.planData);
    this.edited = false;
  }

  /** Id of the step shown now: `intro`, `types`, `details`, `goals`, `review` or `done`. */
  get step(): WizardStepId {
    return this.currentStep ?? this.steps()[0];
  }

  constructor() {
    super();
    new LangLocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.definitionSource.started) {
      this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    }
  }

  /**
   * Validates the current step as Submit would, with the rules of a submitted plan. Moves to the
   * next step when it is valid and resolves to whether it moved.
   */
  async next(): Promise<boolean> {
    const step = this.step;
    const steps = this.steps();
    const following = steps[steps.indexOf(step) + 1];
    if (!following || following === 'done' || this.effectivelyDisabled) {
      return false;
    }
    if (!(await this.stepIsValid(step))) {
      return false;
    }
    this.completed.add(step);
    this.showStep(following);
    return true;
  }

  /** Moves to the previous step without validating; nothing entered is lost. */
  back(): void {
    const steps = this.steps();
    const index = steps.indexOf(this.step);
    if (index > 0 && this.step !== 'done') {
      this.showStep(steps[index - 1]);
    }
  }

  /** Moves to a step the user has already reached; returns whether it moved. */
  goTo(step: WizardStepId): boolean {
    if (!this.reached.has(step) || !this.steps().includes(step) || (step === 'done') !== (this.handshake.status === 'saved' && step === 'done')) {
      return false;
    }
    this.showStep(step);
    return true;
  }

  /**
   * Validates the whole plan as it will be once submitted for review and, when it is valid,
   * dispatches `pgp-submit`. Problems take the user to the first step that has one. Does nothing while a submission is pending.
   */
  async submit(): Promise<void> {
    if (this.handshake.pending || this.readonly || this.effectivelyDisabled) {
      return;
    }
    await this.validation.ready;
    const errors = this.validation.submitErrorsOf(this.planData);
    if (errors.length > 0) {
      this.showErrors(errors, false);
      return;
    }
    this.errors.serverErrors = [];
    this.announce(msg('Saving your plan…', { id: 'wizard.submit.savingAnnouncement' }));
    this.handshake.start(copyPlan(this.planData));
  }

  /** Returns the plan on screen without copying it, for the draft choices. */
  currentPlan(): Plan {
    return this.planData;
  }

  /** Opens a stored draft at the step it was saved on. */
  openDraft(draft: StoredDraft): void {
    this.replacePlan(toPlan(draft.plan));
    const steps = this.steps();
    const target = steps.includes(draft.step) && draft.step !== 'done' ? draft.step : steps[0];
    for (const step of steps.slice(0, steps.indexOf(target))) {
      this.completed.add(step);
      this.reached.add(step);
    }
    this.showStep(target);
    this.userEdited(this.planData);
  }

  /** Opens an imported plan at the plan type step. */
  openImported(plan: Plan): void {
    this.replacePlan(toPlan(plan));
    this.showStep(this.steps().includes('types') ? 'types' : this.step);
    this.userEdited(this.planData);
    this.announce(msg('The plan from the file is open.', { id: 'wizard.import.done' }));
  }

  /** Downloads the plan as a `.json` file. */
  exportPlan(): void {
    downloadPlan(copyPlan(this.planData), this.renderRoot);
  }

  focusNotice(): void {
    this.focusTarget = 'notice';
  }

  private steps(): WizardStepId[] {
    return stepsFor(this.planData.planTypes ?? [], this.skipIntro);
  }

  private showStep(to: WizardStepId): void {
    const from = this.step;
    this.reached.add(to);
    this.errors.hideSummary();
    this.requestUpdate();
    if (from === to) {
      return;
    }
    this.currentStep = to;
    this.focusTarget = 'heading';
    this.choices.dismissDeleted();
    this.dispatchEvent(new PgpStepChangeEvent(from, to));
    if (this.edited) {
      this.drafts.saveNow();
    }
  }

  private async stepIsValid(step: WizardStepId): Promise<boolean> {
    if (step === 'intro' || this.readonly) {
      return true;
    }
    await this.validation.ready;
    const errors = errorsOfStep(this.errors.atSubmit(this.planData), step);
    const nested = this.nestedProblemOf(step);
    if (errors.length === 0 && !nested) {
      return true;
    }
    this.reveal(step, nested);
    this.dispatchEvent(new PgpInvalidEvent(step, errors));
    return false;
  }

  private reveal(step: WizardStepId, nested: SummaryItem | null): void {
    this.errors.reveal(step, nested);
    this.focusTarget = 'summary';
    this.requestUpdate();
  }

  // The picker and the goal list run checks of their own (numbers they cannot read, for example).
  // checkValidity() also makes them show their errors, as a failed submit would.
  private nestedProblemOf(step: WizardStepId): SummaryItem | null {
    const nested = nestedElementOf(this.renderRoot, step);
    if (!nested || nested.checkValidity()) {
      return null;
    }
    const pointer = step === 'types' ? '/planTypes' : '/goals';
    const covered = this.errors.atSubmit(this.planData).some((error) => isAtOrBelow(error.instancePath, pointer));
    return covered ? null : { message: nested.validationMessage, pointer };
  }

  /** Shows errors from the validator or the server at the first step that has one. */
  private showErrors(errors: PlanError[], fromServer: boolean): void {
    if (fromServer) {
      this.errors.serverErrors = errors;
      this.planReplaced = true;
    }
    const target = firstStepWithError(errors, this.steps()) ?? 'review';
    this.showStep(target);
    this.reveal(target, null);
    this.dispatchEvent(new PgpInvalidEvent(target, errorsOfStep(errors, target)));
  }

  private handleSaved(): void {
    this.drafts.clear();
    this.edited = false;
    this.completed.add('review');
    this.announce(msg('Your plan is saved.', { id: 'wizard.submit.savedAnnouncement' }));
    this.showStep('done');
  }

  // Without a listener that saves the plan, a wizard in a <form> submits the form, which carries
  // the plan under `name`; outside a form the page has to handle pgp-submit.
  private handleUnhandledSubmit(): void {
    const form = this.form;
    if (form) {
      form.requestSubmit();
      return;
    }
    this.announce(msg('Your plan was handed to this page.', { id: 'wizard.submit.handedAnnouncement' }));
    if (!this.warnedUnhandledSubmit) {
      this.warnedUnhandledSubmit = true;
      console.warn(
        'pgp-wizard: no pgp-submit listener called event.waitUntil(), so the plan was not saved. ' +
          'Listen for pgp-submit and call event.waitUntil() with a promise that settles when the plan is stored, or put the wizard in a <form> with a name.',
      );
    }
  }

  private startNewPlan(): void {
    this.replacePlan({});
    this.initialPlan = {};
    this.completed.clear();
    this.reached.clear();
    this.handshake.reset();
    this.showStep(this.steps()[0]);
    this.userEdited(this.planData);
    this.edited = false;
  }

  private userEdited(plan: Plan): void {
    this.planData = plan;
    this.edited = true;
    this.updateFormValue();
    this.requestUpdate();
    this.dispatchEvent(new PgpChangeEvent(copyPlan(plan)));
    this.drafts.scheduleSave();
  }

  private replacePlan(plan: Plan): void {
    this.planData = plan;
    this.planReplaced = true;
    this.errors.clear();
    this.updateFormValue();
    this.requestUpdate();
  }

  private announce(message: string): void {
    this.announcement = message;
  }

  private handleDetailsInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const pointer = control.dataset.pointer;
    if (pointer) {
      this.errors.dropServerErrors(pointer, false);
      this.userEdited(withValueAt(this.planData, pointer, control.value === '' ? undefined : control.value));
    }
  }

  private handleDetailsFocusOut(event: FocusEvent): void {
    const pointer = (event.target as HTMLElement).dataset?.pointer;
    if (pointer && !this.errors.touched.has(pointer)) {
      this.errors.touched.add(pointer);
      this.requestUpdate();
    }
  }

  private handlePickerInput(event: Event): void {
    this.errors.dropServerErrors('/planTypes', true);
    this.userEdited({ ...this.planData, planTypes: (event.currentTarget as PgpTypePicker).value });
  }

  private handleGoalListInput(event: Event): void {
    this.errors.dropServerErrors('/goals', true);
    this.userEdited({ ...this.planData, goals: (event.currentTarget as PgpGoalList).value as Plan['goals'] });
  }

  private async handleImportChange(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const model = this.readyModel();
    input.value = '';
    if (!file || !model) {
      return;
    }
    await this.validation.ready;
    const result = await readPlanFile(file, model, this.validation.validator);
    if ('problem' in result) {
      this.choices.rejectImport(result.problem);
    } else {
      this.choices.offerImport(result.plan, file.name);
    }
  }

  // A nested element is created anew each time its step is shown, so it gets the plan then, and
  // again whenever the plan is replaced as a whole. Its own input is never set back on it, because
  // setting its value clears what it tracks between edits (touched fields, numbers as typed).
  private readonly attachNested = (element: Element | undefined): void => {
    if (element) {
      this.pushPlanTo(element as NestedElement);
    }
  };

  private pushPlanTo(element: NestedElement): void {
    const model = this.readyModel();
    pushPlanTo(element, this.planData, model ? this.errors.serverMessagesBelow(sectionOf(element), model) : []);
  }

  private readyModel(): DefinitionModel | null {
    const state = this.definitionSource.state;
    return state.status === 'ready' ? state.model : null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.readyModel();
    if (model) {
      this.validation.load(model, () => this.requestUpdate());
    }
    if (changed.has('autosave')) {
      this.drafts.key = this.autosave || null;
    }
    if (!this.draftOffered && this.drafts.key !== null) {
      this.draftOffered = true;
      this.choices.offerStored();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportValidationFailure();
    if (this.planReplaced) {
      this.planReplaced = false;
      const nested = nestedElementOf(this.renderRoot, this.step);
      if (nested) this.pushPlanTo(nested);
    }
    if (this.focusTarget === 'summary') {
      nestedElementOf(this.renderRoot, this.step)?.checkValidity();
    }
    const selectors: Record<Exclude<FocusTarget, null>, string> = { heading: '#step-heading', summary: '.error-summary', notice: '.notices [data-notice]' };
    const target = this.focusTarget;
    this.focusTarget = null;
    if (target) {
      this.renderRoot.querySelector<HTMLElement>(selectors[target])?.focus();
    }
  }

  private reportValidationFailure(): void {
    const failure = this.validation.failure;
    if (failure && !this.reportedValidationFailure && this.definitionSource.state.status === 'ready') {
      this.reportedValidationFailure = true;
      this.dispatchEvent(new PgpDefinitionErrorEvent(failure.problem, failure.detail));
    }
  }

  protected override formValue(): FormData | null {
    if (!this.name) {
      return null;
    }
    const data = new FormData();
    data.append(this.name, JSON.stringify(this.planData));
    return data;
  }

  protected override formState(): string {
    return JSON.stringify(this.planData);
  }

  protected override computeValidity(): ControlValidity {
    const model = this.readyModel();
    const heading = this.shadowRoot?.querySelector<HTMLElement>('#step-heading') ?? undefined;
    if (!model || this.validation.failure) {
      const message = this.validation.failure ? definitionErrorMessage(this.validation.failure) : msg('The plan form is still loading.', { id: 'wizard.validity.loading' });
      return { flags: { customError: true }, message, anchor: heading };
    }
    const first = this.validation.errorsOf(this.planData)[0];
    if (!first) {
      return VALID;
    }
    const problem = this.errors.messageOf(first, model);
    return { flags: { customError: true }, message: msg(str`The plan is not complete: ${problem}`, { id: 'wizard.validity.incomplete' }), anchor: heading };
  }

  protected override resetValue(): void {
    this.replacePlan(copyPlan(this.initialPlan));
    this.edited = false;
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    const text = state instanceof FormData ? state.get(this.name) : state;
    if (typeof text !== 'string') {
      return;
    }
    try {
      this.replacePlan(toPlan(JSON.parse(text)));
    } catch {
      // A state that is not JSON did not come from this element; the plan stays as it is.
    }
  }

  protected override render(): TemplateResult {
    const state = this.definitionSource.state;
    const failure = state.status === 'error' ? state.error : this.validation.failure;
    if (failure) {
      return html`<p class="alert" part="alert" role="alert">${definitionErrorMessage(failure)}</p>`;
    }
    if (state.status !== 'ready') {
      return html`<p class="loading" part="loading" role="status">${msg('Loading the plan form…', { id: 'wizard.loading' })}</p>`;
    }
    return this.renderReady(state.model);
  }

  private renderReady(model: DefinitionModel): TemplateResult {
    const step = this.step;
    const steps = this.steps();
    const saving = this.handshake.pending;

    return html`<div class="wizard" part="wizard" aria-busy=${saving ? 'true' : 'false'}>
      ${renderNotices({
        draftChoice: this.choices.choice,
        storageProblem: this.drafts.problem,
        importProblem: this.choices.importProblem,
        importOffer: this.choices.importOffer,
        formatDate: formatSavedAt,
        act: (action) => this.choices.act(action),
      })}
      ${renderStepIndicator({ steps, current: step, completed: this.completed, goTo: (target) => this.goTo(target) })}
      ${renderStep({
        model,
        plan: this.planData,
        step,
        steps,
        summary: this.errors.summaryStep === step ? this.errors.summaryItems(this.planData, step, model) : null,
        disabled: this.effectivelyDisabled,
        readonly: this.readonly,
        review: this.reviewView(),
        messagesAt: (pointer) => this.errors.messagesAt(pointer, this.planData, model),
        attachNested: this.attachNested,
        focusField: (pointer) => focusPointer(this.renderRoot, this.step, pointer),
        onDetailsInput: (event) => this.handleDetailsInput(event),
        onDetailsFocusOut: (event) => this.handleDetailsFocusOut(event),
        onPickerInput: (event) => this.handlePickerInput(event),
        onGoalListInput: (event) => this.handleGoalListInput(event),
        next: () => void this.next(),
        back: () => this.back(),
      })}
      ${step !== 'done' ? this.renderToolbar() : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private reviewView(): ReviewView {
    return {
      plan: this.planData,
      definition: this.readyModel()?.source ?? {},
      status: this.handshake.status,
      canSubmit: !this.readonly && !this.effectivelyDisabled,
      submit: () => void this.submit(),
      exportPlan: () => this.exportPlan(),
      print: () => window.print(),
      startNew: () => this.startNewPlan(),
    };
  }

  private renderToolbar(): TemplateResult {
    const locked = this.readonly || this.effectivelyDisabled;
    return html`<div class="toolbar" part="toolbar">
      <button type="button" part="button" data-action="export" @click=${() => this.exportPlan()}>${msg('Export the plan as a file', { id: 'wizard.toolbar.export' })}</button>
      <label class="import">
        <span>${msg('Open a plan file (.json)', { id: 'wizard.toolbar.import' })}</span>
        <input type="file" part="control" accept=".json,application/json" ?disabled=${locked} @change=${(event: Event) => void this.handleImportChange(event)} />
      </label>
    </div>`;
  }
}

/** Accepts a plan object; anything else becomes an empty plan, with one warning naming the value. */
function toPlan(value: unknown): Plan {
  if (isObject(value)) {
    return copyPlan(value as Plan);
  }
  if (value !== null && value !== undefined) {
    console.warn(`pgp-wizard: plan must be a plan object such as { "planTypes": ["SELF_INITIATED"] }; got ${JSON.stringify(value)}. The wizard opened an empty plan.`);
  }
  return {};
}

function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const locale = ensureLocalization()?.getLocale() ?? 'en';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
