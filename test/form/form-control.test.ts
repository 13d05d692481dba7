import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { FormControlElement, VALID } from '../../src/form/form-control.js';
import type { ControlValidity } from '../../src/form/form-control.js';
import { formDataFor, listToState, splitList, stateToList } from '../../src/form/form-value.js';

// A minimal control over the base: a list of words, required when `required` is set.
class WordListControl extends FormControlElement {
  words: string[] = [];

  initialWords: string[] = [];

  get errorsVisible(): boolean {
    return this.errorsShown;
  }

  setWords(words: string[]): void {
    this.words = words;
    this.updateFormValue();
    this.updateValidity();
    this.requestUpdate();
  }

  userEdits(words: string[]): void {
    this.setWords(words);
    this.markUserChange();
  }

  protected override formValue(): FormData | null {
    return formDataFor(this.name, this.words);
  }

  protected override formState(): string {
    return listToState(this.words);
  }

  protected override computeValidity(): ControlValidity {
    const anchor = this.shadowRoot?.querySelector('button') ?? undefined;
    if (this.required && this.words.length === 0) {
      return { flags: { valueMissing: true }, message: 'Add a word.', anchor };
    }
    return { ...VALID, anchor };
  }

  protected override resetValue(): void {
    this.setWords(this.initialWords);
  }

  protected override restoreValue(state: string | File | FormData | null): void {
    this.setWords(stateToList(state) ?? []);
  }

  protected override render(): TemplateResult {
    return html`<button type="button" ?disabled=${this.effectivelyDisabled}>Edit</button>`;
  }
}
customElements.define('test-word-list', WordListControl);

async function controlInForm(): Promise<{ form: HTMLFormElement; control: WordListControl }> {
  const form = await fixture<HTMLFormElement>(fixtureHtml`<form><test-word-list name="words"></test-word-list></form>`);
  const control = form.querySelector('test-word-list') as WordListControl;
  await control.updateComplete;
  return { form, control };
}

describe('FormControlElement', () => {
  describe('inside a form', () => {
    it('submits one entry per value', async () => {
      const { form, control } = await controlInForm();

      control.setWords(['a', 'b']);

      expect(new FormData(form).getAll('words')).to.deep.equal(['a', 'b']);
    });

    it('submits under a renamed name', async () => {
      const { form, control } = await controlInForm();
      control.setWords(['a']);

      control.name = 'renamed';

      expect(new FormData(form).getAll('renamed')).to.deep.equal(['a']);
      expect(new FormData(form).getAll('words')).to.deep.equal([]);
    });

    it('reflects the name attribute', async () => {
      const { control } = await controlInForm();

      control.name = 'other';
      await control.updateComplete;

      expect(control.getAttribute('name')).to.equal('other');
    });

    it('submits nothing without a name', async () => {
      const { form, control } = await controlInForm();
      control.name = '';

      control.setWords(['a']);

      expect([...new FormData(form).keys()]).to.deep.equal([]);
    });

    it('exposes the form and its labels', async () => {
      const form = await fixture<HTMLFormElement>(fixtureHtml`<form><label for="c">Words</label><test-word-list id="c"></test-word-list></form>`);
      const control = form.querySelector('test-word-list') as WordListControl;

      expect(control.form).to.equal(form);
      expect(control.labels.length).to.equal(1);
    });

    it('blocks submission when required and empty', async () => {
      const { form, control } = await controlInForm();
      control.required = true;

      expect(control.checkValidity()).to.be.false;
      expect(control.validity.valueMissing).to.be.true;
      expect(control.validationMessage).to.equal('Add a word.');
      expect(form.checkValidity()).to.be.false;
    });

    it('shows errors after a failed submit attempt', async () => {
      const { form, control } = await controlInForm();
      control.required = true;
      form.addEventListener('submit', (event) => event.preventDefault());

      form.requestSubmit();

      expect(control.errorsVisible).to.be.true;
    });

    it('hides errors until touched or reported', async () => {
      const { control } = await controlInForm();
      control.required = true;
      await control.updateComplete;

      expect(control.errorsVisible).to.be.false;
      control.reportValidity();
      expect(control.errorsVisible).to.be.true;
    });

    it('focuses the anchor on reportValidity', async () => {
      const { control } = await controlInForm();
      control.required = true;

      control.reportValidity();

      expect(control.shadowRoot!.activeElement).to.equal(control.shadowRoot!.querySelector('button'));
    });

    it('resets to the initial value and hides errors', async () => {
      const { form, control } = await controlInForm();
      control.initialWords = ['first'];
      control.required = true;
      control.reportValidity();

      form.reset();

      expect(control.words).to.deep.equal(['first']);
      expect(control.errorsVisible).to.be.false;
      expect(new FormData(form).getAll('words')).to.deep.equal(['first']);
    });

    it('restores a saved state', async () => {
      const { form, control } = await controlInForm();

      control.formStateRestoreCallback(listToState(['x', 'y']), 'restore');

      expect(new FormData(form).getAll('words')).to.deep.equal(['x', 'y']);
    });

    it('is disabled by a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(fixtureHtml`<form><fieldset disabled><test-word-list name="words"></test-word-list></fieldset></form>`);
      const control = form.querySelector('test-word-list') as WordListControl;
      control.setWords(['a']);
      await control.updateComplete;

      expect(control.shadowRoot!.querySelector('button')!.disabled).to.be.true;
      expect(new FormData(form).getAll('words')).to.deep.equal([]);
      expect(control.willValidate).to.be.false;
    });

    it('is barred from validation when readonly', async () => {
      const { form, control } = await controlInForm();
      control.required = true;
      control.readonly = true;
      await control.updateComplete;

      expect(control.willValidate).to.be.false;
      expect(form.checkValidity()).to.be.true;
    });
  });

  describe('custom validity', () => {
    it('takes precedence over the own message', async () => {
      const { control } = await controlInForm();
      control.required = true;

      control.setCustomValidity('Rejected by the server.');

      expect(control.validity.customError).to.be.true;
      expect(control.validity.valueMissing).to.be.true;
      expect(control.validationMessage).to.equal('Rejected by the server.');
    });

    it('clears on a user change', async () => {
      const { control } = await controlInForm();
      control.setCustomValidity('Rejected by the server.');

      control.userEdits(['a']);

      expect(control.checkValidity()).to.be.true;
    });

    it('stays after a form reset', async () => {
      const { form, control } = await controlInForm();
      control.setCustomValidity('Rejected by the server.');

      form.reset();

      expect(control.validationMessage).to.equal('Rejected by the server.');
    });
  });
});

describe('form values', () => {
  it('builds one entry per value', () => {
    const data = formDataFor('types', ['A', 'B', 'A']);

    expect(data?.getAll('types')).to.deep.equal(['A', 'B', 'A']);
  });

  it('builds nothing without a name', () => {
    expect(formDataFor('', ['A'])).to.equal(null);
  });

  it('round-trips a list through the state', () => {
    expect(stateToList(listToState(['A', 'with space']))).to.deep.equal(['A', 'with space']);
  });

  it('reads a space-separated state', () => {
    expect(stateToList('  A   B ')).to.deep.equal(['A', 'B']);
  });

  it('reads a FormData state', () => {
    const data = new FormData();
    data.append('x', 'A');
    data.append('x', 'B');

    expect(stateToList(data)).to.deep.equal(['A', 'B']);
  });

  it('reads no list from a missing state', () => {
    expect(stateToList(null)).to.equal(null);
  });

  it('splits an attribute value', () => {
    expect(splitList('\tA\nB  C ')).to.deep.equal(['A', 'B', 'C']);
    expect(splitList(null)).to.deep.equal([]);
  });
});
