import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import type { PgpGoalList, PgpPlanSummary, PgpTypePicker, PgpWizard } from '../src/index.js';
import registryGeneral from '../schemas/definitions/registry-general.json';

// The story tests run this file with `forced-colors: active` emulated (Playwright's
// `page.emulateMedia`, called from .storybook/vitest.setup.ts). Each play function then checks
// that the element's own forced-colors rules apply: the rule's system color reaches the computed
// style. Without the emulation (the Storybook UI) the play functions check nothing; turn it on in
// Chrome DevTools, Rendering panel, "Emulate CSS media feature forced-colors".
const forcedColorsQuery = '(forced-colors: active)';

const withEmulationNote: Decorator = (story) => html`
  <p style="max-inline-size: 60ch">
    Shown as Windows High Contrast shows it only when <code>forced-colors: active</code> is emulated:
    the story tests do that; in this browser use DevTools, Rendering, "Emulate CSS media feature
    forced-colors".
  </p>
  ${story()}
`;

/** Returns the computed value of a CSS system color, such as `Mark` or `Highlight`. */
function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function elementIn<T extends HTMLElement>(canvasElement: HTMLElement, tagName: string): T {
  const element = canvasElement.querySelector<T>(tagName);
  if (!element) {
    throw new Error(`The story rendered no <${tagName}>.`);
  }
  return element;
}

/** Focuses `control` from script, which Chromium shows as :focus-visible, and returns its outline color. */
async function focusRingColorOf(control: HTMLElement): Promise<string> {
  control.focus();
  // toHaveFocus() reads document.activeElement, which is the host for a control in a shadow root.
  await expect((control.getRootNode() as ShadowRoot).activeElement).toBe(control);
  await expect(control.matches(':focus-visible')).toBe(true);
  return getComputedStyle(control).outlineColor;
}

const meta: Meta = {
  title: 'Accessibility/Forced colors',
  decorators: [withEmulationNote],
  tags: ['!autodocs'],
};

export default meta;

type Story = StoryObj;

/** An invalid, required type picker: invalid boxes and the focus ring keep their own system colors. */
export const TypePicker: Story = {
  render: () => html`<pgp-type-picker name="planTypes" required .definition=${registryGeneral}></pgp-type-picker>`,
  play: async ({ canvasElement }) => {
    if (!matchMedia(forcedColorsQuery).matches) return;
    const picker = elementIn<PgpTypePicker>(canvasElement, 'pgp-type-picker');
    await waitFor(() => expect(picker.shadowRoot?.querySelector('input[type="checkbox"]')).toBeTruthy());

    picker.reportValidity();
    await picker.updateComplete;
    const invalidBox = picker.shadowRoot?.querySelector<HTMLInputElement>('input[aria-invalid="true"]');
    if (!invalidBox) throw new Error('reportValidity() marked no checkbox invalid.');

    // reportValidity() focused the first box, so its ring is the focus ring until it loses focus.
    await expect(await focusRingColorOf(invalidBox)).toBe(systemColor('Highlight'));
    invalidBox.blur();
    await expect(getComputedStyle(invalidBox).outlineColor).toBe(systemColor('Mark'));
  },
};

/** A goal list: the focus ring on its buttons and fields is drawn in `Highlight`. */
export const GoalList: Story = {
  render: () => html`<pgp-goal-list name="goals" .planTypes=${['SELF_INITIATED']} .definition=${registryGeneral}></pgp-goal-list>`,
  play: async ({ canvasElement }) => {
    if (!matchMedia(forcedColorsQuery).matches) return;
    const list = elementIn<PgpGoalList>(canvasElement, 'pgp-goal-list');
    const button = await waitFor(() => {
      const found = list.shadowRoot?.querySelector<HTMLButtonElement>('button');
      if (!found) throw new Error('The goal list shows no button yet.');
      return found;
    });
    await expect(await focusRingColorOf(button)).toBe(systemColor('Highlight'));
  },
};

/** A plan summary: the Print button's focus ring is drawn in `Highlight`. */
export const PlanSummary: Story = {
  render: () => html`<pgp-plan-summary
    .definition=${registryGeneral}
    .plan=${{ planTypes: ['SELF_INITIATED'], fiscalYear: '2024-2025', participant: { registryId: '100123456' } }}
  ></pgp-plan-summary>`,
  play: async ({ canvasElement }) => {
    if (!matchMedia(forcedColorsQuery).matches) return;
    const summary = elementIn<PgpPlanSummary>(canvasElement, 'pgp-plan-summary');
    const print = await waitFor(() => {
      const found = summary.shadowRoot?.querySelector<HTMLButtonElement>('[part~="print"]');
      if (!found) throw new Error('The plan summary shows no Print button yet.');
      return found;
    });
    await expect(await focusRingColorOf(print)).toBe(systemColor('Highlight'));
  },
};

/** A wizard: the current step's marker keeps `Highlight` on `HighlightText`, so it stays distinct. */
export const Wizard: Story = {
  render: () => html`<pgp-wizard .definition=${registryGeneral}></pgp-wizard>`,
  play: async ({ canvasElement }) => {
    if (!matchMedia(forcedColorsQuery).matches) return;
    const wizard = elementIn<PgpWizard>(canvasElement, 'pgp-wizard');
    const marker = await waitFor(() => {
      const found = wizard.shadowRoot?.querySelector<HTMLElement>('.current .marker');
      if (!found) throw new Error('The wizard shows no current step marker yet.');
      return found;
    });
    await expect(getComputedStyle(marker).backgroundColor).toBe(systemColor('Highlight'));
    await expect(getComputedStyle(marker).color).toBe(systemColor('HighlightText'));
  },
};
