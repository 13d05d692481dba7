import { nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg } from '@lit/localize';
import { PgpDefinitionErrorEvent } from '../../events/pgp-definition-error-event.js';
import type { EvidenceUpload } from '../../events/pgp-evidence-request-event.js';
import { FormControlElement } from '../../form/form-control.js';
import type { ControlValidity } from '../../form/form-control.js';
import { splitList } from '../../form/form-value.js';
import { ensureLocalization, LangLocaleController } from '../../i18n/localization.js';
import { DefinitionError, definitionErrorMessage } from '../../plan/definition.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { PlanDefinition } from '../../plan/types.js';
import { errorMessage } from '../../validation/messages.js';
import type { PlanError } from '../../validation/types.js';
import { DefinitionController } from '../pgp-type-picker/definition-controller.js';
import { html } from './compact-html.js';
import { OptionLists } from './choice-options.js';
import { editFromControl, storedValue } from './control-edits.js';
import type { FieldControl } from './control-edits.js';
import { EvidenceUploads } from './evidence-uploads.js';
import type { EvidenceTarget } from './evidence-uploads.js';
import type { FieldContext } from './field-templates.js';
import { appendChild, isRow, rowKey, updateChild, withId } from './goal-edits.js';
import type { Row } from './goal-edits.js';
import { renderGoal } from './goal-row.js';
import { GOAL_LIST_ANNOTATION, readGoalListSettings, visibleGoalFields } from './goal-settings.js';
import type { GoalListSettings, OptionalGoalField } from './goal-settings.js';
import { computeTotals } from './goal-totals.js';
import { goalListStyles } from './pgp-goal-list.styles.js';
import { hostStyles } from '../host-styles.js';
import { ListActions } from './list-actions.js';
import type { GoalRow } from './list-actions.js';
import { goalIndexOf, goalsJson, normalizeGoals, numberFormat, numberProblem, parseGoalsJson, splitFieldKey } from './goal-list-values.js';
import { compareGoalErrors, GoalValidation } from './goal-validation.js';
import { renderTotals } from './totals-template.js';

const listConverter = {
  fromAttribute: (text: string | null): string[] => splitList(text),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};

/** How long typing must pause before the whole list is validated again, in milliseconds. */
const VALIDATION_PAUSE_MS = 400;

const jsonConverter = {
  fromAttribute: (text: string | null): unknown[] => parseGoalsJson(text),
};

type ReadySettings = { settings: GoalListSettings } | { error: DefinitionError };

/**
 * The goals of a Professional Growth Plan, with their activities, action steps, follow-ups and
 * evidence, as a definition and the selected plan types ask for. It takes part in a `<form>` like
 * a native control: the goals array is submitted as one JSON entry under `name`.
 *
 * @fires input - The user changed a field or added, removed or moved a row (bubbles, composed). Not fired for changes from script.
 * @fires change - The user committed a change (bubbles, composed). Not fired for changes from script.
 * @fires pgp-evidence-request - The user chose an evidence file; call `waitUntil()` with a promise of its stored reference.
 * @fires pgp-definition-error - The definition is missing, unreachable, not JSON or invalid; carries `problem` and `detail`.
 *
 * @csspart goal - Each goal, in the list of goals.
 * @csspart goal-heading - The heading of each goal, holding its disclosure button.
 * @csspart disclosure - The button that collapses and expands a goal.
 * @csspart summary - The one-line summary of a collapsed goal.
 * @csspart field - The wrapper of one label, control and message.
 * @csspart label - Each field's label.
 * @csspart control - Each text input, date input, textarea and select.
 * @csspart checkbox - Each checkbox.
 * @csspart file - Each evidence file input.
 * @csspart button - Each button: add, remove, move, retry, expand and collapse.
 * @csspart add - The buttons that add a goal, activity, action step or follow-up.
 * @csspart row-actions - The move and remove buttons of a row.
 * @csspart smart - The fieldset of the five SMART parts.
 * @csspart steps - The fieldset of a goal's action steps.
 * @csspart step - One action step.
 * @csspart follow-ups - The fieldset of a goal's follow-ups.
 * @csspart follow-up - One follow-up.
 * @csspart evidence - The fieldset of a goal's or activity's evidence.
 * @csspart evidence-item - One stored evidence reference.
 * @csspart activities - The section of a goal's activities.
 * @csspart activity - One activity.
 * @csspart credit - The fieldset of an activity's credit amount and unit.
 * @csspart hours - The clock hours an activity counts for.
 * @csspart totals - The totals of hours, units and goals.
 * @csspart error - Each validation message.
 * @csspart alert - The message shown when the definition cannot be used.
 * @csspart loading - The message shown while `definition-src` loads.
 *
 * @cssprop --pgp-font-family - Font of the whole control.
 * @cssprop --pgp-font-size - Base font size.
 * @cssprop --pgp-color-text - Text color.
 * @cssprop --pgp-color-muted - Color of hints and summaries.
 * @cssprop --pgp-color-error - Color of validation messages, invalid fields and the alert border.
 * @cssprop --pgp-color-focus - Color of the focus ring.
 * @cssprop --pgp-color-accent - Checkbox accent color.
 * @cssprop --pgp-color-border - Color of goal, fieldset and control borders.
 * @cssprop --pgp-color-surface - Background of each goal.
 * @cssprop --pgp-border-width - Width of goal and fieldset borders.
 * @cssprop --pgp-radius - Corner radius of goals, fieldsets, controls and the alert.
 * @cssprop --pgp-space - Padding inside each goal.
 * @cssprop --pgp-option-gap - Space between fields.
 * @cssprop --pgp-checkbox-size - Width and height of each checkbox.
 * @cssprop --pgp-focus-ring-width - Width of the focus ring.
 * @cssprop --pgp-legend-font-weight - Font weight of headings and legends.
 */
@localized()
export class PgpGoalList extends FormControlElement {
  static override styles = [hostStyles, goalListStyles];

  private readonly definitionSource = new DefinitionController(this);

  private readonly uploads = new EvidenceUploads(this, {
    changed: (target) => this.touchGoal(target.goalKey),
    stored: (target, reference) => this.storeEvidence(target, reference),
  });

  private readonly actions = new ListActions({
    root: () => this.shadowRoot,
    updateComplete: () => this.updateComplete,
    goals: () => this.goals,
    goalRows: () => this.goalRows(),
    commit: (goals) => this.commitUserGoals(goals),
    announce: (message) => this.announce(message),
    forgetRow: (key, goalKey) => this.forgetRow(key, goalKey),
    toggle: (goalKey) => this.toggleGoal(goalKey),
    expandAll: () => this.expandAll(),
    collapseAll: () => this.collapseAll(),
  });

  private readonly validation = new GoalValidation();

  private goals: unknown[] = [];

  private initialGoals: unknown[] | undefined;

  private selectedPlanTypes: string[] = [];

  private ownDefinition: PlanDefinition | undefined;

  private ownDefinitionSrc: string | undefined;

  private settingsFor: { model: DefinitionModel; result: ReadySettings } | undefined;

  private reportedSettingsError: DefinitionError | undefined;

  /** Fields the user has left or changed, by `rowKey/field`; their errors are visible. */
  private readonly touched = new Set<string>();

  /** Text of number fields as typed, by `rowKey/field`, so "1,5" stays on screen as typed. */
  private readonly drafts = new Map<string, string>();

  /** Messages of the element's own checks (numbers it cannot read), by `rowKey/field`. */
  private readonly ownProblems = new Map<string, string>();

  /** Amounts stored when the user entered a number field, by `rowKey/field`. */
  private readonly valuesBeforeEdit = new Map<string, { value: unknown }>();

  private readonly collapsed = new Set<string>();

  // Bumped whenever a goal's view state changes without the goal object changing, so the
  // guard around that goal lets it re-render.
  private readonly revisions = new Map<string, number>();

  private localeRevision = 0;

  private pauseTimer: ReturnType<typeof setTimeout> | undefined;

  private formJson: { goals: unknown[]; text: string } | undefined;

  private customValidityAttribute = '';

  /** Text for the polite live region that announces added, removed and moved rows. */
  @state() private announcement = '';

  /** Goals as plain JSON. The `value` attribute is JSON text, read as the initial value. */
  @property({ converter: jsonConverter })
  get value(): unknown[] {
    return this.goals;
  }

  set value(value: unknown) {
    const previous = this.goals;
    this.goals = normalizeGoals(value);
    this.touched.clear();
    this.drafts.clear();
    this.ownProblems.clear();
    this.updateFormValue();
    this.updateValidity();
    this.requestUpdate('value', previous);
  }

  /** Selected plan type ids, which decide the goal fields shown; the attribute is space-separated. */
  @property({ attribute: 'plan-types', converter: listConverter })
  get planTypes(): string[] {
    return this.selectedPlanTypes;
  }

  set planTypes(planTypes: readonly string[] | string | null | undefined) {
    const previous = this.selectedPlanTypes;
    this.selectedPlanTypes = typeof planTypes === 'string' ? splitList(planTypes) : Array.isArray(planTypes) ? planTypes.map(String) : [];
    this.requestUpdate('planTypes', previous);
  }

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

  /** Host- or server-supplied error message, shown at once; cleared when the user edits a goal. */
  @property({ attribute: 'custom-validity' })
  get customValidity(): string {
    return this.customValidityAttribute;
  }

  set customValidity(message: string) {
    const previous = this.customValidityAttribute;
    this.customValidityAttribute = message ?? '';
    this.setCustomValidity(this.customValidityAttribute);
    if (this.customValidityAttribute) {
      this.errorsShown = true;
    }
    this.requestUpdate('customValidity', previous);
  }

  constructor() {
    super();
    new LangLocaleController(this);
    this.addEventListener('invalid', () => {
      this.completeValidation();
      this.expandGoalsWithErrors();
    });
  }

  private readonly handleLocaleStatus = (event: Event): void => {
    if ((event as CustomEvent<{ status: string }>).detail?.status === 'ready') {
      this.localeRevision += 1;
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialGoals ??= this.goals;
    window.addEventListener('lit-localize-status', this.handleLocaleStatus);
    if (!this.definitionSource.started) {
      this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('lit-localize-status', this.handleLocaleStatus);
    clearTimeout(this.pauseTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.definitionSource.state;
    if (state.status === 'ready') {
      this.validation.load(state.model, () => {
        this.updateValidity();
        this.requestUpdate();
      });
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reportSettingsError();
  }

  /**
   * Returns whether every goal is valid. When one is not, fires `invalid`, expands the goals with
   * errors, shows every error and moves focus to the first field the user should fix.
   */
  override reportValidity(): boolean {
    this.completeValidation();
    if (this.expandGoalsWithErrors()) {
      // The first invalid field must be visible before the base class focuses it.
      this.performUpdate();
    }
    return super.reportValidity();
  }

  /** Current validity state, with every goal and the list's own rules checked. */
  override get validity(): ValidityState {
    this.completeValidation();
    return super.validity;
  }

  /** Message that explains why the goals are invalid; empty when they are valid. */
  override get validationMessage(): string {
    this.completeValidation();
    return super.validationMessage;
  }

  /** Returns whether every goal is valid; fires `invalid` when one is not. */
  override checkValidity(): boolean {
    this.completeValidation();
    return super.checkValidity();
  }

  /** Collapses every goal to its one-line summary. */
  collapseAll(): void {
    for (const goal of this.goalRows()) {
      this.collapsed.add(goal.key);
      this.touchGoal(goal.key);
    }
  }

  /** Expands every goal. */
  expandAll(): void {
    for (const key of this.collapsed) {
      this.touchGoal(key);
    }
    this.collapsed.clear();
  }

  /** Returns the goals as rows with their keys and their index in the value. */
  private goalRows(): GoalRow[] {
    const rows: GoalRow[] = [];
    this.goals.forEach((goal, index) => {
      if (isRow(goal)) {
        rows.push({ goal, key: rowKey(goal), index });
      }
    });
    return rows;
  }

  /** Replaces the goals after a user action: updates the form value and fires `input` and `change`. */
  private commitUserGoals(goals: unknown[], fireChange = true): void {
    this.goals = goals;
    if (this.customValidityText) {
      this.removeAttribute('custom-validity');
      this.setCustomValidity('');
    }
    this.updateFormValue();
    this.requestUpdate('value');
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    if (fireChange) {
      this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
  }

  /** Marks a goal's view as changed so its row re-renders. */
  private touchGoal(key: string): void {
    this.revisions.set(key, (this.revisions.get(key) ?? 0) + 1);
    this.requestUpdate();
  }

  /** Announces a message through the polite live region. */
  private announce(message: string): void {
    // A trailing no-break space makes a repeated message differ, so it is announced again.
    this.announcement = this.announcement === message ? `${message}\u00a0` : message;
  }

  /** Forgets the view state of a removed row and ignores its upload in flight. */
  private forgetRow(key: string, goalKey: string): void {
    this.collapsed.delete(key);
    this.uploads.dismiss(key);
    for (const store of [this.drafts, this.ownProblems]) {
      for (const entry of [...store.keys()].filter((name) => name.startsWith(`${key}/`))) {
        store.delete(entry);
      }
    }
    this.touchGoal(goalKey);
  }

  private toggleGoal(key: string): void {
    if (!this.collapsed.delete(key)) {
      this.collapsed.add(key);
    }
    this.touchGoal(key);
  }

  /** Returns the optional goal fields shown for the selected plan types, or none before the definition is ready. */
  private shownFields(): Set<OptionalGoalField> {
    const settings = this.readySettings();
    return settings ? visibleGoalFields(settings, this.selectedPlanTypes) : new Set();
  }

  /** Returns the `x-pgp-goal-list` settings of the ready definition, or undefined. */
  private readySettings(): GoalListSettings | undefined {
    const result = this.settingsResult();
    return result && 'settings' in result ? result.settings : undefined;
  }

  private handleControlInput(event: Event): void {
    const control = event.target as FieldControl;
    if (!control.dataset?.kind) {
      return;
    }
    event.stopPropagation();
    if (control.dataset.kind === 'file' || this.readonly || this.effectivelyDisabled) {
      return;
    }
    this.applyControl(control, false);
  }

  private handleControlChange(event: Event): void {
    const control = event.target as FieldControl;
    if (!control.dataset?.kind) {
      return;
    }
    event.stopPropagation();
    if (control.dataset.kind === 'file') {
      this.requestEvidence(control as HTMLInputElement);
      return;
    }

    this.completeValidation();
    this.markTouched(control);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private handleFocusIn(event: FocusEvent): void {
    const control = event.target as FieldControl;
    this.keepInViewAfterLayout(control);
    const located = control.dataset?.kind === 'decimal' ? this.goalOf(control) : undefined;
    if (located) {
      this.valuesBeforeEdit.set(`${control.dataset.row}/${control.dataset.field}`, { value: storedValue(located.goal, control) });
    }
  }

  private handleFocusOut(event: FocusEvent): void {
    const control = event.target as FieldControl;
    if (control.dataset?.kind && control.dataset.kind !== 'file') {
      this.completeValidation();
      this.markTouched(control);
    }
  }

  /**
   * Scrolls a control that script focused in a goal far from the viewport back into view, once the
   * goals around it have been laid out. Such goals are laid out only when they come near the
   * viewport, and Firefox 128 does not keep the focused control in place when the goals above it
   * then grow from their placeholder size.
   */
  private keepInViewAfterLayout(control: HTMLElement): void {
    requestAnimationFrame(() => {
      requestAnimationFrame(() => {
        if (this.shadowRoot?.activeElement !== control) {
          return;
        }
        const rect = control.getBoundingClientRect();
        if (rect.bottom < 0 || rect.top > window.innerHeight) {
          control.scrollIntoView({ block: 'center' });
        }
      });
    });
  }

  private applyControl(control: FieldControl, fireChange: boolean): void {
    const located = this.goalOf(control);
    const settings = this.readySettings();
    if (!located || !settings) {
      return;
    }

    const followUps = { shown: this.shownFields().has('followUps'), checkpoints: settings.followUpCheckpoints };
    const fieldKey = `${control.dataset.row}/${control.dataset.field}`;
    const edit = editFromControl(located.goal, control, followUps, this.valuesBeforeEdit.get(fieldKey));
    if (!edit) {
      return;
    }

    if (edit.parsed) {
      this.drafts.set(fieldKey, control.value);
      const problem = numberProblem(control.value, edit.parsed);
      if (problem) {
        this.ownProblems.set(fieldKey, problem);
      } else {
        this.ownProblems.delete(fieldKey);
      }
    }

    const next = [...this.goals];
    next[located.index] = edit.goal;
    this.validation.noteEdit(this.goals, next, located.index);
    this.completeValidationAfterPause();
    this.touchGoal(located.key);
    this.commitUserGoals(next, fireChange);
  }

  /**
   * Validates the whole list once the user stops typing. Each keystroke validates only the edited
   * goal; leaving a field, a change, a validity check and a report validate the whole list at once.
   * NOTE: a form submitted from script while focus stays in a goal field, within this pause after
   * the last keystroke, checks the list's own rules (such as a goal count or an hours total) as
   * they were before that keystroke. A user who submits moves focus first, which validates the
   * whole list.
   */
  private completeValidationAfterPause(): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => this.completeValidation(), VALIDATION_PAUSE_MS);
  }

  private completeValidation(): void {
    clearTimeout(this.pauseTimer);
    this.pauseTimer = undefined;
    const { validation } = this;
    if (validation.isPartial(validation.validator, this.selectedPlanTypes, this.goals)) {
      validation.complete(validation.validator, this.selectedPlanTypes, this.goals);
      this.updateValidity();
      this.requestUpdate();
    }
  }

  private markTouched(control: FieldControl): void {
    const fieldKey = `${control.dataset.row}/${control.dataset.field}`;
    const located = this.goalOf(control);
    if (!this.touched.has(fieldKey) && located) {
      this.touched.add(fieldKey);
      this.touchGoal(located.key);
    }
  }

  private goalOf(element: Element): GoalRow | undefined {
    const key = element.closest<HTMLElement>('[data-goal]')?.dataset.goal;
    return key === undefined ? undefined : this.goalRows().find((row) => row.key === key);
  }

  private requestEvidence(input: HTMLInputElement): void {
    const file = input.files?.[0];
    const located = this.goalOf(input);
    const ownerKey = input.dataset.row ?? '';
    // The file goes to the page, not into the plan; clearing the input keeps it out of form data.
    input.value = '';
    if (!file || !located || this.readonly || this.effectivelyDisabled) {
      return;
    }

    // The event carries real ids, so a goal or activity passed in without one gets it now.
    const goal = ownerKey === located.key ? withId(located.goal) : updateChild(located.goal, 'activities', ownerKey, (row) => row);
    if (goal !== located.goal) {
      const next = [...this.goals];
      next[located.index] = goal;
      this.commitUserGoals(next);
    }
    const target: EvidenceTarget = { goalKey: located.key, rowKey: ownerKey, goalId: rowKey(goal), activityId: ownerKey === located.key ? undefined : ownerKey };
    this.uploads.request(target, file);
  }

  private storeEvidence(target: EvidenceTarget, reference: EvidenceUpload): void {
    const located = this.goalRows().find((row) => row.key === target.goalKey);
    if (!located) {
      return;
    }
    const goal = target.rowKey === target.goalKey
      ? appendChild(located.goal, 'evidence', reference)
      : updateChild(located.goal, 'activities', target.rowKey, (activity) => appendChild(activity, 'evidence', reference));
    const next = [...this.goals];
    next[located.index] = goal;
    this.commitUserGoals(next);
  }

  private handleClick(event: MouseEvent): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    if (!button) {
      return;
    }
    const action = button.dataset.action ?? '';
    const rowKeyOfButton = button.dataset.row ?? '';

    switch (action) {
      case 'retry-upload':
        this.uploads.retry(rowKeyOfButton);
        return;
      case 'dismiss-upload':
        this.uploads.dismiss(rowKeyOfButton);
        return;
      default:
        this.actions.run(button, action);
    }
  }

  private settingsResult(): ReadySettings | undefined {
    const state = this.definitionSource.state;
    if (state.status !== 'ready') {
      return undefined;
    }
    if (this.validation.failure) {
      return { error: this.validation.failure };
    }
    if (this.settingsFor?.model !== state.model) {
      this.settingsFor = { model: state.model, result: readSettings(state.model) };
    }
    return this.settingsFor.result;
  }

  private reportSettingsError(): void {
    const result = this.settingsResult();
    const error = result && 'error' in result ? result.error : undefined;
    if (error && error !== this.reportedSettingsError) {
      this.reportedSettingsError = error;
      this.dispatchEvent(new PgpDefinitionErrorEvent(error.problem, error.detail));
    }
  }

  private currentErrors(): PlanError[] {
    return this.validation.errorsFor(this.validation.validator, this.selectedPlanTypes, this.goals);
  }

  private expandGoalsWithErrors(): boolean {
    const invalidKeys = new Set<string>();
    const rows = this.goalRows();
    for (const error of this.currentErrors()) {
      const index = goalIndexOf(error.instancePath);
      const row = rows.find((candidate) => candidate.index === index);
      if (row) invalidKeys.add(row.key);
    }
    for (const problemKey of this.ownProblems.keys()) {
      const row = rows.find((candidate) => this.rowIsInGoal(candidate.goal, problemKey.split('/')[0]));
      if (row) invalidKeys.add(row.key);
    }

    const toExpand = [...invalidKeys].filter((key) => this.collapsed.has(key));
    for (const key of toExpand) {
      this.collapsed.delete(key);
      this.touchGoal(key);
    }
    return toExpand.length > 0;
  }

  private rowIsInGoal(goal: Row, key: string): boolean {
    return rowKey(goal) === key || ['activities', 'actionSteps', 'followUps'].some((name) => Array.isArray(goal[name]) && (goal[name] as unknown[]).some((row) => isRow(row) && rowKey(row) === key));
  }

  protected override formValue(): FormData | null {
    if (!this.name) {
      return null;
    }
    const data = new FormData();
    data.append(this.name, this.goalsJson());
    return data;
  }

  protected override formState(): string {
    return this.goalsJson();
  }

  private goalsJson(): string {
    if (this.formJson?.goals !== this.goals) {
      this.formJson = { goals: this.goals, text: goalsJson(this.goals) };
    }
    return this.formJson.text;
  }

  protected override resetValue(): void {
    this.value = this.hasAttribute('value') ? parseGoalsJson(this.getAttribute('value')) : (this.initialGoals ?? []);
    this.uploads.dismissAll();
    this.collapsed.clear();
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    const text = state instanceof FormData ? state.get(this.name) : state;
    if (typeof text === 'string') {
      this.value = parseGoalsJson(text);
    }
  }

  protected override computeValidity(): ControlValidity {
    const state = this.definitionSource.state;
    if (state.status === 'loading') {
      return { flags: { customError: true }, message: loadingMessage() };
    }
    if (state.status === 'error') {
      return { flags: { customError: true }, message: definitionErrorMessage(state.error) };
    }
    const settings = this.settingsResult();
    if (settings && 'error' in settings) {
      return { flags: { customError: true }, message: definitionErrorMessage(settings.error) };
    }

    if (this.required && this.goals.length === 0) {
      return { flags: { valueMissing: true }, message: msg('Add at least one goal.', { id: 'goalList.valueMissing' }), anchor: this.addGoalButton() };
    }

    const first = this.firstProblem(state.model);
    return first ? { flags: { customError: true }, message: first.message, anchor: first.anchor } : { flags: {}, message: '' };
  }

  private firstProblem(model: DefinitionModel): { message: string; anchor: HTMLElement | undefined } | undefined {
    const root = this.shadowRoot;
    // Only the first problem's message is shown, so messages are written only for it.
    const candidates: { pointer: string; message: () => string; anchor: () => HTMLElement | undefined }[] = [];

    for (const [fieldKey, message] of this.ownProblems) {
      const [key, field] = splitFieldKey(fieldKey);
      const control = root?.querySelector<HTMLElement>(`[data-row="${CSS.escape(key)}"][data-field="${CSS.escape(field)}"]`) ?? undefined;
      candidates.push({ pointer: control?.dataset.pointer ?? '/goals', message: () => message, anchor: () => control });
    }
    for (const error of this.currentErrors()) {
      const anchor = () => (error.instancePath === '/goals' ? this.addGoalButton() : this.anchorFor(error.instancePath));
      candidates.push({ pointer: error.instancePath, message: () => errorMessage(error, model), anchor });
    }

    candidates.sort((a, b) => compareGoalErrors(a.pointer, b.pointer));
    const first = candidates[0];
    return first ? { message: first.message(), anchor: first.anchor() } : undefined;
  }

  private anchorFor(pointer: string): HTMLElement | undefined {
    const root = this.shadowRoot;
    const control = root?.querySelector<HTMLElement>(`[data-pointer="${CSS.escape(pointer)}"]`);
    if (control) {
      return control;
    }
    const goal = this.goalRows().find((row) => row.index === goalIndexOf(pointer));
    return goal ? (root?.querySelector<HTMLElement>(`[id="heading-${CSS.escape(goal.key)}"]`) ?? undefined) : undefined;
  }

  private addGoalButton(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('[data-action="add-goal"]') ?? this.shadowRoot?.querySelector<HTMLElement>('.disclosure') ?? undefined;
  }

  protected override render(): TemplateResult {
    const state = this.definitionSource.state;
    const settings = this.settingsResult();

    return html`
      <div class="root" aria-busy=${state.status === 'loading' ? 'true' : 'false'} @input=${this.handleControlInput} @change=${this.handleControlChange}
        @focusin=${this.handleFocusIn} @focusout=${this.handleFocusOut} @click=${this.handleClick}>
        ${state.status === 'loading' ? html`<p class="loading" part="loading" role="status">${loadingMessage()}</p>` : nothing}
        ${state.status === 'error' ? renderAlert(state.error) : nothing}
        ${settings && 'error' in settings ? renderAlert(settings.error) : nothing}
        ${state.status === 'ready' && settings && 'settings' in settings ? this.renderList(state.model, settings.settings) : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      </div>
    `;
  }

  private renderList(model: DefinitionModel, settings: GoalListSettings): TemplateResult {
    const rows = this.goalRows();
    const fields = visibleGoalFields(settings, this.selectedPlanTypes);
    const grouped = this.validation.groupedFor(this.currentErrors());
    const editable = !this.readonly && !this.effectivelyDisabled;
    const formatter = numberFormat(ensureLocalization()?.getLocale() ?? 'en');
    const formatNumber = (value: number) => formatter.format(value);
    const epoch = `${this.localeRevision}|${this.effectivelyDisabled}|${this.readonly}|${this.errorsShown}|${[...fields].join()}|${model.id}`;
    const listMessages = this.errorsShown ? grouped.listErrors.map((error) => errorMessage(error, model)) : [];
    const optionLists = new OptionLists();

    return html`
      <h2 class="list-heading" part="heading">${msg('Goals', { id: 'goalList.heading' })}${this.required ? html` <span class="required-cue">${msg('(required)', { id: 'goalList.requiredCue' })}</span>` : nothing}</h2>
      ${this.errorsShown && this.customValidityText ? html`<p class="error" part="error">${this.customValidityText}</p>` : nothing}
      ${rows.length > 1
        ? html`<div class="actions list-actions">
            <button type="button" part="button" data-action="expand-all" ?disabled=${this.effectivelyDisabled}>${msg('Expand all', { id: 'goalList.expandAll' })}</button>
            <button type="button" part="button" data-action="collapse-all" ?disabled=${this.effectivelyDisabled}>${msg('Collapse all', { id: 'goalList.collapseAll' })}</button>
          </div>`
        : nothing}
      ${rows.length === 0 ? html`<p class="hint">${msg('No goals yet.', { id: 'goalList.empty' })}</p>` : nothing}
      <ol class="goals">
        ${repeat(rows, (row) => row.key, (row) => {
          const errors = grouped.byGoal.get(row.index) ?? [];
          const deps = [row.goal, row.index, this.goals.length, grouped.signatures.get(row.index) ?? '', this.revisions.get(row.key) ?? 0, epoch];
          return guard(deps, () => renderGoal({
            context: this.fieldContext(model, errors, optionLists),
            goal: { key: row.key, pointer: `/goals/${row.index}`, row: row.goal },
            index: row.index,
            count: this.goals.length,
            fields,
            expanded: !this.collapsed.has(row.key),
            goalMessages: this.errorsShown ? grouped.unplaced(row.index, row.goal, fields).map((error) => errorMessage(error, model)) : [],
            settings,
            uploads: this.uploads,
            formatNumber,
          }));
        })}
      </ol>
      ${editable
        ? html`<button type="button" class="add" part="button add" data-action="add-goal">${msg('Add goal', { id: 'goalList.addGoal' })}</button>`
        : nothing}
      ${renderTotals(computeTotals(this.goals, settings), settings, listMessages, formatNumber)}
    `;
  }

  private fieldContext(model: DefinitionModel, errors: PlanError[], optionLists: OptionLists): FieldContext {
    return {
      model,
      errors,
      optionLists,
      ownProblems: this.ownProblems,
      drafts: this.drafts,
      errorsVisible: (key, field) => this.errorsShown || this.touched.has(`${key}/${field}`),
      disabled: this.effectivelyDisabled,
      readonly: this.readonly,
    };
  }
}

function renderAlert(error: DefinitionError): TemplateResult {
  return html`<p class="alert" part="alert" role="alert">${definitionErrorMessage(error)}</p>`;
}

function readSettings(model: DefinitionModel): ReadySettings {
  try {
    return { settings: readGoalListSettings(model.source) };
  } catch (error) {
    return { error: new DefinitionError('invalid', `The plan definition "${model.id}" has an invalid "${GOAL_LIST_ANNOTATION}" annotation: ${(error as Error).message}`) };
  }
}

function loadingMessage(): string {
  return msg('Loading the goal form…', { id: 'goalList.loading' });
}
