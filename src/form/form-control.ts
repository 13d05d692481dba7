import { LitElement } from 'lit';
import type { PropertyDeclarations, PropertyValues } from 'lit';

/** Validity a control computes from its own value and rules, before any custom message. */
export interface ControlValidity {
  /** Failed constraints, as in `ValidityState` (`valueMissing`, `customError`...). */
  flags: ValidityStateFlags;

  /** Text the browser and `validationMessage` show; empty when the value is valid. */
  message: string;

  /** Element inside the shadow root the user should fix; the browser points its report there. */
  anchor?: HTMLElement;
}

/** Value that is valid and needs no message. */
export const VALID: ControlValidity = { flags: {}, message: '' };

/**
 * Base class for the package's form-associated controls. It owns the `ElementInternals`, the
 * `name`, `disabled`, `required` and `readonly` properties, the constraint validation API and the
 * form callbacks. A subclass supplies its value, its validity and how to reset and restore it.
 *
 * Errors become visible (`errorsShown`) only after the user leaves or changes the control, after
 * `reportValidity()`, or after a submit attempt fires `invalid`, never on first render.
 */
export abstract class FormControlElement extends LitElement {
  /** Makes the element take part in its `<form>` like a native control. */
  static formAssociated = true;

  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  // Declared here rather than with decorators, which would add a helper and a module to every
  // page that loads a control. The accessors below keep their own setters; Lit wraps them.
  static override properties: PropertyDeclarations = {
    errorsShown: { state: true },
    formDisabled: { state: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    name: { reflect: true },
  };

  /** Platform handle for form value, validity and states. */
  protected readonly internals: ElementInternals;

  private customValidityMessage = '';

  private controlName = '';

  private valueRequired = false;

  /** Whether validation errors are visible: after touch, `reportValidity()` or a submit attempt. */
  protected errorsShown = false;

  /** Whether an ancestor `<fieldset disabled>` or the element's own `disabled` disables it. */
  protected formDisabled = false;

  /** Disables the control: it cannot be changed or focused and is not submitted. */
  disabled = false;

  /** Requires a value before the form can be submitted. */
  get required(): boolean {
    return this.valueRequired;
  }

  set required(required: boolean) {
    const previous = this.valueRequired;
    this.valueRequired = Boolean(required);
    this.updateValidity();
    this.requestUpdate('required', previous);
  }

  /** Keeps the value from changing while it stays focusable and is still submitted. */
  readonly = false;

  /** Name under which the value is submitted with the form. */
  get name(): string {
    return this.controlName;
  }

  set name(name: string) {
    const previous = this.controlName;
    this.controlName = name ?? '';
    this.updateFormValue();
    this.requestUpdate('name', previous);
  }

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', () => {
      this.errorsShown = true;
    });
  }

  /** The `<form>` this control belongs to, or `null`. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Labels associated with the control through `for` or nesting. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** Current validity state, as on a native input. */
  get validity(): ValidityState {
    this.updateValidity();
    return this.internals.validity;
  }

  /** Message that explains why the value is invalid; empty when it is valid. */
  get validationMessage(): string {
    this.updateValidity();
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation (not when disabled or readonly). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Returns whether the control is disabled by itself or by an ancestor fieldset. */
  protected get effectivelyDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.updateFormValue();
    this.updateValidity();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);

    // The anchor element exists only after rendering, and a subclass's rules may have changed.
    this.updateValidity();
  }

  /** Called by the browser when the element or an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /**
   * Called by the browser when the owning form is reset. A custom validity message stays, as on a
   * native input, but it is hidden with the other errors until the next touch or report.
   */
  formResetCallback(): void {
    this.errorsShown = false;
    this.resetValue();
    this.updateFormValue();
    this.updateValidity();
  }

  /** Called by the browser to restore the value after navigation or autofill. */
  formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void {
    this.restoreValue(state, reason);
    this.updateFormValue();
    this.updateValidity();
  }

  /** Returns whether the value is valid; fires `invalid` when it is not. */
  checkValidity(): boolean {
    this.updateValidity();
    return this.internals.checkValidity();
  }

  /**
   * Returns whether the value is valid. When it is not, fires `invalid`, shows the errors and
   * moves focus to the part of the control the user should fix.
   */
  reportValidity(): boolean {
    this.updateValidity();
    const valid = this.internals.reportValidity();
    if (!valid) {
      this.errorsShown = true;
      this.computeValidity().anchor?.focus();
    }
    return valid;
  }

  /**
   * Sets a message that makes the control invalid, as `setCustomValidity()` does on a native
   * input; an empty string clears it. A change by the user also clears it.
   */
  setCustomValidity(message: string): void {
    this.customValidityMessage = String(message ?? '');
    this.updateValidity();
    this.requestUpdate();
  }

  /** Returns the message set by `setCustomValidity()`, or an empty string. */
  protected get customValidityText(): string {
    return this.customValidityMessage;
  }

  /** Marks the control as changed by the user: clears the custom message and shows errors. */
  protected markUserChange(): void {
    this.customValidityMessage = '';
    this.errorsShown = true;
    this.updateValidity();
  }

  /** Copies the current value into the form's data set; call synchronously on every change. */
  protected updateFormValue(): void {
    this.internals.setFormValue(this.formValue(), this.formState());
  }

  /** Copies the current validity into the internals, the custom message taking precedence. */
  protected updateValidity(): void {
    const own = this.computeValidity();
    const custom = this.customValidityMessage;
    const flags: ValidityStateFlags = custom ? { ...own.flags, customError: true } : own.flags;
    const message = custom || own.message;
    const invalid = Object.values(flags).some(Boolean);

    if (!invalid) {
      this.internals.setValidity({});
      return;
    }

    // setValidity() rejects an empty message with a failed constraint, and an anchor outside the
    // shadow tree (a box from a render that has since been replaced).
    const text = message || Object.keys(flags).find((key) => flags[key as keyof ValidityStateFlags]) || 'invalid';
    const anchor = own.anchor && this.shadowRoot?.contains(own.anchor) ? own.anchor : undefined;
    this.internals.setValidity(flags, text, anchor);
  }

  /** Entries to submit, or `null` to submit nothing. */
  protected abstract formValue(): FormData | null;

  /** State the browser keeps to restore the value later. */
  protected abstract formState(): string;

  /** The control's own validity, without the custom message. */
  protected abstract computeValidity(): ControlValidity;

  /** Puts the value back to its initial value. */
  protected abstract resetValue(): void;

  /** Applies a state saved by `formState()`, or one the browser offers for autofill. */
  protected abstract restoreValue(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;
}
