import { nothing } from 'lit';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { Part, PartInfo } from 'lit/directive.js';
import { SelectOptions } from './choice-options.js';
import type { OptionList } from './choice-options.js';

/** The control a field shows. */
export type FieldKind = 'text' | 'date' | 'decimal' | 'multiline' | 'select' | 'check';

/** Everything one field shows, computed by the row templates. */
export interface FieldSpec {
  kind: FieldKind;
  /** Id of the control; its messages block has this id plus `-error`. */
  id: string;
  /** Key of the row and dotted path of the field, read back by the element's input handler. */
  rowKey: string;
  field: string;
  pointer: string;
  label: string;
  /** Text of a text, date, decimal or multiline control. */
  text?: string;
  /** Whether a checkbox is checked. */
  checked?: boolean;
  /** Options and stored value of a select. */
  options?: OptionList;
  stored?: unknown;
  /** Visible validation messages; the control is invalid when there is one. */
  messages: readonly string[];
  /** Id of another element that describes the control, such as the clock hours of a credit. */
  describedBy?: string;
  disabled: boolean;
  readonly: boolean;
}

const prototypes = new Map<FieldKind, HTMLElement>();

// Each field is a copy of a prepared element tree, filled in by property and attribute writes.
// A plan of 100 goals has about 6,000 fields, and a Lit template per field spent most of the first
// render finding and committing its thirteen bindings and inserting its fragment.
function prototypeOf(kind: FieldKind): HTMLElement {
  let prototype = prototypes.get(kind);
  if (prototype === undefined) {
    prototype = buildPrototype(kind);
    prototypes.set(kind, prototype);
  }
  return prototype;
}

function buildPrototype(kind: FieldKind): HTMLElement {
  const root = document.createElement('div');
  root.className = kind === 'check' ? 'field check' : 'field';
  root.setAttribute('part', 'field');
  const label = document.createElement('label');
  label.setAttribute('part', 'label');
  const control = buildControl(kind);

  if (kind === 'check') {
    root.append(control, label);
  } else {
    root.append(label, control);
  }
  return root;
}

function buildControl(kind: FieldKind): HTMLElement {
  if (kind === 'multiline') {
    const textarea = document.createElement('textarea');
    textarea.setAttribute('part', 'control');
    textarea.rows = 2;
    textarea.dataset.kind = 'text';
    return textarea;
  }
  if (kind === 'select') {
    const select = document.createElement('select');
    select.setAttribute('part', 'control');
    select.dataset.kind = 'select';
    return select;
  }

  const input = document.createElement('input');
  if (kind === 'check') {
    input.type = 'checkbox';
    input.setAttribute('part', 'checkbox');
    input.dataset.kind = 'check';
    return input;
  }

  input.type = kind === 'date' ? 'date' : 'text';
  input.setAttribute('part', 'control');
  input.dataset.kind = kind === 'decimal' ? 'decimal' : 'text';
  input.autocomplete = 'off';
  if (kind === 'decimal') {
    input.inputMode = 'decimal';
  }
  return input;
}

/**
 * One field on screen: its wrapper, label, control and messages. `update()` writes only what
 * differs from the previous spec, as a Lit binding would. Like a Lit `.value` binding, the text
 * is written when the spec's text changes, not when the control's text differs from it, so what
 * the user is typing is not put back.
 */
export class FieldView {
  readonly root: HTMLElement;

  private readonly label: HTMLLabelElement;

  private readonly control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

  private readonly selectOptions: SelectOptions | undefined;

  private messagesBlock: HTMLElement | undefined;

  private describedBy = '';

  private last: FieldSpec | undefined;

  constructor(readonly kind: FieldKind) {
    this.root = prototypeOf(kind).cloneNode(true) as HTMLElement;
    this.label = this.root.querySelector('label')!;
    this.control = this.root.querySelector('input, select, textarea')!;
    this.selectOptions = this.control instanceof HTMLSelectElement ? new SelectOptions(this.control) : undefined;
  }

  update(spec: FieldSpec): void {
    const last = this.last;
    const control = this.control;

    if (spec.id !== last?.id) {
      control.id = spec.id;
      this.label.htmlFor = spec.id;
    }
    if (spec.rowKey !== last?.rowKey) control.setAttribute('data-row', spec.rowKey);
    if (spec.field !== last?.field) control.setAttribute('data-field', spec.field);
    if (spec.pointer !== last?.pointer) control.setAttribute('data-pointer', spec.pointer);
    if (spec.label !== last?.label) this.label.textContent = spec.label;

    this.updateValue(spec, last);
    this.updateAccess(spec, last);
    this.updateMessages(spec, last);
    this.last = spec;
  }

  private updateValue(spec: FieldSpec, last: FieldSpec | undefined): void {
    if (this.selectOptions) {
      this.selectOptions.show(spec.options!, spec.stored);
    } else if (this.control instanceof HTMLInputElement && this.control.type === 'checkbox') {
      if (spec.checked !== last?.checked) this.control.checked = spec.checked === true;
    } else if (spec.text !== last?.text) {
      this.control.value = spec.text ?? '';
    }
  }

  // Selects and checkboxes have no read-only state, so a read-only list disables them.
  private updateAccess(spec: FieldSpec, last: FieldSpec | undefined): void {
    const textual = this.kind !== 'select' && this.kind !== 'check';
    const disabled = spec.disabled || (!textual && spec.readonly);
    if (last === undefined ? disabled : disabled !== (last.disabled || (!textual && last.readonly))) {
      this.control.disabled = disabled;
    }
    if (textual && spec.readonly !== (last?.readonly ?? false)) {
      (this.control as HTMLInputElement | HTMLTextAreaElement).readOnly = spec.readonly;
    }
  }

  private updateMessages(spec: FieldSpec, last: FieldSpec | undefined): void {
    const errorId = `${spec.id}-error`;
    const describedBy = [spec.describedBy, spec.messages.length > 0 ? errorId : undefined].filter(Boolean).join(' ');
    if (describedBy !== this.describedBy) {
      setOptionalAttribute(this.control, 'aria-describedby', describedBy);
      this.describedBy = describedBy;
    }
    const unchanged = last !== undefined && last.id === spec.id && sameMessages(last.messages, spec.messages);
    if (unchanged) {
      return;
    }

    setOptionalAttribute(this.control, 'aria-invalid', spec.messages.length > 0 ? 'true' : '');
    this.messagesBlock?.remove();
    this.messagesBlock = spec.messages.length > 0 ? messagesBlock(errorId, spec.messages) : undefined;
    if (this.messagesBlock) {
      this.root.append(this.messagesBlock);
    }
  }
}

/** Returns the block of a field's messages, which the control points at with `aria-describedby`. */
export function messagesBlock(id: string, messages: readonly string[]): HTMLElement {
  const block = document.createElement('div');
  block.id = id;
  block.className = 'errors';
  for (const message of messages) {
    const paragraph = document.createElement('p');
    paragraph.className = 'error';
    paragraph.setAttribute('part', 'error');
    paragraph.textContent = message;
    block.append(paragraph);
  }
  return block;
}

function sameMessages(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((message, index) => message === b[index]);
}

function setOptionalAttribute(element: Element, name: string, value: string): void {
  if (value === '') {
    element.removeAttribute(name);
  } else {
    element.setAttribute(name, value);
  }
}

/** Renders a field from its spec, keeping its elements across renders of the same template position. */
class FieldDirective extends Directive {
  private view: FieldView | undefined;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) {
      throw new Error('fieldView() must be used in a child position, as in <div>${fieldView(spec)}</div>.');
    }
  }

  render(_spec: FieldSpec): typeof nothing {
    return nothing;
  }

  override update(_part: Part, [spec]: [FieldSpec]): HTMLElement {
    if (this.view?.kind !== spec.kind) {
      this.view = new FieldView(spec.kind);
    }
    this.view.update(spec);
    return this.view.root;
  }
}

/** Child directive that renders one field: see `FieldView`. */
export const fieldView = directive(FieldDirective);
