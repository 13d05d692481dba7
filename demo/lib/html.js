/** A tagged template for HTML that escapes every interpolated value unless it is already SafeHtml. */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML text that has been escaped already, so `html` inserts it unchanged. */
export class SafeHtml {
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

/** Escapes text for use in HTML content and in quoted attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/**
 * Builds SafeHtml from a template. Values are escaped and arrays are joined. Null, undefined and
 * false render nothing, so `${condition && html`...`}` works.
 */
export function html(strings, ...values) {
  let text = strings[0];

  for (let index = 0; index < values.length; index += 1) {
    text += renderValue(values[index]) + strings[index + 1];
  }

  return new SafeHtml(text);
}

function renderValue(value) {
  if (value instanceof SafeHtml) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return value.map(renderValue).join('');
  }
  if (value === null || value === undefined || value === false) {
    return '';
  }
  return escapeHtml(value);
}

/**
 * Renders `value` as JSON in a `<script type="application/json">` data block, which browsers never
 * run and a `script-src` policy does not block. Every `<` is written as `\u003c`, which JSON.parse
 * reads back unchanged, so no string in the value can close the element (`</script`) or open a
 * comment (`<!--`) that would change where it ends.
 */
export function jsonDataBlock(id, value) {
  const json = JSON.stringify(value).replaceAll('<', '\\u003c');
  return new SafeHtml(`<script type="application/json" id="${escapeHtml(id)}">${json}</script>`);
}
