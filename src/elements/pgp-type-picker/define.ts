import { PgpTypePicker } from './pgp-type-picker.js';

/** Tag name under which `PgpTypePicker` is registered. */
export const TYPE_PICKER_TAG = 'pgp-type-picker';

let warnedConflict = false;

/**
 * Registers `<pgp-type-picker>`. Does nothing when the tag is already defined by this class, and
 * warns once when another class already has the tag, leaving that definition in place.
 */
export function defineTypePicker(): void {
  const existing = customElements.get(TYPE_PICKER_TAG);

  if (existing === PgpTypePicker) {
    return;
  }

  if (existing) {
    if (!warnedConflict) {
      warnedConflict = true;
      console.warn(
        `pgp-elements: <${TYPE_PICKER_TAG}> is already defined by another class, so this copy of ` +
          'pgp-elements did not register it. Load pgp-elements once per page, or remove the other definition.',
      );
    }
    return;
  }

  customElements.define(TYPE_PICKER_TAG, PgpTypePicker);
}

defineTypePicker();

declare global {
  interface HTMLElementTagNameMap {
    [TYPE_PICKER_TAG]: PgpTypePicker;
  }
}
