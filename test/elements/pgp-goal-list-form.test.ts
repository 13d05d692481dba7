import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import type { PgpGoalList } from '../../src/elements/pgp-goal-list/pgp-goal-list.js';
import { PgpEvidenceRequestEvent } from '../../src/events/index.js';
import type { EvidenceUpload } from '../../src/events/index.js';
import { compactTemplateStrings } from '../../src/elements/pgp-goal-list/compact-html.js';
import { goalsJson } from '../../src/elements/pgp-goal-list/goal-list-values.js';
import { parseDecimal } from '../../src/elements/pgp-goal-list/parse-decimal.js';
import { readGoalListSettings } from '../../src/elements/pgp-goal-list/goal-settings.js';
import { computeTotals } from '../../src/elements/pgp-goal-list/goal-totals.js';
import type { PlanDefinition } from '../../src/plan/types.js';
import { button, click, control, GENERAL_URL, goalList, goalsOf, largePlan, loadJson, settle, shadow, shownErrors } from './goal-list-helpers.js';

let general: PlanDefinition;

async function listInForm(value: unknown[]): Promise<{ form: HTMLFormElement; el: PgpGoalList }> {
  const form = await fixture<HTMLFormElement>(html`<form><pgp-goal-list name="goals" .definition=${general} .value=${value}></pgp-goal-list></form>`);
  const el = form.querySelector('pgp-goal-list')!;
  await settle(el);
  return { form, el };
}

// Chooses a file in an evidence input the way the browser's file picker does.
function chooseFile(input: HTMLInputElement, name: string): File {
  const file = new File(['certificate'], name, { type: 'application/pdf' });
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return file;
}

function fileInput(el: PgpGoalList, rowId: string): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[type="file"][data-row="${rowId}"]`)!;
}

function uploadStatus(el: PgpGoalList, rowId: string): string {
  return fileInput(el, rowId).closest('fieldset')!.querySelector('[role="status"]')!.textContent?.trim() ?? '';
}

describe('pgp-goal-list', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
  });

  afterEach(async () => {
    await resetMouse();
  });

  it('is accessible inside a form', async () => {
    const { el } = await listInForm(largePlan(1, 1));

    await expect(el).to.be.accessible();
  });

  describe('inside a form', () => {
    it('submits one JSON entry', async () => {
      const { form } = await listInForm(largePlan(1, 1));

      const entries = new FormData(form).getAll('goals');
      expect(entries).to.have.length(1);
      expect(JSON.parse(entries[0] as string)).to.deep.equal(largePlan(1, 1));
    });

    it('submits the user edit', async () => {
      const { form, el } = await listInForm([{ id: 'g1' }]);

      control(el, 'g1', 'statement').focus();
      await sendKeys({ type: 'Observe' });

      expect(JSON.parse(new FormData(form).get('goals') as string)[0].statement).to.equal('Observe');
    });

    it('restores the value attribute on reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><pgp-goal-list name="goals" value='[{"id":"g1","statement":"First"}]' .definition=${general}></pgp-goal-list></form>`);
      const el = form.querySelector('pgp-goal-list')!;
      await settle(el);

      control(el, 'g1', 'statement').focus();
      await sendKeys({ type: ' more' });
      form.reset();
      await settle(el);

      expect(el.value).to.deep.equal([{ id: 'g1', statement: 'First' }]);
      expect(control<HTMLTextAreaElement>(el, 'g1', 'statement').value).to.equal('First');
    });

    it('hides shown errors on reset', async () => {
      const { form, el } = await listInForm([]);
      el.required = true;
      el.reportValidity();
      await settle(el);

      form.reset();
      await settle(el);

      expect(shownErrors(shadow(el))).to.be.empty;
    });

    it('restores a saved state', async () => {
      const { form, el } = await listInForm([]);

      el.formStateRestoreCallback(JSON.stringify([{ id: 'g9', statement: 'Saved' }]), 'restore');

      expect(goalsOf(el)[0].statement).to.equal('Saved');
      expect(new FormData(form).get('goals')).to.equal('[{"id":"g9","statement":"Saved"}]');
    });

    it('submits nothing and disables controls in a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><pgp-goal-list name="goals" .definition=${general} .value=${largePlan(1, 1)}></pgp-goal-list></fieldset></form>`);
      const el = form.querySelector('pgp-goal-list')!;
      await settle(el);

      expect(new FormData(form).has('goals')).to.be.false;
      expect(control(el, 'g0', 'statement').disabled).to.be.true;
      expect(control(el, 'g0a0', 'credit.amount').disabled).to.be.true;
    });

    it('keeps readonly values submitted and not editable', async () => {
      const { form, el } = await listInForm(largePlan(1, 1));
      el.readonly = true;
      await settle(el);

      control(el, 'g0', 'statement').focus();
      await sendKeys({ type: 'x' });

      expect(goalsOf(el)[0].statement).to.equal('Goal 1');
      expect(new FormData(form).has('goals')).to.be.true;
      expect(shadow(el).querySelector('[data-action="add-goal"], [data-action="remove"], [data-action="move-up"]')).to.not.exist;
    });

    it('blocks submission with an ambiguous number', async () => {
      const { form, el } = await listInForm(largePlan(1, 1));
      control(el, 'g0a0', 'credit.amount').select();
      await sendKeys({ type: '1.500' });

      expect(form.checkValidity()).to.be.false;
      expect(el.validationMessage).to.contain('1500 or 1.5');
    });
  });

  describe('evidence', () => {
    it('stores the reference the page returns', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      let release: (upload: EvidenceUpload) => void = () => {};
      el.addEventListener('pgp-evidence-request', (event) => event.waitUntil(new Promise((resolve) => (release = resolve))));

      chooseFile(fileInput(el, 'g1'), 'cpr.pdf');
      await settle(el);
      const pending = uploadStatus(el, 'g1');
      release({ id: 'e1', fileName: 'cpr.pdf', url: '/files/e1' });
      await settle(el);

      expect(pending).to.equal('Uploading cpr.pdf…');
      expect(goalsOf(el)[0].evidence).to.deep.equal([{ id: 'e1', fileName: 'cpr.pdf', url: '/files/e1' }]);
      expect(uploadStatus(el, 'g1')).to.equal('');
    });

    it('names the goal and activity in the event', async () => {
      const el = await goalList(general, largePlan(1, 1));
      let seen: PgpEvidenceRequestEvent | undefined;
      el.addEventListener('pgp-evidence-request', (event) => {
        seen = event;
        event.waitUntil(Promise.resolve({ id: 'e1', fileName: 'a.pdf', url: '/a' }));
      });

      const file = chooseFile(fileInput(el, 'g0a0'), 'a.pdf');
      await settle(el);

      expect(seen).to.be.instanceOf(PgpEvidenceRequestEvent);
      expect([seen!.file, seen!.goalId, seen!.activityId, seen!.bubbles, seen!.composed]).to.deep.equal([file, 'g0', 'g0a0', true, true]);
      expect(goalsOf(el)[0].activities[0].evidence[0].id).to.equal('e1');
    });

    it('shows why an upload failed and is accessible', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      el.addEventListener('pgp-evidence-request', (event) => event.waitUntil(Promise.reject(new Error('The file is larger than 10 MB.'))));

      chooseFile(fileInput(el, 'g1'), 'big.pdf');
      await settle(el);

      expect(uploadStatus(el, 'g1')).to.contain('The file is larger than 10 MB.');
      await expect(el).to.be.accessible();
    });

    it('retries the same file', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      const files: File[] = [];
      el.addEventListener('pgp-evidence-request', (event) => {
        files.push(event.file);
        event.waitUntil(files.length === 1 ? Promise.reject(new Error('Offline')) : Promise.resolve({ id: 'e2', fileName: 'cpr.pdf', url: '/e2' }));
      });

      chooseFile(fileInput(el, 'g1'), 'cpr.pdf');
      await settle(el);
      await click(button(el, 'Retry uploading cpr.pdf'));
      await settle(el);

      expect(files).to.have.length(2);
      expect(files[1]).to.equal(files[0]);
      expect(goalsOf(el)[0].evidence[0].id).to.equal('e2');
    });

    it('says the page did not accept a file without a listener', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        chooseFile(fileInput(el, 'g1'), 'a.pdf');
        chooseFile(fileInput(el, 'g1'), 'b.pdf');
        await settle(el);
      } finally {
        console.warn = warn;
      }

      expect(uploadStatus(el, 'g1')).to.contain('did not accept the file');
      expect(warnings).to.have.length(1);
    });

    it('is accessible while an upload is pending', async () => {
      const el = await goalList(general, [{ id: 'g1' }]);
      el.addEventListener('pgp-evidence-request', (event) => event.waitUntil(new Promise(() => {})));

      chooseFile(fileInput(el, 'g1'), 'slow.pdf');
      await settle(el);

      await expect(el).to.be.accessible();
    });

    it('keeps a failed upload out of the next row after removal', async () => {
      const el = await goalList(general, [{ id: 'g1' }, { id: 'g2' }]);
      el.addEventListener('pgp-evidence-request', (event) => event.waitUntil(Promise.reject(new Error('Offline'))));
      chooseFile(fileInput(el, 'g1'), 'a.pdf');
      await settle(el);

      await click(button(el, 'Remove goal 1'));
      await settle(el);

      expect(uploadStatus(el, 'g2')).to.equal('');
      expect(fileInput(el, 'g2').files).to.have.length(0);
    });

    it('rejects waitUntil after dispatch', () => {
      const event = new PgpEvidenceRequestEvent(new File([''], 'a.pdf'), 'g1');

      expect(() => event.waitUntil(Promise.resolve({ id: 'e', fileName: 'a.pdf', url: '/a' }))).to.throw(DOMException);
    });
  });

  describe('a stored value the choices lack', () => {
    it('stays selected in its own option', async () => {
      const el = await goalList(general, [{ id: 'g1', status: 'ON_HOLD' }]);

      const status = control<HTMLSelectElement>(el, 'g1', 'status');
      expect(status.value).to.equal('ON_HOLD');
      expect(status.selectedOptions[0].textContent).to.equal('ON_HOLD');
    });
  });

  describe('writing the value as JSON', () => {
    it('matches JSON.stringify', () => {
      const goals = [{ id: 'g1', statement: 'Ünïcode "quoted"', activities: [{ id: 'a', credit: { amount: 1.5 } }] }, null, undefined, 3];

      expect(goalsJson(goals)).to.equal(JSON.stringify(goals));
    });

    it('writes an edited goal anew', () => {
      const first = { id: 'g1', statement: 'Before' };
      goalsJson([first]);

      expect(goalsJson([{ ...first, statement: 'After' }])).to.equal('[{"id":"g1","statement":"After"}]');
    });
  });

  describe('compacting templates', () => {
    it('drops indentation between tags', () => {
      expect([...compactTemplateStrings(['\n  <div>\n    <p>', '</p>\n  </div>\n'])]).to.deep.equal(['<div><p>', '</p></div>']);
    });

    it('keeps spaces inside a tag', () => {
      expect([...compactTemplateStrings(['<input\n  id=', '\n  data-row=', ' />'])]).to.deep.equal(['<input\n  id=', '\n  data-row=', ' />']);
    });

    it('keeps spaces beside inline text', () => {
      expect([...compactTemplateStrings(['<p>Goal ', ' of ', '</p>'])]).to.deep.equal(['<p>Goal ', ' of ', '</p>']);
    });
  });

  describe('reading numbers', () => {
    const cases: [string, ReturnType<typeof parseDecimal>][] = [
      ['1,5', { kind: 'number', value: 1.5 }],
      ['1.5', { kind: 'number', value: 1.5 }],
      ['0,500', { kind: 'number', value: 0.5 }],
      ['1,500', { kind: 'ambiguous', asThousands: 1500, asDecimal: 1.5 }],
      ['1.500', { kind: 'ambiguous', asThousands: 1500, asDecimal: 1.5 }],
      ['1,500,000', { kind: 'number', value: 1500000 }],
      ['1.500,25', { kind: 'number', value: 1500.25 }],
      ['', { kind: 'empty' }],
      ['-3', { kind: 'invalid' }],
      ['3 units', { kind: 'invalid' }],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => {
        expect(parseDecimal(text)).to.deep.equal(expected);
      });
    }
  });

  describe('targets', () => {
    const definition = (annotation: unknown): PlanDefinition => ({ $id: 'urn:test', 'x-pgp-goal-list': annotation });

    it('reaches the hours target with completed hours', () => {
      const settings = readGoalListSettings(definition({ hoursTarget: { hours: 105 } }));
      const goals = [{ activities: [{ status: 'COMPLETED', credit: { unitType: 'SEMESTER_UNIT', amount: 7 } }] }];

      expect(computeTotals(goals, settings).hoursTargetMet).to.be.true;
    });

    it('counts units of the target unit type', () => {
      const settings = readGoalListSettings(definition({ unitsTarget: { units: 15, unitType: 'SEMESTER_UNIT' } }));
      const goals = [{ activities: [{ status: 'COMPLETED', credit: { unitType: 'SEMESTER_UNIT', amount: 12 } }, { status: 'COMPLETED', credit: { unitType: 'CLOCK_HOUR', amount: 40 } }] }];

      expect(computeTotals(goals, settings)).to.include({ completedUnits: 12, unitsTargetMet: false });
    });

    it('checks the goal count range', () => {
      const settings = readGoalListSettings(definition({ goalCount: { min: 2, max: 3 } }));

      expect(computeTotals([{}], settings).goalCountMet).to.be.false;
      expect(computeTotals([{}, {}], settings).goalCountMet).to.be.true;
    });

    it('names a bad annotation member', () => {
      expect(() => readGoalListSettings(definition({ extraFields: ['shoeSize'] }))).to.throw('shoeSize');
    });
  });
});
