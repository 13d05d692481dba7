import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/pgp-plan-summary/define.js';
import type { PgpPlanSummary } from '../../src/elements/pgp-plan-summary/pgp-plan-summary.js';
import { planSummaryPrintRules } from '../../src/elements/pgp-plan-summary/pgp-plan-summary.styles.js';
import { PgpDefinitionErrorEvent } from '../../src/events/index.js';
import type { PlanDefinition } from '../../src/plan/types.js';

const GENERAL_URL = '/schemas/definitions/registry-general.json';
const CTC_URL = '/schemas/definitions/ctc-permit-renewal.json';
const QCC_URL = '/schemas/definitions/qcc-quality-improvement.json';

let general: PlanDefinition;
let ctc: PlanDefinition;
let qcc: PlanDefinition;

async function loadJson(url: string): Promise<PlanDefinition> {
  const response = await fetch(url);
  return (await response.json()) as PlanDefinition;
}

async function settle(el: PgpPlanSummary): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

async function summaryOf(plan: unknown, definition: PlanDefinition | undefined): Promise<PgpPlanSummary> {
  const el = await fixture<PgpPlanSummary>(html`<pgp-plan-summary .definition=${definition} .plan=${plan}></pgp-plan-summary>`);
  await settle(el);
  return el;
}

function root(el: PgpPlanSummary): ShadowRoot {
  return el.shadowRoot!;
}

function section(el: PgpPlanSummary, name: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[data-section="${name}"]`);
  if (!found) {
    throw new Error(`no section "${name}"`);
  }
  return found;
}

function text(node: Element | ShadowRoot): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function totalLine(el: PgpPlanSummary, name: string): string {
  return text(root(el).querySelector(`[data-total="${name}"]`)!);
}

function activity(overrides: Record<string, unknown>): Record<string, unknown> {
  return { id: `a-${Math.random()}`, type: 'COLLEGE_COURSE', title: 'Course', status: 'PLANNED', ...overrides };
}

function fullPlan(): Record<string, unknown> {
  return {
    title: 'My plan for 2024-2025',
    planTypes: ['SELF_INITIATED', 'EMPLOYER_RECOMMENDED_REQUIRED', 'STIPEND_PROGRAM_REQUIREMENT', 'QCC_QUALITY_IMPROVEMENT_PLAN', 'CTC_PERMIT_UPGRADE_RENEWAL'],
    fiscalYear: '2024-2025',
    status: 'APPROVED',
    hostTrackingCode: 'internal-42',
    participant: {
      registryId: '100123456',
      name: { first: 'Maria', last: 'Lopez' },
      role: 'LEAD_TEACHER',
      currentPermit: { level: 'TEACHER', issueDate: '2022-07-01', expirationDate: '2027-07-01' },
    },
    advisor: { name: { first: 'Ana', last: 'Ruiz' }, role: 'PROFESSIONAL_GROWTH_ADVISOR', organization: 'County Office' },
    employer: { employerName: 'Sunrise Center', requirement: 'REQUIRED' },
    stipend: { programName: 'Workforce Pathways LA', pathway: 'EDUCATION_UNITS', applicationWindow: { opens: '2024-09-15', closes: '2024-09-29' } },
    qcc: { siteName: 'Sunrise Center', consortium: 'LA County', lastTier: 4 },
    ctc: { action: 'RENEWAL', cycleStart: '2022-07-01', cycleEnd: '2027-07-01', requiredHours: 105 },
    goals: [
      {
        id: 'g1',
        statement: 'Use the DRDP to plan activities',
        status: 'MET',
        startDate: '2024-09-01',
        targetDate: '2025-01-01',
        completedDate: '2025-06-30',
        qccFocusArea: 'CHILD_DEVELOPMENT_AND_SCHOOL_READINESS',
        qccElement: 'CHILD_OBSERVATION',
        permitTarget: 'MASTER_TEACHER',
        smart: { specific: 'Observe each child', measurable: 'Two observations a month', achievable: 'Planning time', relevant: 'QCC element 1', timeBound: 'By June' },
        actionSteps: [
          { id: 's1', text: 'Take the DRDP training', done: true, dueDate: '2024-10-15' },
          { id: 's2', text: 'Share results with families', done: false },
        ],
        followUps: [{ id: 'f1', checkpoint: 'MONTH_6', dueDate: '2025-03-01', progressStatus: 'ON_TRACK', notes: 'Going well' }],
        evidence: [{ id: 'e1', fileName: 'certificate.pdf', mediaType: 'application/pdf', sizeBytes: 120000, url: 'https://files.example.org/certificate.pdf' }],
        activities: [
          activity({ title: 'Child Development 101', provider: 'City College', status: 'COMPLETED', startDate: '2024-08-26', completedDate: '2024-12-13', credit: { unitType: 'SEMESTER_UNIT', amount: 3 } }),
          activity({ type: 'CONFERENCE_WORKSHOP_TRAINING', title: 'DRDP workshop', status: 'COMPLETED', credit: { unitType: 'CLOCK_HOUR', amount: 20 } }),
        ],
      },
      {
        id: 'g2',
        statement: 'Improve classroom interactions',
        status: 'IN_PROGRESS',
        startDate: '2025-01-01',
        activities: [
          activity({ title: 'CLASS course', status: 'PLANNED', credit: { unitType: 'QUARTER_UNIT', amount: 2 } }),
          activity({ title: 'Cancelled seminar', status: 'CANCELLED', credit: { unitType: 'CEU', amount: 10 } }),
        ],
      },
    ],
    signatures: [{ role: 'ADVISOR', purpose: 'PLAN_APPROVAL', name: 'Ana Ruiz', signedAt: '2024-09-20T17:00:00Z', formItemRef: 'CL-826 item 19' }],
  };
}

function planWithEvidence(urls: string[]): Record<string, unknown> {
  return {
    planTypes: ['SELF_INITIATED'],
    goals: [{ id: 'g1', statement: 'Goal', evidence: urls.map((url, index) => ({ id: `e${index}`, fileName: `file-${index}.pdf`, url })) }],
  };
}

function isFirefox(): boolean {
  return navigator.userAgent.includes('Firefox');
}

describe('pgp-plan-summary', () => {
  before(async () => {
    general = await loadJson(GENERAL_URL);
    ctc = await loadJson(CTC_URL);
    qcc = await loadJson(QCC_URL);
  });

  it('is accessible with a full plan', async () => {
    const el = await summaryOf(fullPlan(), ctc);

    await expect(el).to.be.accessible();
  });

  describe('sections', () => {
    it('renders every section of a full plan', async () => {
      const el = await summaryOf(fullPlan(), ctc);

      for (const name of ['participant', 'advisor', 'employer', 'stipend', 'qcc', 'ctc', 'goals', 'totals', 'signatures']) {
        expect(section(el, name), name).to.exist;
      }
    });

    it('shows the plan title, types, fiscal year and status label', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const overview = text(root(el).querySelector('.plan > .fields')!);

      expect(text(root(el).querySelector('h2')!)).to.equal('My plan for 2024-2025');
      expect(overview).to.include('Individual, self-initiated');
      expect(overview).to.include('Stipend Program Requirement');
      expect(overview).to.include('2024-2025');
      expect(overview).to.include('Approved');
      expect(overview).to.not.include('APPROVED');
    });

    it('shows participant, advisor and program fields', async () => {
      const el = await summaryOf(fullPlan(), ctc);

      expect(text(section(el, 'participant'))).to.include('Maria Lopez');
      expect(text(section(el, 'participant'))).to.include('100123456');
      expect(text(section(el, 'participant'))).to.include('Lead teacher');
      expect(text(section(el, 'advisor'))).to.include('Ana Ruiz');
      expect(text(section(el, 'advisor'))).to.include('Professional growth advisor');
      expect(text(section(el, 'employer'))).to.include('Sunrise Center');
      expect(text(section(el, 'stipend'))).to.include('College units');
      expect(text(section(el, 'qcc'))).to.include('LA County');
      expect(text(section(el, 'ctc'))).to.include('Renewal');
    });

    it('shows goal fields, SMART parts, steps and follow-ups', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const goal = root(el).querySelector('[part="goal"]')!;

      expect(text(goal)).to.include('Use the DRDP to plan activities');
      expect(text(goal)).to.include('Met');
      expect(text(goal)).to.include('Child development and school readiness');
      expect(text(goal.querySelector('[part="smart"]')!)).to.include('Two observations a month');
      expect(text(goal.querySelector('.step.done')!)).to.include('Done: Take the DRDP training');
      expect(text(goal.querySelector('.step:not(.done)')!)).to.include('Not done: Share results with families');
      expect(text(goal.querySelector('[part="follow-up"]')!)).to.include('6-month follow-up');
      expect(text(goal.querySelector('[part="follow-up"]')!)).to.include('On track');
    });

    it('shows each activity with category, provider, status and credit', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const row = text(root(el).querySelector('[part="activity"]')!);

      expect(row).to.include('Child Development 101');
      expect(row).to.include('College or university course');
      expect(row).to.include('Offered by City College');
      expect(row).to.include('Completed');
      expect(row).to.include('3 Semester units');
      expect(row).to.include('45');
    });

    it('says "Not filled in" for an advisor the plan lacks', async () => {
      const el = await summaryOf({ planTypes: ['SELF_INITIATED'] }, general);

      expect(text(section(el, 'advisor'))).to.include('Not filled in');
    });

    it('leaves out program blocks the plan neither has nor needs', async () => {
      const el = await summaryOf({ planTypes: ['SELF_INITIATED'] }, general);

      for (const name of ['employer', 'stipend', 'qcc', 'ctc']) {
        expect(root(el).querySelector(`[data-section="${name}"]`), name).to.be.null;
      }
    });

    it('shows an empty block for a selected plan type', async () => {
      const el = await summaryOf({ planTypes: ['STIPEND_PROGRAM_REQUIREMENT'] }, general);

      expect(text(section(el, 'stipend'))).to.include('Not filled in');
    });

    it('ignores unknown plan properties', async () => {
      const el = await summaryOf(fullPlan(), ctc);

      expect(text(root(el))).to.not.include('internal-42');
      expect(text(root(el))).to.not.include('hostTrackingCode');
    });

    it('keeps going when values have the wrong type', async () => {
      const el = await summaryOf({ planTypes: 'SELF_INITIATED', goals: [null, 'text', { statement: 5, activities: {} }], participant: 'Maria' }, general);

      expect(root(el).querySelectorAll('[part="goal"]').length).to.equal(1);
      expect(text(section(el, 'participant'))).to.include('Not filled in');
    });

    it('headings follow each other in order', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const levels = [...root(el).querySelectorAll('h2, h3, h4, h5')].map((heading) => Number(heading.tagName[1]));

      expect(levels[0]).to.equal(2);
      levels.slice(1).forEach((level, index) => expect(level - levels[index], `heading ${index + 1}`).to.be.at.most(1));
    });
  });

  describe('dates', () => {
    // NOTE: a shift to the day before shows only west of UTC, so this test can fail only when the
    // browsers run in such a time zone, for example with TZ=America/Los_Angeles.
    it('shows a stored date as that calendar day', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const goal = text(root(el).querySelector('[part="goal"]')!);

      expect(goal).to.include('September 1, 2024');
      expect(goal).to.include('January 1, 2025');
      expect(goal).to.not.include('August 31, 2024');
      expect(goal).to.not.include('December 31, 2024');
    });

    it('shows a date that does not exist as stored', async () => {
      const el = await summaryOf({ planTypes: ['SELF_INITIATED'], goals: [{ id: 'g1', startDate: '2024-02-30' }] }, general);

      expect(text(root(el).querySelector('[part="goal"]')!)).to.include('2024-02-30');
    });
  });

  describe('hours and targets', () => {
    it('adds completed and planned hours against the target', async () => {
      const el = await summaryOf(fullPlan(), ctc);

      expect(totalLine(el, 'completed-hours')).to.equal('Completed: 65 of 105 clock hours');
      expect(totalLine(el, 'planned-hours')).to.equal('Planned: 85 clock hours');
      expect(text(section(el, 'totals'))).to.include('not reached yet');
    });

    it('marks a cancelled activity as not counted', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const rows = [...root(el).querySelectorAll('[part="activity"]')].map(text);

      expect(rows.find((row) => row.includes('Cancelled seminar'))).to.include('100 (not counted)');
    });

    it("uses the definition's hours per unit", async () => {
      const definition = { $id: 'urn:test:sixteen-hour-units', allOf: [{ $ref: 'urn:pgp-elements:plan' }], 'x-pgp-goal-list': { hoursPerUnit: { SEMESTER_UNIT: 16 } } };
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await summaryOf({ planTypes: ['SELF_INITIATED'], goals: [{ id: 'g1', activities: [activity({ status: 'COMPLETED', credit: { unitType: 'SEMESTER_UNIT', amount: 3 } })] }] }, definition);

        expect(totalLine(el, 'completed-hours')).to.equal('Completed: 48 clock hours');
      } finally {
        console.warn = warn;
      }
    });

    it('shows the goal count against the range', async () => {
      const el = await summaryOf({ planTypes: ['QCC_QUALITY_IMPROVEMENT_PLAN'], goals: [{ id: 'g1', statement: 'One' }] }, qcc);

      expect(totalLine(el, 'goals')).to.equal('Goals: 1 (this plan needs 2 to 3)');
      expect(text(section(el, 'totals'))).to.include('The number of goals does not fit this plan.');
    });

    it('counts goals met and steps done', async () => {
      const el = await summaryOf(fullPlan(), ctc);

      expect(totalLine(el, 'goals-met')).to.equal('Goals met: 1 of 2');
      expect(totalLine(el, 'steps-done')).to.equal('Action steps done: 1 of 2');
      expect(totalLine(el, 'activities-completed')).to.equal('Activities completed: 2 of 3');
    });
  });

  describe('evidence links', () => {
    it('links an https URL with rel="noopener"', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const link = root(el).querySelector<HTMLAnchorElement>('[part="goal"] [part="evidence"] a')!;

      expect(link.getAttribute('href')).to.equal('https://files.example.org/certificate.pdf');
      expect(link.getAttribute('rel')).to.include('noopener');
      expect(text(link)).to.include('certificate.pdf');
    });

    it('links a relative URL', async () => {
      const el = await summaryOf(planWithEvidence(['/files/e1.pdf']), general);

      expect(root(el).querySelector('[part="evidence"] a')?.getAttribute('href')).to.equal('/files/e1.pdf');
    });

    it('does not link a javascript: URL', async () => {
      const el = await summaryOf(planWithEvidence(['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>']), general);
      const list = root(el).querySelector('[part="evidence"]')!;

      expect(list.querySelectorAll('a').length).to.equal(0);
      expect(text(list)).to.include('file-0.pdf');
      expect(text(list)).to.include('javascript:alert(1)');
    });
  });

  describe('user text', () => {
    it('shows HTML in user text as text', async () => {
      const markup = '<img src=x onerror="window.summaryInjected=true"><b>bold</b>';
      const plan = { planTypes: ['SELF_INITIATED'], title: markup, goals: [{ id: 'g1', statement: markup, actionSteps: [{ id: 's1', text: markup }] }] };
      const el = await summaryOf(plan, general);

      expect(root(el).querySelector('img')).to.be.null;
      expect(root(el).querySelector('b')).to.be.null;
      expect(text(root(el).querySelector('h2')!)).to.equal(markup);
      expect(text(root(el).querySelector('.statement')!)).to.equal(markup);
      expect((window as { summaryInjected?: boolean }).summaryInjected).to.be.undefined;
    });
  });

  describe('at 320 px', () => {
    async function narrowSummary(): Promise<{ container: HTMLElement; el: PgpPlanSummary }> {
      // A 320 px container replaces a 320 px viewport, because the table reflows on its container's width.
      const container = await fixture<HTMLElement>(html`
        <div style="width: 320px; overflow: auto">
          <pgp-plan-summary .definition=${ctc} .plan=${fullPlan()}></pgp-plan-summary>
        </div>
      `);
      const el = container.querySelector('pgp-plan-summary')!;
      await settle(el);
      return { container, el };
    }

    it('is accessible', async () => {
      const { el } = await narrowSummary();

      await expect(el).to.be.accessible();
    });

    it('fits without horizontal scrolling', async () => {
      const { container, el } = await narrowSummary();

      expect(container.scrollWidth).to.be.at.most(container.clientWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    });

    it('shows column labels in each activity cell', async () => {
      const { el } = await narrowSummary();
      const label = root(el).querySelector('[part="activity"] .cell-label')!;

      expect(getComputedStyle(label).display).to.not.equal('none');
    });
  });

  describe('print', () => {
    afterEach(async () => {
      if (!isFirefox()) {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('hides buttons and shows the signature block in print media', async function () {
      // NOTE: emulate-media needs the Chrome DevTools Protocol, which the Firefox ESR launcher lacks.
      // The next test checks the same rules in every browser by applying them directly.
      if (isFirefox()) {
        this.skip();
      }
      const el = await summaryOf(fullPlan(), ctc);
      const signatures = root(el).querySelector('[part="signatures"]')!;
      expect(getComputedStyle(signatures).display).to.equal('none');

      await emulateMedia({ media: 'print' });

      expect(getComputedStyle(root(el).querySelector('button')!).display).to.equal('none');
      expect(getComputedStyle(signatures).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('[part="link"]')!, '::after').content).to.include('https://files.example.org/certificate.pdf');
    });

    it('print rules hide buttons and show the signature block', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, planSummaryPrintRules.styleSheet!];

      expect(getComputedStyle(root(el).querySelector('button')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="signatures"]')!).display).to.equal('block');
      expect(getComputedStyle(root(el).querySelector('[part="goal"]')!).breakInside).to.equal('avoid');
    });

    it('signature block names both signers', async () => {
      const el = await summaryOf(fullPlan(), ctc);
      const block = text(root(el).querySelector('[part="signatures"]')!);

      expect(block).to.include('Maria Lopez');
      expect(block).to.include('Ana Ruiz');
      expect(block).to.include('certify');
    });

    it('leaves out the signature block when print-signatures is "false"', async () => {
      const el = await fixture<PgpPlanSummary>(html`<pgp-plan-summary print-signatures="false" .definition=${ctc} .plan=${fullPlan()}></pgp-plan-summary>`);
      await settle(el);

      expect(el.printSignatures).to.be.false;
      expect(root(el).querySelector('[part="signatures"]')).to.be.null;
    });
  });

  describe('when the definition cannot be used', () => {
    it('shows the plan with a note and dispatches pgp-definition-error', async () => {
      const el = document.createElement('pgp-plan-summary');
      el.plan = fullPlan();
      el.definitionSrc = '/schemas/definitions/not-published.json';
      const reported = oneEvent(el, 'pgp-definition-error');
      document.body.append(el);

      try {
        const event = (await reported) as PgpDefinitionErrorEvent;
        await settle(el);

        expect(event.problem).to.equal('unreachable');
        expect(text(root(el).querySelector('[role="status"]')!)).to.include('could not be used');
        expect(text(section(el, 'goals'))).to.include('Use the DRDP to plan activities');
        expect(totalLine(el, 'completed-hours')).to.equal('Completed: 65 clock hours');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('reports an invalid definition', async () => {
      const el = document.createElement('pgp-plan-summary');
      el.plan = fullPlan();
      el.definition = { $id: 'urn:test:no-base' };
      const reported = oneEvent(el, 'pgp-definition-error');
      document.body.append(el);

      try {
        const event = (await reported) as PgpDefinitionErrorEvent;

        expect(event.problem).to.equal('invalid');
        await waitUntil(() => root(el).querySelector('.notice'), 'the note did not appear');
        expect(root(el).querySelectorAll('[part="goal"]').length).to.equal(2);
      } finally {
        el.remove();
      }
    });
  });
});
