import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { rowsIn, safeHref, textOf } from './summary-format.js';
import type { Formatters, Row } from './summary-format.js';

const MEDIA_TYPE_NAMES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/heic': 'HEIC',
};

/**
 * Renders a list of evidence references. A reference whose `url` resolves to http or https is a
 * link that opens in a new tab. Any other URL is shown as plain text, so it cannot run script.
 */
export function renderEvidenceList(owner: Row, format: Formatters): TemplateResult | typeof nothing {
  const references = rowsIn(owner.evidence);
  if (references.length === 0) {
    return nothing;
  }
  return html`<ul class="plain documents" part="evidence">
    ${references.map((reference) => html`<li>${renderReference(reference, format)}</li>`)}
  </ul>`;
}

function renderReference(reference: Row, format: Formatters): TemplateResult {
  const url = textOf(reference.url);
  const href = safeHref(url);
  const name = textOf(reference.fileName) ?? url ?? msg('Unnamed file', { id: 'summary.evidence.unnamed' });
  const details = [MEDIA_TYPE_NAMES[String(reference.mediaType)], format.fileSize(reference.sizeBytes)].filter((detail) => detail !== undefined).join(', ');

  if (href) {
    return html`<a part="link" href=${href} target="_blank" rel="noopener"
        >${name}<span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'summary.evidence.newTab' })}</span></a
      >${details ? html` <span class="meta">(${details})</span>` : nothing}`;
  }

  return html`<span class="file-name">${name}</span>${details ? html` <span class="meta">(${details})</span>` : nothing}${url && url !== name
      ? html` <span class="meta unsafe-url">${msg(str`(address not opened: ${url})`, { id: 'summary.evidence.unsafeUrl' })}</span>`
      : nothing}`;
}
