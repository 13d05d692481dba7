import { css } from 'lit';

/**
 * Rules that turn the summary into a printed document. The element applies them inside
 * `@media print`. They are exported apart from the screen rules because a print preview (a story,
 * or a test in a browser that cannot emulate print media) applies them directly.
 */
export const planSummaryPrintRules = css`
  :host {
    color: #000;
    background: #fff;
    font-size: 11pt;
  }

  .toolbar,
  button {
    display: none !important;
  }

  .summary,
  .goal,
  .block,
  .notice {
    color: #000;
    background: #fff;
    border-color: #000;
  }

  a {
    color: #000;
    text-decoration: underline;
  }

  a[href]::after {
    content: ' <' attr(href) '>';
    overflow-wrap: anywhere;
  }

  .meta,
  .empty,
  dt {
    color: #000;
  }

  .goal,
  .signer,
  tr {
    break-inside: avoid;
  }

  h2,
  h3,
  h4,
  h5 {
    break-after: avoid;
  }

  .signature-block {
    display: block;
    break-before: auto;
    break-inside: avoid;
    margin-top: 2em;
  }

  progress {
    display: none;
  }
`;

export const planSummaryStyles = css`
  .summary {
    container-type: inline-size;
    min-width: 0;
  }

  h2,
  h3,
  h4,
  h5 {
    margin: 0 0 0.5em;
    font-weight: var(--pgp-legend-font-weight, 600);
    overflow-wrap: anywhere;
  }

  h2 {
    font-size: 1.5em;
  }

  h3 {
    font-size: 1.25em;
  }

  h4 {
    font-size: 1.125em;
  }

  h5 {
    font-size: 1em;
    margin-top: 0.75em;
  }

  p {
    margin: 0 0 0.5em;
    overflow-wrap: anywhere;
  }

  .plain {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .toolbar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5em;
  }

  button {
    padding: 0.375em 0.75em;
    border: 1px solid var(--pgp-color-border, #767676);
    border-radius: calc(var(--pgp-radius, 0.5rem) / 2);
    font: inherit;
    color: inherit;
    background: ButtonFace;
    cursor: pointer;
  }

  button:focus-visible,
  a:focus-visible {
    outline: var(--pgp-focus-ring-width, 3px) solid var(--pgp-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  a {
    color: var(--pgp-color-link, LinkText);
    overflow-wrap: anywhere;
  }

  .notice {
    padding: 0.75em;
    border: 2px solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
  }

  .block,
  .goal {
    min-width: 0;
    margin: 0 0 1em;
    padding: var(--pgp-space, 1rem);
    border: var(--pgp-border-width, 1px) solid var(--pgp-color-border, #767676);
    border-radius: var(--pgp-radius, 0.5rem);
  }

  .goal {
    background: var(--pgp-color-surface, transparent);
  }

  .goals-section > .goals {
    display: grid;
    gap: var(--pgp-option-gap, 0.75em);
  }

  .goals .goal {
    margin: 0;
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--pgp-option-gap, 0.75em);
    margin: 0 0 0.5em;
  }

  .field {
    min-width: 0;
  }

  dt {
    font-weight: var(--pgp-legend-font-weight, 600);
    overflow-wrap: anywhere;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  .statement {
    font-size: 1.0625em;
    white-space: pre-line;
  }

  .empty,
  .meta {
    color: var(--pgp-color-muted, #4a4a4a);
  }

  .stacked {
    display: block;
  }

  .steps,
  .follow-ups,
  .documents,
  .records {
    display: grid;
    gap: 0.5em;
  }

  .step,
  .follow-ups > li,
  .records > li {
    overflow-wrap: anywhere;
  }

  .step-state {
    font-weight: var(--pgp-legend-font-weight, 600);
  }

  .item-title {
    font-weight: var(--pgp-legend-font-weight, 600);
    margin: 0;
  }

  .documents li {
    overflow-wrap: anywhere;
  }

  table.activities {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .activities th,
  .activities td {
    padding: 0.375em 0.5em;
    border-top: 1px solid var(--pgp-color-border, #767676);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  .activities thead th {
    border-top: none;
    font-weight: var(--pgp-legend-font-weight, 600);
  }

  .activities tbody th {
    font-weight: normal;
  }

  .activity-title {
    font-weight: var(--pgp-legend-font-weight, 600);
  }

  .cell-label {
    display: none;
  }

  /* Below about 36em the five columns are too narrow to read, so each activity becomes a block
     of label and value pairs. The thead stays for assistive technology. */
  @container (max-width: 36em) {
    .activities thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }

    .activities,
    .activities tbody,
    .activities tr,
    .activities th,
    .activities td {
      display: block;
      width: 100%;
    }

    .activities tr {
      padding: 0.5em 0;
      border-top: 1px solid var(--pgp-color-border, #767676);
    }

    .activities tbody th,
    .activities td {
      display: grid;
      grid-template-columns: minmax(0, 7em) minmax(0, 1fr);
      gap: 0.5em;
      border-top: none;
      padding: 0.125em 0;
    }

    .cell-label {
      display: block;
      font-weight: var(--pgp-legend-font-weight, 600);
    }
  }

  .totals-list {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.5em;
  }

  .progress {
    display: grid;
    gap: 0.25em;
    margin-bottom: 0.5em;
  }

  progress {
    width: 100%;
    max-width: 24em;
  }

  .target-status {
    font-weight: 600;
  }

  .signature-block {
    display: none;
  }

  .sign-lines {
    display: grid;
    gap: 1.25em;
    margin: 1em 0 1.5em;
  }

  .sign-lines > div {
    display: grid;
    grid-template-columns: 7em minmax(0, 1fr);
    align-items: end;
    gap: 0.5em;
  }

  .sign-lines .line {
    min-height: 1.75em;
    border-bottom: 1px solid #000;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    ${planSummaryPrintRules}
  }
`;
