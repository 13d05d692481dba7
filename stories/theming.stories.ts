import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import registryGeneral from '../schemas/definitions/registry-general.json';

// A county intake site's look, made only of the elements' theming surface: the `--pgp-*` custom
// properties set on an ancestor (they inherit into each shadow root) and `::part()` rules.
const countyTheme = html`<style>
  .county-site {
    --pgp-font-family: Verdana, 'DejaVu Sans', sans-serif;
    --pgp-font-size: 1.0625rem;
    --pgp-color-text: #1d2a2a;
    --pgp-color-muted: #43504f;
    --pgp-color-error: #9b1c1c;
    --pgp-color-focus: #b35c00;
    --pgp-color-accent: #0b5563;
    --pgp-color-on-accent: #ffffff;
    --pgp-color-border: #5f7472;
    --pgp-color-surface: #f2f7f6;
    --pgp-color-link: #0b5563;
    --pgp-border-width: 2px;
    --pgp-radius: 12px;
    --pgp-space: 1.5rem;
    --pgp-option-gap: 1rem;
    --pgp-checkbox-size: 1.75em;
    --pgp-focus-ring-width: 4px;
    --pgp-legend-font-weight: 700;

    display: grid;
    gap: 2rem;
    max-inline-size: 52rem;
    padding: 1.5rem;
    background: #ffffff;
    color: #1d2a2a;
    font-family: Verdana, 'DejaVu Sans', sans-serif;
    border-block-start: 8px solid #0b5563;
  }

  .county-site h2 {
    margin: 0;
    color: #0b5563;
  }

  .county-site pgp-type-picker::part(legend),
  .county-site pgp-wizard::part(heading),
  .county-site pgp-plan-summary::part(heading) {
    color: #0b5563;
    letter-spacing: 0.01em;
  }

  .county-site pgp-goal-list::part(goal),
  .county-site pgp-plan-summary::part(goal) {
    box-shadow: 0 2px 6px rgb(0 0 0 / 12%);
  }

  .county-site pgp-wizard::part(button),
  .county-site pgp-goal-list::part(button),
  .county-site pgp-plan-summary::part(button) {
    padding-block: 0.6rem;
    padding-inline: 1.25rem;
    border-radius: 999px;
  }

  .county-site pgp-wizard::part(step-current) {
    text-decoration: underline;
    text-underline-offset: 0.25em;
  }

  .county-site pgp-wizard::part(error-summary) {
    border-inline-start-width: 8px;
  }
</style>`;

function samplePlan(): Record<string, unknown> {
  return {
    planTypes: ['SELF_INITIATED'],
    fiscalYear: '2024-2025',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'Reyes' } },
    goals: [{ id: 'g1', statement: 'Finish the infant and toddler care course', status: 'IN_PROGRESS', activities: [] }],
  };
}

const meta: Meta = {
  title: 'Theming/County site',
  tags: ['!autodocs'],
};

export default meta;

/** All four elements restyled for a county site through custom properties and parts only. */
export const CountySite: StoryObj = {
  render: () => html`
    ${countyTheme}
    <main class="county-site">
      <h2>Sunrise County early learning stipend</h2>
      <pgp-type-picker name="planTypes" .definition=${registryGeneral} .value=${['SELF_INITIATED']}></pgp-type-picker>
      <pgp-goal-list name="goals" .definition=${registryGeneral} .planTypes=${['SELF_INITIATED']} .value=${samplePlan().goals}></pgp-goal-list>
      <pgp-plan-summary .definition=${registryGeneral} .plan=${samplePlan()}></pgp-plan-summary>
      <pgp-wizard .definition=${registryGeneral}></pgp-wizard>
    </main>
  `,
  play: async ({ canvasElement }) => {
    // Each element's buttons live in its shadow root: the county font and the part rule reach them.
    for (const tagName of ['pgp-goal-list', 'pgp-plan-summary', 'pgp-wizard']) {
      const button = await waitFor(() => {
        const found = canvasElement.querySelector(tagName)?.shadowRoot?.querySelector<HTMLElement>('[part~="button"]');
        if (!found) throw new Error(`<${tagName}> shows no button yet.`);
        return found;
      });
      await expect(getComputedStyle(button).borderTopLeftRadius, `${tagName} button radius`).toBe('999px');
    }

    for (const tagName of ['pgp-type-picker', 'pgp-goal-list', 'pgp-plan-summary', 'pgp-wizard']) {
      const host = canvasElement.querySelector<HTMLElement>(tagName);
      await expect(getComputedStyle(host as HTMLElement).fontFamily, `${tagName} font`).toContain('Verdana');
    }

    const legend = canvasElement.querySelector('pgp-type-picker')?.shadowRoot?.querySelector<HTMLElement>('[part~="legend"]');
    await expect(getComputedStyle(legend as HTMLElement).color).toBe('rgb(11, 85, 99)');
  },
};
