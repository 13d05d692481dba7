import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { defineTypePicker } from '../../src/elements/pgp-type-picker/define.js';
import type { PgpTypePicker } from '../../src/elements/pgp-type-picker/pgp-type-picker.js';
import { PgpDefinitionErrorEvent } from '../../src/events/index.js';
import { ensureLocalization } from '../../src/i18n/index.js';
import { readDefinition } from '../../src/plan/definition.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { errorMessage, requiredTypeError } from '../../src/validation/index.js';

const GENERAL_URL = '/schemas/definitions/registry-general.json';
const STIPEND_URL = '/schemas/definitions/workforce-pathways-la-2024-25.json';
const STIPEND = 'STIPEND_PROGRAM_REQUIREMENT';
const SELF = 'SELF_INITIATED';

let general: PlanDefinition;
let stipend: PlanDefinition;

async function loadJson(url: string): Promise<PlanDefinition> {
  const response = await fetch(url);
  return (await response.json()) as PlanDefinition;
}

// Lets the definition's validator finish loading and the element render what it reports.
async function settle(el: PgpTypePicker): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

function boxes(el: PgpTypePicker): HTMLInputElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
}

function box(el: PgpTypePicker, id: string): HTMLInputElement {
  const found = boxes(el).find((candidate) => candidate.dataset.id === id);
  if (!found) {
    throw new Error(`no checkbox for ${id}`);
  }
  return found;
}

function shownErrors(el: PgpTypePicker): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="error"]')].map((node) => node.textContent ?? '');
}

async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const rect = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
}

async function pickerWith(definition: PlanDefinition, value: string[] = []): Promise<PgpTypePicker> {
  const el = await fixture<PgpTypePicker>(html`<pgp-type-picker name="planTypes" .definition=${definition} .value=${value}></pgp-type-picker>`);
  await settle(el);
  return el;
}

async function pickerInForm(definition: PlanDefinition, value: string[] = [], required = false): Promise<{ form: HTMLFormElement; el: PgpTypePicker }> {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <pgp-type-picker name="planTypes" ?required=${required} .definition=${definition} .value=${value}></pgp-type-picker>
      <button type="submit">Submit</button>
    </form>
  `);
  const el = form.querySelector('pgp-type-picker')!;
  await settle(el);
  return { form, el };
}

// Resolves to whether the form's submit event fired, without leaving the test page.
function submitted(form: HTMLFormElement): boolean {
  let fired = false;
  const onSubmit = (event: Event) => {
    fired = true;
    event.preventDefault();
  };
  form.addEventListener('submit', onSubmit);
  form.requestSubmit();
  form.removeEventListener('submit', onSubmit);
  return fired;
}

// Only the validator rejects an id the definition lacks, and it loads after the first render.
async function validatorLoaded(el: PgpTypePicker): Promise<void> {
  await waitUntil(() => !el.validity.valid, 'the validator did not reject the ids the definition lacks');
}

// Records the form's submit events and their submitters, and keeps the test page from navigating.
function recordSubmits(form: HTMLFormElement): Array<HTMLElement | null> {
  const submitters: Array<HTMLElement | null> = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitters.push(event.submitter);
  });
  return submitters;
}

// Runs a test body with console.warn silenced, for values that hold ids the definition lacks.
async function withoutWarnings(body: () => Promise<void>): Promise<void> {
  const warn = console.warn;
  console.warn = () => {};
  try {
    await body();
  } finally {
    console.warn = warn;
  }
}

function stipendTitle(): string {
  return readDefinition(stipend).planTypes.find((planType) => planType.id === STIPEND)!.title;
}

describe('pgp-type-picker', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
    stipend = await loadJson(STIPEND_URL);
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('is accessible when empty', async () => {
    const el = await pickerWith(general);

    await expect(el).to.be.accessible();
  });

  describe('accessibility in each state', () => {
    it('is accessible with types selected', async () => {
      const el = await pickerWith(stipend, [STIPEND, SELF]);

      await expect(el).to.be.accessible();
    });

    it('is accessible with an error shown', async () => {
      const el = await pickerWith(stipend, [SELF]);
      el.reportValidity();
      await settle(el);

      expect(shownErrors(el)).to.not.be.empty;
      await expect(el).to.be.accessible();
    });

    it('is accessible when disabled', async () => {
      const el = await pickerWith(general, [SELF]);
      el.disabled = true;
      await settle(el);

      await expect(el).to.be.accessible();
    });

    it('is accessible when readonly', async () => {
      const el = await pickerWith(general, [SELF]);
      el.readonly = true;
      await settle(el);

      await expect(el).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const el = await fixture<PgpTypePicker>(html`<pgp-type-picker definition-src=${GENERAL_URL}></pgp-type-picker>`);

        expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('is accessible with a definition error', async () => {
      const el = await fixture<PgpTypePicker>(html`<pgp-type-picker></pgp-type-picker>`);
      await settle(el);

      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('rendering', () => {
    it('renders one box per offered type', async () => {
      const el = await pickerWith(general);
      const model = readDefinition(general);

      expect(boxes(el).map((candidate) => candidate.dataset.id)).to.deep.equal(model.planTypes.map((planType) => planType.id));
    });

    it('labels each box with its type title', async () => {
      const el = await pickerWith(general);
      const model = readDefinition(general);

      for (const planType of model.planTypes) {
        const label = el.shadowRoot!.querySelector(`label[for="${box(el, planType.id).id}"]`);
        expect(label?.textContent).to.equal(planType.title);
      }
    });

    it('links each description with aria-describedby', async () => {
      const el = await pickerWith(general);
      const model = readDefinition(general);

      for (const planType of model.planTypes) {
        const ids = (box(el, planType.id).getAttribute('aria-describedby') ?? '').split(' ');
        const texts = ids.map((id) => el.shadowRoot!.getElementById(id)?.textContent);
        expect(texts).to.include(planType.description);
      }
    });

    it('renders a legend and a hint', async () => {
      const el = await pickerWith(general);
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;

      expect(fieldset.querySelector('legend')?.textContent).to.contain('Professional Growth Plan type');
      expect(el.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)?.textContent).to.contain('more than one');
    });

    it('shows a required cue only when required', async () => {
      const el = await pickerWith(general);
      const legend = () => el.shadowRoot!.querySelector('legend')!.textContent ?? '';

      expect(legend()).to.not.contain('required');
      el.required = true;
      await settle(el);
      expect(legend()).to.contain('required');
    });

    it('marks the types the definition requires', async () => {
      const el = await pickerWith(stipend);
      const model = readDefinition(stipend);
      const describedBy = (box(el, STIPEND).getAttribute('aria-describedby') ?? '').split(' ');
      const texts = describedBy.map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '');

      expect(texts.some((text) => text.includes(`Required by ${model.title}`))).to.be.true;
      expect(box(el, SELF).getAttribute('aria-describedby') ?? '').to.not.contain('required');
    });

    it('preselects ids from the value attribute', async () => {
      const el = await fixture<PgpTypePicker>(html`<pgp-type-picker value="${SELF}  ${STIPEND}" .definition=${general}></pgp-type-picker>`);
      await settle(el);

      expect(el.value).to.deep.equal([SELF, STIPEND]);
      expect(box(el, SELF).checked).to.be.true;
      expect(box(el, STIPEND).checked).to.be.true;
    });

    it('shows no error on first render', async () => {
      const el = await pickerWith(stipend, [SELF]);

      expect(el.checkValidity()).to.be.false;
      expect(shownErrors(el)).to.be.empty;
      expect(boxes(el).some((candidate) => candidate.hasAttribute('aria-invalid'))).to.be.false;
    });
  });

  describe('selecting with the keyboard and mouse', () => {
    it('enters the group with Tab and toggles with Space', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>Before</button><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
      const el = wrapper.querySelector('pgp-type-picker')!;
      await settle(el);
      wrapper.querySelector('button')!.focus();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' });
      await settle(el);

      expect(el.value).to.deep.equal([boxes(el)[0].dataset.id]);
    });

    it('moves to the next box with Tab', async () => {
      const el = await pickerWith(general);
      boxes(el)[0].focus();

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await settle(el);

      expect(el.value).to.deep.equal([boxes(el)[1].dataset.id]);
    });

    it('selects several types in definition order', async () => {
      const el = await pickerWith(general);
      const model = readDefinition(general);

      await click(box(el, model.planTypes[2].id));
      await click(box(el, model.planTypes[0].id));
      await settle(el);

      expect(el.value).to.deep.equal([model.planTypes[0].id, model.planTypes[2].id]);
    });

    it('clears a type on a second click', async () => {
      const el = await pickerWith(general, [SELF]);

      await click(box(el, SELF));
      await settle(el);

      expect(el.value).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('fires one input and one change on a click', async () => {
      const el = await pickerWith(general);
      const seen: Event[] = [];
      const record = (event: Event) => seen.push(event);
      document.addEventListener('input', record);
      document.addEventListener('change', record);

      await click(box(el, SELF));
      document.removeEventListener('input', record);
      document.removeEventListener('change', record);

      expect(seen.map((event) => event.type)).to.deep.equal(['input', 'change']);
      expect(seen.every((event) => event.target === el)).to.be.true;
    });

    it('makes input and change bubble and compose', async () => {
      const el = await pickerWith(general);
      const inputEvent = oneEvent(el, 'input');
      const changeEvent = oneEvent(el, 'change');

      await click(box(el, SELF));
      const [input, change] = await Promise.all([inputEvent, changeEvent]);

      expect(input.bubbles).to.be.true;
      expect(input.composed).to.be.true;
      expect(change.bubbles).to.be.true;
      expect(change.composed).to.be.true;
    });

    it('fires nothing when script sets properties', async () => {
      const el = await pickerWith(general);
      const fired: string[] = [];
      for (const type of ['input', 'change', 'pgp-definition-error']) {
        el.addEventListener(type, () => fired.push(type));
      }

      el.value = [SELF, STIPEND];
      el.required = true;
      el.readonly = true;
      el.readonly = false;
      el.definition = stipend;
      el.setAttribute('value', SELF);
      el.setCustomValidity('Host message');
      await settle(el);

      expect(fired).to.deep.equal([]);
    });
  });

  describe('inside a form', () => {
    it('submits one entry per selected id', async () => {
      const { form } = await pickerInForm(general, [SELF, STIPEND]);

      expect(new FormData(form).getAll('planTypes')).to.deep.equal([SELF, STIPEND]);
    });

    it('updates the form data as soon as the value changes', async () => {
      const { form, el } = await pickerInForm(general, [SELF]);

      el.value = [STIPEND];

      expect(new FormData(form).getAll('planTypes')).to.deep.equal([STIPEND]);
    });

    it('submits the user selection', async () => {
      const { form, el } = await pickerInForm(general);

      await click(box(el, STIPEND));

      expect(new FormData(form).getAll('planTypes')).to.deep.equal([STIPEND]);
    });

    it('exposes the associated form', async () => {
      const { form, el } = await pickerInForm(general);

      expect(el.form).to.equal(form);
    });

    it('reports valueMissing when required and empty', async () => {
      const { form, el } = await pickerInForm(general, [], true);

      expect(el.validity.valueMissing).to.be.true;
      expect(el.willValidate).to.be.true;
      expect(submitted(form)).to.be.false;
    });

    it('allows submission when required and filled', async () => {
      const { form } = await pickerInForm(general, [SELF], true);

      expect(submitted(form)).to.be.true;
    });

    it('blocks submission without the stipend type', async () => {
      const { form, el } = await pickerInForm(stipend, [SELF]);

      expect(submitted(form)).to.be.false;
      expect(el.validity.customError).to.be.true;
      expect(el.validationMessage).to.contain(stipendTitle());
    });

    it('shows the stipend message after a submit attempt', async () => {
      const { form, el } = await pickerInForm(stipend, [SELF]);

      submitted(form);
      await settle(el);

      expect(shownErrors(el).join(' ')).to.contain(stipendTitle());
      expect(box(el, STIPEND).getAttribute('aria-invalid')).to.equal('true');
    });

    it('words the missing type as the validator does', async () => {
      const { el } = await pickerInForm(stipend, [SELF]);
      const model = readDefinition(stipend);
      const validatorText = errorMessage(requiredTypeError(model, STIPEND), model);

      el.reportValidity();
      await settle(el);

      expect(shownErrors(el)).to.deep.equal([validatorText]);
      expect(el.validationMessage).to.equal(validatorText);
    });

    it('uses the x-pgp-messages text of a host definition', async () => {
      const hostDefinition = structuredClone(stipend) as Record<string, unknown>;
      hostDefinition.$id = 'https://county.example/definitions/stipend-intake';
      const rule = (hostDefinition.allOf as Array<Record<string, unknown>>).find((branch) => branch['x-pgp-message'] === 'stipend.planTypeRequired')!;
      rule['x-pgp-message'] = 'county.stipendType';
      hostDefinition['x-pgp-messages'] = { 'county.stipendType': 'The county stipend needs the type {planType}.' };

      await withoutWarnings(async () => {
        const { el } = await pickerInForm(hostDefinition as PlanDefinition, [SELF]);
        el.reportValidity();
        await settle(el);

        expect(shownErrors(el)).to.deep.equal([`The county stipend needs the type ${stipendTitle()}.`]);
      });
    });

    it('submits once the stipend type is checked', async () => {
      const { form, el } = await pickerInForm(stipend, [SELF]);

      await click(box(el, STIPEND));

      expect(el.checkValidity()).to.be.true;
      expect(submitted(form)).to.be.true;
    });

    it('focuses the missing required type on reportValidity', async () => {
      const { el } = await pickerInForm(stipend, [SELF]);

      expect(el.reportValidity()).to.be.false;

      expect(el.shadowRoot!.activeElement).to.equal(box(el, STIPEND));
    });

    it('focuses the first box on reportValidity when empty', async () => {
      const { el } = await pickerInForm(general, [], true);

      expect(el.reportValidity()).to.be.false;

      expect(el.shadowRoot!.activeElement).to.equal(boxes(el)[0]);
    });

    it('links the shown message to the boxes', async () => {
      const { el } = await pickerInForm(general, [], true);

      el.reportValidity();
      await settle(el);
      const describedBy = (boxes(el)[0].getAttribute('aria-describedby') ?? '').split(' ');
      const region = describedBy.map((id) => el.shadowRoot!.getElementById(id)).find((node) => node?.getAttribute('aria-live'));

      expect(region?.textContent).to.contain('Select at least one plan type');
      expect(boxes(el)[0].getAttribute('aria-invalid')).to.equal('true');
    });

    it('shows errors once focus leaves the group', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><pgp-type-picker required .definition=${general}></pgp-type-picker><button type="button">After</button></form>
      `);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);
      boxes(el)[0].focus();

      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(shownErrors(el)).to.be.empty;
      for (let index = 1; index < boxes(el).length; index += 1) {
        await sendKeys({ press: 'Tab' });
      }
      await settle(el);

      expect(document.activeElement).to.equal(form.querySelector('button'));
      expect(shownErrors(el)).to.not.be.empty;
    });

    it('restores the value attribute on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pgp-type-picker name="planTypes" value=${SELF} .definition=${general}></pgp-type-picker></form>`);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);

      await click(box(el, STIPEND));
      form.reset();
      await settle(el);

      expect(el.value).to.deep.equal([SELF]);
      expect(box(el, STIPEND).checked).to.be.false;
      expect(new FormData(form).getAll('planTypes')).to.deep.equal([SELF]);
    });

    it('restores the value set before connection on reset', async () => {
      const { form, el } = await pickerInForm(general, [STIPEND]);

      el.value = [SELF];
      form.reset();

      expect(el.value).to.deep.equal([STIPEND]);
    });

    it('hides shown errors on reset', async () => {
      const { form, el } = await pickerInForm(general, [], true);
      el.reportValidity();
      await settle(el);

      form.reset();
      await settle(el);

      expect(shownErrors(el)).to.be.empty;
      expect(boxes(el)[0].hasAttribute('aria-invalid')).to.be.false;
    });

    it('restores a saved state', async () => {
      const { form, el } = await pickerInForm(general);

      el.formStateRestoreCallback(JSON.stringify([STIPEND, SELF]), 'restore');

      expect(el.value).to.deep.equal([STIPEND, SELF]);
      expect(new FormData(form).getAll('planTypes')).to.deep.equal([STIPEND, SELF]);
    });

    it('restores a space-separated autofill state', async () => {
      const { el } = await pickerInForm(general);

      el.formStateRestoreCallback(`${SELF} ${STIPEND}`, 'autocomplete');

      expect(el.value).to.deep.equal([SELF, STIPEND]);
    });

    it('disables the boxes in a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><fieldset disabled><pgp-type-picker name="planTypes" .definition=${general} .value=${[SELF]}></pgp-type-picker></fieldset></form>
      `);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);

      expect(boxes(el).every((candidate) => candidate.disabled)).to.be.true;
      expect(new FormData(form).getAll('planTypes')).to.deep.equal([]);
    });

    it('enables the boxes when the fieldset is enabled', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><fieldset disabled><pgp-type-picker .definition=${general}></pgp-type-picker></fieldset></form>
      `);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);

      form.querySelector('fieldset')!.disabled = false;
      await settle(el);

      expect(boxes(el).some((candidate) => candidate.disabled)).to.be.false;
    });

    it('calls formDisabledCallback for the disabled attribute', async () => {
      const { form, el } = await pickerInForm(general, [SELF]);

      el.disabled = true;
      await settle(el);

      expect(boxes(el).every((candidate) => candidate.disabled)).to.be.true;
      expect(new FormData(form).getAll('planTypes')).to.deep.equal([]);
      expect(el.willValidate).to.be.false;
    });

    it('keeps readonly boxes unchanged on click', async () => {
      const { el } = await pickerInForm(general, [SELF]);
      el.readonly = true;
      await settle(el);
      let events = 0;
      el.addEventListener('input', () => (events += 1));
      el.addEventListener('change', () => (events += 1));

      await click(box(el, STIPEND));
      await click(box(el, SELF));
      await settle(el);

      expect(el.value).to.deep.equal([SELF]);
      expect(box(el, SELF).checked).to.be.true;
      expect(box(el, STIPEND).checked).to.be.false;
      expect(events).to.equal(0);
    });

    it('keeps readonly boxes unchanged on Space', async () => {
      const { el } = await pickerInForm(general, [SELF]);
      el.readonly = true;
      await settle(el);

      box(el, SELF).focus();
      await sendKeys({ press: ' ' });
      await settle(el);

      expect(el.value).to.deep.equal([SELF]);
    });

    it('submits through the default button on Enter in a box', async () => {
      const { form, el } = await pickerInForm(general, [SELF]);
      const submitters = recordSubmits(form);
      box(el, STIPEND).focus();

      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(submitters).to.deep.equal([form.querySelector('button')]);
      expect(el.value).to.deep.equal([SELF]);
    });

    it('submits on Enter in a form without a submit button', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pgp-type-picker name="planTypes" .definition=${general} .value=${[SELF]}></pgp-type-picker></form>`);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);
      const submitters = recordSubmits(form);
      box(el, SELF).focus();

      await sendKeys({ press: 'Enter' });

      expect(submitters).to.deep.equal([null]);
    });

    it('does not submit on Enter when the default button is disabled', async () => {
      const { form, el } = await pickerInForm(general, [SELF]);
      form.querySelector('button')!.disabled = true;
      const submitters = recordSubmits(form);
      box(el, SELF).focus();

      await sendKeys({ press: 'Enter' });

      expect(submitters).to.deep.equal([]);
    });

    it('does not submit on Enter when readonly', async () => {
      const { form, el } = await pickerInForm(general, [SELF]);
      el.readonly = true;
      await settle(el);
      const submitters = recordSubmits(form);
      box(el, SELF).focus();

      await sendKeys({ press: 'Enter' });

      expect(submitters).to.deep.equal([]);
    });

    it('shows errors instead of submitting on Enter when invalid', async () => {
      const { form, el } = await pickerInForm(stipend, [SELF]);
      const submitters = recordSubmits(form);
      box(el, SELF).focus();

      await sendKeys({ press: 'Enter' });
      await settle(el);

      expect(submitters).to.deep.equal([]);
      expect(shownErrors(el).join(' ')).to.contain(stipendTitle());
    });

    it('keeps readonly boxes focusable and submitted', async () => {
      const { form, el } = await pickerInForm(general, [SELF]);
      el.readonly = true;
      await settle(el);

      box(el, SELF).focus();

      expect(el.shadowRoot!.activeElement).to.equal(box(el, SELF));
      expect(boxes(el).every((candidate) => !candidate.disabled && candidate.getAttribute('aria-readonly') === 'true')).to.be.true;
      expect(new FormData(form).getAll('planTypes')).to.deep.equal([SELF]);
    });
  });

  describe('custom validity', () => {
    it('shows the custom-validity attribute at once', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><pgp-type-picker custom-validity="Plan type rejected by the server." .definition=${general} .value=${[SELF]}></pgp-type-picker></form>
      `);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);

      expect(el.validity.customError).to.be.true;
      expect(el.validationMessage).to.equal('Plan type rejected by the server.');
      expect(shownErrors(el)).to.include('Plan type rejected by the server.');
      expect(submitted(form)).to.be.false;
    });

    it('clears the custom-validity attribute on user change', async () => {
      const el = await fixture<PgpTypePicker>(html`
        <pgp-type-picker custom-validity="Plan type rejected by the server." .definition=${general} .value=${[SELF]}></pgp-type-picker>
      `);
      await settle(el);

      await click(box(el, STIPEND));
      await settle(el);

      expect(el.hasAttribute('custom-validity')).to.be.false;
      expect(el.checkValidity()).to.be.true;
      expect(shownErrors(el)).to.be.empty;
    });

    it('shows only the custom message while it is set', async () => {
      const serverMessage = 'The plan must include the stipend program type.';
      const form = await fixture<HTMLFormElement>(html`
        <form><pgp-type-picker required custom-validity=${serverMessage} .definition=${stipend} .value=${[]}></pgp-type-picker></form>
      `);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);

      expect(shownErrors(el)).to.deep.equal([serverMessage]);
      expect(el.validationMessage).to.equal(serverMessage);
      expect(el.validity.valueMissing).to.be.true;
    });

    it('shows only a message from setCustomValidity after a report', async () => {
      const el = await pickerWith(stipend, [SELF]);

      el.setCustomValidity('Choose a type your employer accepts.');
      el.reportValidity();
      await settle(el);

      expect(shownErrors(el)).to.deep.equal(['Choose a type your employer accepts.']);
    });

    it('resumes its own checks once the user changes the selection', async () => {
      const el = await fixture<PgpTypePicker>(html`
        <pgp-type-picker required custom-validity="Rejected by the server." .definition=${stipend} .value=${[SELF]}></pgp-type-picker>
      `);
      await settle(el);

      await click(box(el, 'CTC_PERMIT_UPGRADE_RENEWAL'));
      await settle(el);

      expect(shownErrors(el)).to.have.length(1);
      expect(shownErrors(el)[0]).to.contain(stipendTitle());
      expect(el.validationMessage).to.contain(stipendTitle());
    });

    it('names every rejected id in one message', async () => {
      await withoutWarnings(async () => {
        const el = await pickerWith(general, ['OLD_TYPE_A', SELF, 'OLD_TYPE_B']);
        await validatorLoaded(el);

        el.reportValidity();
        await settle(el);
        const rejected = shownErrors(el).filter((text) => text.includes('OLD_TYPE'));

        expect(rejected).to.have.length(1);
        expect(rejected[0]).to.contain('"OLD_TYPE_A"');
        expect(rejected[0]).to.contain('"OLD_TYPE_B"');
        expect(shownErrors(el).join(' ')).to.not.contain('Choose one of the options');
        expect(box(el, 'OLD_TYPE_A').getAttribute('aria-invalid')).to.equal('true');
        expect(box(el, 'OLD_TYPE_B').getAttribute('aria-invalid')).to.equal('true');
        expect(box(el, SELF).hasAttribute('aria-invalid')).to.be.false;
      });
    });

    it('names a single rejected id', async () => {
      await withoutWarnings(async () => {
        const el = await pickerWith(general, ['OLD_TYPE_A']);
        await validatorLoaded(el);

        el.reportValidity();
        await settle(el);

        expect(shownErrors(el)).to.have.length(1);
        expect(shownErrors(el)[0]).to.contain('"OLD_TYPE_A"');
        expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id).to.equal('OLD_TYPE_A');
      });
    });

    it('shows one message when empty, required and missing a required type', async () => {
      const el = await pickerWith(stipend, []);
      el.required = true;

      el.reportValidity();
      await settle(el);

      expect(shownErrors(el)).to.have.length(1);
      expect(shownErrors(el)[0]).to.contain(stipendTitle());
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validity.customError).to.be.true;
    });

    it('sets and clears a message with setCustomValidity', async () => {
      const el = await pickerWith(general, [SELF]);

      el.setCustomValidity('Choose a type your employer accepts.');
      expect(el.validationMessage).to.equal('Choose a type your employer accepts.');
      el.setCustomValidity('');

      expect(el.checkValidity()).to.be.true;
    });
  });

  describe('ids the definition does not offer', () => {
    it('keeps an unknown id and shows it as a checked box', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await pickerWith(general, [SELF, 'LEGACY_TYPE']);

        expect(el.value).to.deep.equal([SELF, 'LEGACY_TYPE']);
        expect(box(el, 'LEGACY_TYPE').checked).to.be.true;
        expect(el.shadowRoot!.querySelector(`label[for="${box(el, 'LEGACY_TYPE').id}"]`)?.textContent).to.equal('LEGACY_TYPE');
      } finally {
        console.warn = warn;
      }
    });

    it('warns once naming the unknown id', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await pickerWith(general, ['LEGACY_TYPE']);
        el.required = true;
        el.value = ['LEGACY_TYPE', SELF];
        await settle(el);

        const aboutId = warnings.filter((text) => text.includes('"LEGACY_TYPE"'));
        expect(aboutId).to.have.length(1);
        expect(aboutId[0]).to.contain('add "LEGACY_TYPE" to the definition');
      } finally {
        console.warn = warn;
      }
    });

    it('keeps the unknown box after the user clears it', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await pickerWith(general, ['LEGACY_TYPE']);

        await click(box(el, 'LEGACY_TYPE'));
        await settle(el);

        expect(el.value).to.deep.equal([]);
        expect(box(el, 'LEGACY_TYPE').checked).to.be.false;
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('when the definition cannot be used', () => {
    it('shows an alert and fires once without a definition', async () => {
      const el = document.createElement('pgp-type-picker');
      const events: PgpDefinitionErrorEvent[] = [];
      el.addEventListener('pgp-definition-error', (event) => events.push(event));

      document.body.append(el);
      await settle(el);
      el.required = true;
      await settle(el);
      el.remove();

      expect(events).to.have.length(1);
      expect(events[0]).to.be.instanceOf(PgpDefinitionErrorEvent);
      expect(events[0].problem).to.equal('missing');
      expect(events[0].bubbles).to.be.true;
      expect(events[0].composed).to.be.true;
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim()).to.not.equal('');
    });

    it('is invalid without a definition', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pgp-type-picker name="planTypes"></pgp-type-picker></form>`);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);

      expect(el.validity.customError).to.be.true;
      expect(el.validationMessage).to.equal(el.shadowRoot!.querySelector('[role="alert"]')!.textContent);
      expect(submitted(form)).to.be.false;
    });

    it('moves focus to the alert on a submit attempt', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pgp-type-picker name="planTypes"></pgp-type-picker><button type="submit">Submit</button></form>`);
      const el = form.querySelector('pgp-type-picker')!;
      await settle(el);
      const submitters = recordSubmits(form);
      form.querySelector('button')!.focus();

      await sendKeys({ press: 'Enter' });

      expect(submitters).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('alert');
    });

    it('moves focus to the alert on reportValidity', async () => {
      const el = await fixture<PgpTypePicker>(html`<pgp-type-picker></pgp-type-picker>`);
      await settle(el);

      expect(el.reportValidity()).to.be.false;

      expect(el.shadowRoot!.activeElement?.getAttribute('role')).to.equal('alert');
    });

    it('keeps the alert out of the tab order', async () => {
      const el = await fixture<PgpTypePicker>(html`<pgp-type-picker></pgp-type-picker>`);
      await settle(el);

      expect(el.shadowRoot!.querySelector('[role="alert"]')!.getAttribute('tabindex')).to.equal('-1');
    });

    it('hides the hint when there are no choices', async () => {
      const el = await fixture<PgpTypePicker>(html`<pgp-type-picker></pgp-type-picker>`);
      await settle(el);

      expect(el.shadowRoot!.querySelectorAll('[part="hint"]').length).to.equal(0);
      expect(el.shadowRoot!.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.be.false;
    });

    it('reports an unreachable definition-src', async () => {
      const el = document.createElement('pgp-type-picker');
      const failure = oneEvent(el, 'pgp-definition-error');
      el.setAttribute('definition-src', '/schemas/definitions/no-such-definition.json');

      document.body.append(el);
      const event = await failure;
      await settle(el);
      el.remove();

      expect(event.problem).to.equal('unreachable');
      expect(event.detail).to.contain('no-such-definition.json');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.not.exist;
    });

    it('reports a definition-src that is not JSON', async () => {
      const el = document.createElement('pgp-type-picker');
      const failure = oneEvent(el, 'pgp-definition-error');
      el.setAttribute('definition-src', '/src/i18n/index.ts');

      document.body.append(el);
      const event = await failure;
      el.remove();

      expect(event.problem).to.equal('not-json');
    });

    it('reports an invalid definition', async () => {
      const el = document.createElement('pgp-type-picker');
      const failure = oneEvent(el, 'pgp-definition-error');
      el.definition = ['not', 'a', 'schema'] as unknown as PlanDefinition;

      document.body.append(el);
      const event = await failure;
      await settle(el);
      el.remove();

      expect(event.problem).to.equal('invalid');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expect(el.checkValidity()).to.be.false;
    });

    it('recovers when a valid definition is set', async () => {
      const el = await fixture<PgpTypePicker>(html`<pgp-type-picker></pgp-type-picker>`);
      await settle(el);

      el.definition = general;
      await settle(el);

      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.exist;
      expect(boxes(el)).to.not.be.empty;
    });

    it('announces loading, then renders the fetched types', async () => {
      const el = document.createElement('pgp-type-picker');
      el.definitionSrc = GENERAL_URL;
      document.body.append(el);
      await el.updateComplete;

      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status?.textContent).to.contain('Loading');
      expect(el.validity.customError).to.be.true;
      while (el.shadowRoot!.querySelector('[role="status"]')) {
        await nextFrame();
      }
      el.remove();

      expect(boxes(el)).to.have.length(readDefinition(general).planTypes.length);
    });
  });

  describe('layout', () => {
    // A 320 px container takes the place of a 320 px viewport, because Firefox's remote protocol cannot
    // resize the viewport; doubling the font size in it matches 200 % zoom of a 640 px window.
    async function narrowPicker(fontSize: string): Promise<{ container: HTMLDivElement; el: PgpTypePicker }> {
      const container = await fixture<HTMLDivElement>(html`
        <div style="width: 320px; font-size: ${fontSize}; overflow: auto">
          <pgp-type-picker .definition=${stipend} .value=${[SELF, 'AN_UNUSUALLY_LONG_PLAN_TYPE_IDENTIFIER_WITHOUT_ANY_SPACES']}></pgp-type-picker>
        </div>
      `);
      const el = container.querySelector('pgp-type-picker')!;
      el.reportValidity();
      await settle(el);
      return { container, el };
    }

    it('sizes the checkboxes at least 24 px at a 16 px font', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="font-size: 16px"><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
      const el = container.querySelector('pgp-type-picker')!;
      await settle(el);
      const size = box(el, SELF).getBoundingClientRect();

      expect(size.width).to.be.at.least(24);
      expect(size.height).to.be.at.least(24);
    });

    it('grows the checkboxes with the root font size', async () => {
      const el = await pickerWith(general);
      const root = document.documentElement;
      const before = box(el, SELF).getBoundingClientRect().width;

      root.style.fontSize = '200%';
      try {
        const after = box(el, SELF).getBoundingClientRect().width;

        expect(after).to.be.closeTo(before * 2, 1);
      } finally {
        root.style.fontSize = '';
      }
    });

    it('toggles a box from its label', async () => {
      const el = await pickerWith(general);

      await click(el.shadowRoot!.querySelector(`label[for="${box(el, SELF).id}"]`)!);
      await settle(el);

      expect(el.value).to.deep.equal([SELF]);
    });

    it('fits 320 px without horizontal scrolling', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { container, el } = await narrowPicker('16px');

        expect(container.scrollWidth).to.be.at.most(container.clientWidth);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        console.warn = warn;
      }
    });

    it('fits 320 px at double font size', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { container, el } = await narrowPicker('32px');

        expect(container.scrollWidth).to.be.at.most(container.clientWidth);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('locale', () => {
    it('follows the lang of an ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="es-MX"><pgp-type-picker .definition=${general}></pgp-type-picker></div>`);
      const el = wrapper.querySelector('pgp-type-picker')!;
      await settle(el);

      // Switching to es loads its locale module first, which can take longer than a frame.
      await waitUntil(() => ensureLocalization()?.getLocale() === 'es', 'the locale did not become es under lang="es-MX"');
      expect(ensureLocalization()?.getLocale()).to.equal('es');
      wrapper.setAttribute('lang', 'en');
      // The locale switch is asynchronous because a locale module may have to load first.
      await waitUntil(() => ensureLocalization()?.getLocale() === 'en', 'the locale stayed es after lang="en"');
      expect(ensureLocalization()?.getLocale()).to.equal('en');
    });
  });

  describe('in Spanish', () => {
    afterEach(async () => {
      document.documentElement.removeAttribute('lang');
    });

    it('shows a rejected type in Spanish', async () => {
      await withoutWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><pgp-type-picker .definition=${general} .value=${['OLD_TYPE_A']}></pgp-type-picker></div>`);
        const el = wrapper.querySelector('pgp-type-picker')!;
        await waitUntil(() => ensureLocalization()?.getLocale() === 'es', 'the locale did not become es under lang="es"');
        await validatorLoaded(el);
        el.reportValidity();
        await settle(el);

        expect(shownErrors(el)).to.have.length(1);
        expect(shownErrors(el)[0]).to.contain('OLD_TYPE_A');
        expect(shownErrors(el)[0]).to.not.contain('does not accept the plan type');

        wrapper.setAttribute('lang', 'en');
        await waitUntil(() => ensureLocalization()?.getLocale() === 'en', 'the locale stayed es after lang="en"');
        await settle(el);
        expect(shownErrors(el)[0]).to.contain('does not accept the plan type "OLD_TYPE_A"');
      });
    });
  });

  describe('registration', () => {
    it('skips a tag already defined by the same class', () => {
      expect(() => defineTypePicker()).to.not.throw();
      expect(customElements.get('pgp-type-picker')).to.exist;
    });
  });
});
