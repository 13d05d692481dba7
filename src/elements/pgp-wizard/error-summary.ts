import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** One problem in the error summary: its text and the pointer of the field that fixes it. */
export interface SummaryItem {
  message: string;
  pointer: string;
}

/**
 * Renders the error summary shown at the top of a step after a failed Next or Submit. It takes
 * focus from script (`tabindex="-1"`), so it needs no `role="alert"`: focus makes screen readers
 * read it. Each problem is a link that moves focus to its field.
 */
export function renderErrorSummary(items: readonly SummaryItem[], focusField: (pointer: string) => void): TemplateResult {
  const follow = (event: Event, pointer: string) => {
    event.preventDefault();
    focusField(pointer);
  };

  return html`
    <div class="error-summary" part="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${msg('There is a problem', { id: 'wizard.summary.title' })}</h3>
      <ul>
        ${items.map(
          (item) => html`<li><a href="#" part="error-link" data-pointer=${item.pointer} @click=${(event: Event) => follow(event, item.pointer)}>${item.message}</a></li>`,
        )}
      </ul>
    </div>
  `;
}
