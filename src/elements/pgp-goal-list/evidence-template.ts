import { nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { html } from './compact-html.js';
import { rowKey, rowsOf } from './goal-edits.js';
import type { UploadState } from './evidence-uploads.js';
import type { FieldContext, RowRef } from './field-templates.js';

/**
 * Renders a row's evidence: the stored references with a remove button each, a file input, and
 * a status line that announces an upload in progress, its failure or its refusal.
 */
export function renderEvidence(context: FieldContext, owner: RowRef, upload: UploadState | undefined, ownerName: string): TemplateResult {
  const inputId = `f-${owner.key}-evidence-file`;
  const editable = !context.disabled && !context.readonly;

  return html`
    <fieldset class="evidence" part="evidence">
      <legend .textContent=${msg(str`Evidence for ${ownerName}`, { id: 'goalList.evidence.legend' })}></legend>
      ${renderReferences(context, owner, editable)}
      ${editable
        ? html`<div class="field" part="field">
            <label for=${inputId} part="label" .textContent=${msg('Add a file (a certificate, transcript, sign-in sheet or agenda)', { id: 'goalList.evidence.fileLabel' })}></label>
            <input id=${inputId} type="file" part="file" data-row=${owner.key} data-kind="file" />
          </div>`
        : nothing}
      <div class="upload-status" role="status">${upload ? renderUpload(upload, owner.key, editable) : nothing}</div>
    </fieldset>
  `;
}

function renderReferences(context: FieldContext, owner: RowRef, editable: boolean): TemplateResult | typeof nothing {
  const references = rowsOf(owner.row, 'evidence');
  if (references.length === 0) {
    return html`<p class="hint" .textContent=${msg('No files yet.', { id: 'goalList.evidence.none' })}></p>`;
  }

  return html`
    <ul class="references">
      ${references.map((reference) => {
        const name = typeof reference.fileName === 'string' && reference.fileName !== '' ? reference.fileName : msg('Unnamed file', { id: 'goalList.evidence.unnamed' });
        const href = safeLink(reference.url);
        return html`<li part="evidence-item">
          ${href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${name}</a>` : html`<span>${name}</span>`}
          ${editable && !context.disabled
            ? html`<button type="button" part="button" data-action="remove-evidence" data-row=${owner.key} data-item=${rowKey(reference)}>
                ${msg(str`Remove file ${name}`, { id: 'goalList.evidence.remove' })}
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>
  `;
}

function renderUpload(upload: UploadState, ownerKey: string, editable: boolean): TemplateResult {
  const fileName = upload.file.name;
  if (upload.status === 'pending') {
    return html`<p class="pending">${msg(str`Uploading ${fileName}…`, { id: 'goalList.evidence.uploading' })}</p>`;
  }

  const text =
    upload.status === 'failed'
      ? msg(str`${fileName} was not uploaded: ${upload.reason}`, { id: 'goalList.evidence.failed' })
      : msg(str`${fileName} was not uploaded, because this page did not accept the file. Ask the site's support team how to send documents.`, {
          id: 'goalList.evidence.refused',
        });
  return html`
    <p class="error" part="error">${text}</p>
    ${editable
      ? html`<div class="actions">
          <button type="button" part="button" data-action="retry-upload" data-row=${ownerKey}>${msg(str`Retry uploading ${fileName}`, { id: 'goalList.evidence.retry' })}</button>
          <button type="button" part="button" data-action="dismiss-upload" data-row=${ownerKey}>${msg(str`Remove ${fileName}`, { id: 'goalList.evidence.dismiss' })}</button>
        </div>`
      : nothing}
  `;
}

// The page supplies the URL; only web links are rendered, so a `javascript:` URL never becomes one.
function safeLink(url: unknown): string | undefined {
  if (typeof url !== 'string' || url === '') {
    return undefined;
  }
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
