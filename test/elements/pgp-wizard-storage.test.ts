import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PgpWizard } from '../../src/elements/pgp-wizard/pgp-wizard.js';
import type { PgpChangeEvent } from '../../src/events/index.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { action, completePlan, field, GENERAL_URL, loadJson, root, settle, wizard } from './wizard-helpers.js';

// Each test has its own key, so a wizard left from an earlier test cannot write into it.
let KEY = '';
let testNumber = 0;

let general: PlanDefinition;

function storedDraft(): { plan: Record<string, unknown>; step: string; savedAt: string } | null {
  const text = localStorage.getItem(KEY);
  return text === null ? null : JSON.parse(text);
}

function notice(el: PgpWizard, kind: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[data-notice="${kind}"]`);
}

async function press(el: PgpWizard, name: string): Promise<void> {
  action(el, name).click();
  await settle(el);
}

function planFile(content: string, name = 'plan.json'): File {
  return new File([content], name, { type: 'application/json' });
}

async function choose(el: PgpWizard, file: File): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => notice(el, 'import-offer') || notice(el, 'import-problem'), 'the file was not read');
  await settle(el);
}

describe('pgp-wizard', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
  });

  beforeEach(() => {
    testNumber += 1;
    KEY = `pgp-wizard-test-draft-${testNumber}`;
  });

  afterEach(() => {
    localStorage.clear();
  });

  describe('drafts', () => {
    it('saves the draft on step change', async () => {
      const el = await wizard(general, { autosave: KEY, skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      await press(el, 'next');
      field(el, '/fiscalYear').focus();
      await sendKeys({ type: '2024-2025' });
      await press(el, 'back');

      expect(storedDraft()?.plan.fiscalYear).to.equal('2024-2025');
      expect(storedDraft()?.step).to.equal('types');
    });

    it('offers to continue the draft after a reload', async () => {
      const first = await wizard(general, { autosave: KEY, skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      await press(first, 'next');
      field(first, '/fiscalYear').focus();
      await sendKeys({ type: '2024-2025' });
      await press(first, 'next');
      first.remove();

      const el = await wizard(general, { autosave: KEY, skipIntro: true });
      expect(notice(el, 'draft-offer')?.textContent).to.contain('Continue your draft from');
      await expect(el).to.be.accessible();
      await press(el, 'continue-draft');

      expect(el.plan.fiscalYear).to.equal('2024-2025');
      expect(el.step).to.equal('goals');
    });

    it('asks before starting over and can undo', async () => {
      localStorage.setItem(KEY, JSON.stringify({ plan: completePlan(), step: 'details', savedAt: '2025-01-02T10:00:00Z' }));
      const el = await wizard(general, { autosave: KEY, skipIntro: true });

      await press(el, 'start-over');
      expect(notice(el, 'confirm-start-over')).to.exist;
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      await press(el, 'confirm-start-over');
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(el.plan).to.deep.equal({});
      await press(el, 'undo-start-over');

      expect(el.plan.fiscalYear).to.equal('2024-2025');
      expect(storedDraft()?.plan.fiscalYear).to.equal('2024-2025');
    });

    it('keeps the answers when storage is full', async () => {
      const el = await wizard(general, { autosave: KEY, skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        await press(el, 'next');
        field(el, '/fiscalYear').focus();
        await sendKeys({ type: '2024-2025' });
        await press(el, 'back');
      } finally {
        Storage.prototype.setItem = setItem;
      }

      expect(notice(el, 'storage')?.textContent).to.contain('could not be saved on this device');
      expect(notice(el, 'storage')?.textContent).to.contain('Export');
      expect(el.plan.fiscalYear).to.equal('2024-2025');
    });

    it('asks which version to keep when another tab changes the draft', async () => {
      const el = await wizard(general, { autosave: KEY, skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      const other = { plan: { ...completePlan(), fiscalYear: '2025-2026' }, step: 'goals', savedAt: '2025-03-04T09:00:00Z' };

      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(other), storageArea: localStorage }));
      await settle(el);

      expect(notice(el, 'conflict')?.textContent).to.contain('This plan was changed in another tab');
      expect(el.plan.fiscalYear).to.equal(undefined);
      await press(el, 'load-other-tab');
      expect(el.plan.fiscalYear).to.equal('2025-2026');
    });

    it('keeps this tab\'s version when chosen', async () => {
      const el = await wizard(general, { autosave: KEY, skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });
      const other = { plan: { planTypes: ['SELF_INITIATED'], fiscalYear: '2025-2026' }, step: 'goals', savedAt: '2025-03-04T09:00:00Z' };
      window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: JSON.stringify(other), storageArea: localStorage }));
      await settle(el);

      await press(el, 'keep-this-tab');

      expect(el.plan.fiscalYear).to.equal(undefined);
      expect(storedDraft()?.plan.fiscalYear).to.equal(undefined);
    });

    it('clears the draft after a successful submit', async () => {
      const el = await wizard(general, { autosave: KEY, skipIntro: true, plan: completePlan() });
      el.addEventListener('pgp-submit', (event) => event.waitUntil(Promise.resolve()));
      await press(el, 'next');
      field(el, '/fiscalYear').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '5' });
      await press(el, 'next');
      await press(el, 'next');
      expect(storedDraft()?.step).to.equal('review');

      await el.submit();
      await waitUntil(() => el.step === 'done');

      expect(localStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('import and export', () => {
    it('opens a valid file after asking', async () => {
      const el = await wizard(general, { skipIntro: true });
      const changes: PgpChangeEvent[] = [];
      el.addEventListener('pgp-change', (event) => changes.push(event));

      await choose(el, planFile(JSON.stringify(completePlan()), 'my-plan.json'));
      expect(notice(el, 'import-offer')?.textContent).to.contain('my-plan.json');
      expect(el.plan).to.deep.equal({});
      await press(el, 'replace-with-import');

      expect(el.plan).to.deep.equal(completePlan());
      expect(changes).to.have.length(1);
    });

    it('names the problem of a file that is not JSON', async () => {
      const el = await wizard(general, { skipIntro: true, plan: { planTypes: ['SELF_INITIATED'] } });

      await choose(el, planFile('not json at all', 'notes.json'));

      expect(notice(el, 'import-problem')?.textContent).to.contain('"notes.json" is not a plan file');
      expect(el.plan).to.deep.equal({ planTypes: ['SELF_INITIATED'] });
    });

    it('rejects JSON that is not a plan', async () => {
      const el = await wizard(general, { skipIntro: true });

      await choose(el, planFile(JSON.stringify({ goals: 'none' })));

      expect(notice(el, 'import-problem')?.textContent).to.contain('has no list of plan types');
    });

    it('rejects a value of the wrong kind', async () => {
      const el = await wizard(general, { skipIntro: true });

      await choose(el, planFile(JSON.stringify({ planTypes: ['SELF_INITIATED'], goals: 'none' })));

      expect(notice(el, 'import-problem')?.textContent).to.contain('not the kind of value a plan holds');
    });

    it('downloads the plan as a .json file', async () => {
      const el = await wizard(general, { plan: completePlan() });
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let blob: Blob | undefined;
      let fileName = '';
      URL.createObjectURL = (value: Blob | MediaSource) => {
        blob = value as Blob;
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        fileName = this.download;
      };
      try {
        await press(el, 'export');
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }

      expect(fileName).to.equal('professional-growth-plan-2024-2025.json');
      expect(JSON.parse(await blob!.text())).to.deep.equal(completePlan());
    });
  });

  describe('print', () => {
    it('opens the print dialog from the review step', async () => {
      const el = await wizard(general, { skipIntro: true, plan: completePlan() });
      for (let step = 0; step < 3; step += 1) await press(el, 'next');
      const print = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        await press(el, 'print');
      } finally {
        window.print = print;
      }

      expect(printed).to.equal(1);
      expect(root(el).querySelector('pgp-plan-summary')).to.exist;
    });
  });

  describe('inside a form', () => {
    it('submits the plan as JSON under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pgp-wizard name="plan" .definition=${general} .plan=${completePlan()}></pgp-wizard></form>`);
      const el = form.querySelector('pgp-wizard')!;
      await settle(el);

      const data = new FormData(form);

      expect(JSON.parse(String(data.get('plan')))).to.deep.equal(completePlan());
    });
  });
});
