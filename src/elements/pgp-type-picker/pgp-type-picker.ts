import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { FormControlElement, VALID } from '../../form/form-control.js';
import type { ControlValidity } from '../../form/form-control.js';
import { formDataFor, listToState, splitList, stateToList } from '../../form/form-value.js';
import { LangLocaleController } from '../../i18n/localization.js';
import { definitionErrorMessage } from '../../plan/definition.js';
import type { DefinitionModel } from '../../plan/definition.js';
import type { PlanDefinition } from '../../plan/types.js';
import { DefinitionController } from './definition-controller.js';
import { submitImplicitly } from './implicit-submission.js';
import { typePickerStyles } from './pgp-type-picker.styles.js';
import { hostStyles } from '../host-styles.js';
import { selectionProblems, toggleSelection } from './type-picker-rules.js';
import type { SelectionProblem } from './type-picker-rules.js';

/** One checkbox as rendered: a type the definition offers, or an id it does not know. */
interface OptionView {
  id: string;
  title: string;
  description: string;
  offered: boolean;
  requiredByDefinition: boolean;
}

const listConverter = {
  fromAttribute: (text: string | null): string[] => splitList(text),
  toAttribute: (value: readonly string[]): string => value.join(' '),
};

/**
 * A group of checkboxes for choosing the types of a Professional Growth Plan, as offered by a plan
 * definition. It takes part in a `<form>` like a native control: each selected id is submitted as
 * its own entry under `name`.
 *
 * @fires input - The user checked or cleared a box (bubbles, composed). Not fired for changes from script.
 * @fires change - The user checked or cleared a box (bubbles, composed). Not fired for changes from script.
 * @fires pgp-definition-error - The definition is missing, unreachable, not JSON or invalid; carries `problem` and `detail`.
 *
 * @csspart group - The `<fieldset>` around the whole control.
 * @csspart legend - The group label, with the "required" cue.
 * @csspart hint - The line saying more than one type may be chosen.
 * @csspart option - The wrapper of one checkbox, its label and description.
 * @csspart checkbox - Each `<input type="checkbox">`.
 * @csspart label - Each checkbox's label.
 * @csspart description - Each plan type's description, and the note on a required type.
 * @csspart error - Each validation message.
 * @csspart alert - The message shown when the definition cannot be used; it takes focus when a submit attempt or `reportValidity()` finds the control invalid.
 * @csspart loading - The message shown while `definition-src` loads.
 *
 * @cssprop --pgp-font-family - Font of the whole control.
 * @cssprop --pgp-font-size - Base font size.
 * @cssprop --pgp-color-text - Text color.
 * @cssprop --pgp-color-muted - Color of hints, descriptions and the required cue.
 * @cssprop --pgp-color-error - Color of validation messages, invalid boxes and the alert border.
 * @cssprop --pgp-color-focus - Color of the focus ring.
 * @cssprop --pgp-color-accent - Checkbox accent color.
 * @cssprop --pgp-color-border - Color of the group border.
 * @cssprop --pgp-color-surface - Background of the group.
 * @cssprop --pgp-border-width - Width of the group border.
 * @cssprop --pgp-radius - Corner radius of the group and the alert.
 * @cssprop --pgp-space - Padding inside the group.
 * @cssprop --pgp-option-gap - Space between options.
 * @cssprop --pgp-checkbox-size - Width and height of each checkbox; the default, 1.5em of the option's font, is 24 px at a 16 px font.
 * @cssprop --pgp-focus-ring-width - Width of the focus ring.
 * @cssprop --pgp-legend-font-weight - Font weight of the group label.
 */
export class PgpTypePicker extends FormControlElement {
  static override styles = [hostStyles, typePickerStyles];

  static override properties: PropertyDeclarations = {
    value: { converter: listConverter },
    definition: { attribute: false },
    definitionSrc: { attribute: 'definition-src', reflect: true },
    customValidity: { attribute: 'custom-validity' },
  };

  private readonly definitionSource = new DefinitionController(this);

  private selection: string[] = [];

  private initialSelection: string[] | undefined;

  // Ids in the value since script last set it. Boxes for the ones the definition does not offer
  // stay visible after the user clears them, so the user can check them again.
  private extraIds: string[] = [];

  private readonly warnedUnknownIds = new Set<string>();

  private customValidityAttribute = '';

  private ownDefinition: PlanDefinition | undefined;

  private ownDefinitionSrc: string | undefined;

  /** Selected plan type ids. The `value` attribute is a space-separated list, read as the initial value. */
  get value(): string[] {
    return [...this.selection];
  }

  set value(value: readonly string[] | string | null | undefined) {
    const previous = this.selection;
    this.selection = normalizeValue(value);
    this.extraIds = [...this.selection];
    this.updateFormValue();
    this.updateValidity();
    this.requestUpdate('value', previous);
  }

  /** Plan definition as a parsed JSON Schema; takes precedence over `definition-src`. */
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
  get definitionSrc(): string | undefined {
    return this.ownDefinitionSrc;
  }

  set definitionSrc(url: string | undefined) {
    const previous = this.ownDefinitionSrc;
    this.ownDefinitionSrc = url ?? undefined;
    this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    this.requestUpdate('definitionSrc', previous);
  }

  /** Host- or server-supplied error message, shown at once; cleared when the user changes the selection. */
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
    updateWhenLocaleChanges(this);
    new LangLocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.initialSelection ??= [...this.selection];
    if (!this.definitionSource.started) {
      this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.warnAboutUnknownIds();
  }

  private handleBoxClick(event: MouseEvent): void {
    // Checkboxes have no readonly state; cancelling the click keeps the box as it was, and the
    // browser then fires neither input nor change.
    if (this.readonly) {
      event.preventDefault();
    }
  }

  // Enter in a native checkbox submits its form (implicit submission). A box in the shadow root
  // belongs to no form, so the picker submits the form that the picker belongs to.
  private handleBoxKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) {
      return;
    }

    const form = this.form;
    if (!form || this.effectivelyDisabled || this.readonly) {
      return;
    }
    event.preventDefault();
    submitImplicitly(form);
  }

  private handleBoxInput(event: Event): void {
    // The checkbox's own input event is composed and would reach the page as well as ours.
    event.stopPropagation();
    const box = event.target as HTMLInputElement;
    const id = box.dataset.id ?? '';
    const model = this.readyModel();

    this.selection = toggleSelection(this.selection, id, box.checked, model);
    this.extraIds = [...new Set([...this.extraIds, ...this.selection])];
    if (this.hasAttribute('custom-validity')) {
      this.removeAttribute('custom-validity');
    }
    this.markUserChange();
    this.updateFormValue();
    this.requestUpdate('value');
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private handleBoxChange(event: Event): void {
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  private handleFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget;
    if (next instanceof Node && this.renderRoot.contains(next)) {
      return;
    }
    this.errorsShown = true;
  }

  protected override formValue(): FormData | null {
    return formDataFor(this.name, this.selection);
  }

  protected override formState(): string {
    return listToState(this.selection);
  }

  protected override resetValue(): void {
    this.value = this.hasAttribute('value') ? splitList(this.getAttribute('value')) : (this.initialSelection ?? []);
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    const restored = stateToList(state);
    if (restored) {
      this.value = restored;
    }
  }

  protected override computeValidity(): ControlValidity {
    // Without boxes, the message is the only part of the control that can take focus, so the
    // browser's submit attempt and reportValidity() move focus there instead of failing to focus.
    const state = this.definitionSource.state;
    if (state.status === 'loading') {
      return { flags: { customError: true }, message: loadingMessage(), anchor: this.statusMessage() };
    }
    if (state.status === 'error') {
      return { flags: { customError: true }, message: definitionErrorMessage(state.error), anchor: this.statusMessage() };
    }

    const problems = this.problems();
    const first = problems[0];
    if (!first) {
      return { ...VALID, anchor: this.boxFor(this.selection[0]) ?? this.boxFor() };
    }

    const flags: ValidityStateFlags = {};
    for (const flag of problems.flatMap((problem) => problem.flags)) {
      flags[flag] = true;
    }
    const fix = problems.find((problem) => problem.planTypeIds.length > 0)?.planTypeIds[0];
    return { flags, message: first.message, anchor: this.boxFor(fix) ?? this.boxFor() };
  }

  private problems(): SelectionProblem[] {
    const state = this.definitionSource.state;
    if (state.status !== 'ready') {
      return [];
    }
    return selectionProblems(this.selection, this.required, state.model, state.validator);
  }

  private readyModel(): DefinitionModel | null {
    const state = this.definitionSource.state;
    return state.status === 'ready' ? state.model : null;
  }

  private statusMessage(): HTMLElement | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.alert, .loading') ?? undefined;
  }

  private boxFor(id?: string): HTMLElement | undefined {
    // Before the first connection there is no shadow root yet, so nothing to point at.
    const boxes = [...(this.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    return id === undefined ? boxes[0] : boxes.find((box) => box.dataset.id === id);
  }

  private optionViews(model: DefinitionModel): OptionView[] {
    const offered = model.planTypes.map(
      (planType): OptionView => ({
        ...planType,
        offered: true,
        requiredByDefinition: model.requiredPlanTypes.includes(planType.id),
      }),
    );
    const offeredIds = new Set(offered.map((option) => option.id));
    const unknown = [...new Set([...this.extraIds, ...this.selection])]
      .filter((id) => !offeredIds.has(id))
      .map((id): OptionView => ({ id, title: id, description: unknownTypeDescription(), offered: false, requiredByDefinition: false }));
    return [...offered, ...unknown];
  }

  private warnAboutUnknownIds(): void {
    const model = this.readyModel();
    if (!model) {
      return;
    }

    const offeredIds = new Set(model.planTypes.map((planType) => planType.id));
    for (const id of this.selection) {
      if (offeredIds.has(id) || this.warnedUnknownIds.has(id)) {
        continue;
      }
      this.warnedUnknownIds.add(id);
      console.warn(
        `pgp-type-picker: the value contains the plan type "${id}", which definition "${model.id}" does not offer. ` +
          `It is kept in the value and shown as an extra box. Use one of ${[...offeredIds].join(', ')}, or add "${id}" to the definition's plan types.`,
      );
    }
  }

  protected override render(): TemplateResult {
    const state = this.definitionSource.state;

    const ready = state.status === 'ready';

    // The loading and error messages are the validity anchor while there are no boxes, so they
    // can take focus from script (tabindex="-1") but stay out of the tab order.
    return html`
      <fieldset part="group" aria-describedby=${ready ? 'hint' : nothing} aria-busy=${state.status === 'loading' ? 'true' : 'false'} @focusout=${this.handleFocusOut}>
        ${this.renderLegend()}
        ${ready ? html`<p class="hint" id="hint" part="hint">${msg('You can choose more than one type.', { id: 'typePicker.hint' })}</p>` : nothing}
        ${state.status === 'loading' ? html`<p class="loading" part="loading" role="status" tabindex="-1">${loadingMessage()}</p>` : nothing}
        ${state.status === 'error' ? html`<p class="alert" part="alert" role="alert" tabindex="-1">${definitionErrorMessage(state.error)}</p>` : nothing}
        ${ready ? this.renderChoices(state.model) : nothing}
      </fieldset>
    `;
  }

  private renderLegend(): TemplateResult {
    const cue = this.required ? html` <span class="required-cue">${msg('(required)', { id: 'typePicker.requiredCue' })}</span>` : nothing;
    return html`<legend part="legend">${msg('Professional Growth Plan type', { id: 'typePicker.legend' })}${cue}</legend>`;
  }

  private renderChoices(model: DefinitionModel): TemplateResult {
    // A custom message replaces the picker's own messages until the user changes the selection,
    // as it does in a native control's validationMessage, because it usually restates one of them.
    const customMessage = this.errorsShown ? this.customValidityText : '';
    const problems = this.errorsShown && !customMessage ? this.problems() : [];
    const messages = customMessage ? [customMessage] : problems.map((problem) => problem.message);
    const groupInvalid = customMessage !== '' || problems.some((problem) => problem.group);
    const invalidIds = new Set(problems.filter((problem) => !problem.group).flatMap((problem) => problem.planTypeIds));

    return html`
      <div class="options">
        ${this.optionViews(model).map((option, index) => this.renderOption(option, index, model, groupInvalid || invalidIds.has(option.id)))}
      </div>
      <div class="errors" id="errors" aria-live="polite">
        ${messages.map((message) => html`<p class="error" part="error">${message}</p>`)}
      </div>
    `;
  }

  private renderOption(option: OptionView, index: number, model: DefinitionModel, invalid: boolean): TemplateResult {
    const boxId = `type-${index}`;
    const describedBy = [
      option.description ? `${boxId}-description` : '',
      option.requiredByDefinition ? `${boxId}-required` : '',
      invalid ? 'errors' : '',
    ].filter(Boolean);
    const definitionTitle = model.title;

    return html`
      <div class="option" part="option">
        <input
          type="checkbox"
          id=${boxId}
          part="checkbox"
          data-id=${option.id}
          .checked=${this.selection.includes(option.id)}
          ?disabled=${this.effectivelyDisabled}
          aria-readonly=${this.readonly ? 'true' : nothing}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${describedBy.length > 0 ? describedBy.join(' ') : nothing}
          @click=${this.handleBoxClick}
          @keydown=${this.handleBoxKeydown}
          @input=${this.handleBoxInput}
          @change=${this.handleBoxChange}
        />
        <label for=${boxId} part="label">${option.title}</label>
        ${option.description ? html`<p class="description" id="${boxId}-description" part="description">${option.description}</p>` : nothing}
        ${option.requiredByDefinition
          ? html`<p class="required-by" id="${boxId}-required" part="description">${msg(str`Required by ${definitionTitle}`, { id: 'typePicker.requiredBy' })}</p>`
          : nothing}
      </div>
    `;
  }
}

function normalizeValue(value: readonly string[] | string | null | undefined): string[] {
  if (value === null || value === undefined) {
    return [];
  }
  if (typeof value === 'string') {
    return splitList(value);
  }
  if (Array.isArray(value)) {
    return value.map((id) => String(id));
  }

  console.warn(`pgp-type-picker: value must be an array of plan type ids, such as ["SELF_INITIATED"]; got ${JSON.stringify(value)}. The selection is now empty.`);
  return [];
}

function loadingMessage(): string {
  return msg('Loading the plan types…', { id: 'typePicker.loading' });
}

function unknownTypeDescription(): string {
  return msg('This plan definition does not offer this type. Clear the box to remove it from the plan.', { id: 'typePicker.unknownType' });
}
