import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { action } from 'storybook/actions';
import { expect, waitFor } from 'storybook/test';
import '../src/define.js';
import { planSummaryPrintRules } from '../src/index.js';
import type { PgpPlanSummary, PlanDefinition } from '../src/index.js';
import ctcPermitRenewal from '../schemas/definitions/ctc-permit-renewal.json';
import qccQualityImprovement from '../schemas/definitions/qcc-quality-improvement.json';
import registryGeneral from '../schemas/definitions/registry-general.json';
import workforcePathwaysLa from '../schemas/definitions/workforce-pathways-la-2024-25.json';
import { invalidDefinition } from './host-definitions.js';

/** Definitions a story can pass as the `definition` property, by the name shown in Controls. */
const definitionChoices = {
  'registry-general': registryGeneral,
  'workforce-pathways-la-2024-25': workforcePathwaysLa,
  'qcc-quality-improvement': qccQualityImprovement,
  'ctc-permit-renewal': ctcPermitRenewal,
  'host: invalid': invalidDefinition,
  none: undefined,
} satisfies Record<string, PlanDefinition | undefined>;

type DefinitionChoice = keyof typeof definitionChoices;

interface PlanSummaryArgs {
  definition: DefinitionChoice;
  definitionSrc: string;
  plan: Record<string, unknown>;
  printSignatures: boolean;
}

type Story = StoryObj<PlanSummaryArgs>;

const logDefinitionError = action('pgp-definition-error');

function activity(title: string, type: string, status: string, unitType: string, amount: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: `a-${title}`, type, title, status, credit: { unitType, amount }, ...extra };
}

/** Returns a plan that fills in every section the summary shows. */
function fullPlan(): Record<string, unknown> {
  return {
    title: 'Professional Growth Plan 2024-2025',
    planTypes: ['STIPEND_PROGRAM_REQUIREMENT', 'QCC_QUALITY_IMPROVEMENT_PLAN', 'CTC_PERMIT_UPGRADE_RENEWAL'],
    fiscalYear: '2024-2025',
    status: 'IN_PROGRESS',
    participant: {
      registryId: '100123456',
      name: { first: 'Maria', last: 'Lopez' },
      role: 'LEAD_TEACHER',
      settingType: 'CENTER',
      county: 'Los Angeles',
      preferredLanguage: 'es',
      currentPermit: { level: 'TEACHER', documentNumber: '220012345', issueDate: '2022-07-01', expirationDate: '2027-07-01' },
    },
    advisor: { name: { first: 'Ana', last: 'Ruiz' }, role: 'PROFESSIONAL_GROWTH_ADVISOR', organization: 'Child Development Training Consortium' },
    stipend: { programName: 'Workforce Pathways LA', county: 'Los Angeles', pathway: 'EDUCATION_UNITS', targetUnits: 6 },
    qcc: { siteName: 'Sunrise Early Learning Center', consortium: 'Quality Start LA', lastTier: 4, lastRatingDate: '2024-03-15' },
    ctc: { action: 'RENEWAL', cycleStart: '2022-07-01', cycleEnd: '2027-07-01', requiredHours: 105 },
    goals: [
      {
        id: 'g1',
        statement: 'Use DRDP observations to plan small-group activities.',
        status: 'IN_PROGRESS',
        startDate: '2024-09-01',
        targetDate: '2025-06-30',
        qccFocusArea: 'CHILD_DEVELOPMENT_AND_SCHOOL_READINESS',
        qccElement: 'CHILD_OBSERVATION',
        smart: { specific: 'Observe each child in my group', measurable: 'Two observations per child per month', achievable: 'Thirty minutes of planning time each week', relevant: 'Supports the child observation element', timeBound: 'By June 30, 2025' },
        actionSteps: [
          { id: 's1', text: 'Complete the DRDP training', dueDate: '2024-10-15', done: true },
          { id: 's2', text: 'Share observation summaries with families', dueDate: '2025-02-28', done: false },
        ],
        followUps: [
          { id: 'f1', checkpoint: 'MONTH_6', dueDate: '2025-03-01', progressStatus: 'ON_TRACK', notes: 'Observations are on schedule.' },
          { id: 'f2', checkpoint: 'MONTH_12', dueDate: '2025-09-01' },
        ],
        evidence: [{ id: 'e1', fileName: 'drdp-certificate.pdf', mediaType: 'application/pdf', sizeBytes: 182000, url: 'https://files.example.org/drdp-certificate.pdf' }],
        activities: [
          activity('Child Growth and Development', 'COLLEGE_COURSE', 'COMPLETED', 'SEMESTER_UNIT', 3, { provider: 'Los Angeles City College', startDate: '2024-08-26', completedDate: '2024-12-13' }),
          activity('DRDP Online Training', 'CONFERENCE_WORKSHOP_TRAINING', 'COMPLETED', 'CLOCK_HOUR', 12, { provider: 'WestEd', completedDate: '2024-10-10' }),
        ],
      },
      {
        id: 'g2',
        statement: 'Renew my Teacher permit.',
        status: 'NOT_STARTED',
        startDate: '2025-01-15',
        targetDate: '2027-06-30',
        permitTarget: 'TEACHER',
        activities: [
          activity('Infant and Toddler Care', 'COLLEGE_COURSE', 'PLANNED', 'QUARTER_UNIT', 4, { startDate: '2025-04-01' }),
          activity('Leadership seminar', 'CONFERENCE_WORKSHOP_TRAINING', 'CANCELLED', 'CEU', 2),
        ],
      },
    ],
  };
}

/** Returns a plan of `count` goals with five activities each, the size the performance budget names. */
function largePlan(count: number): Record<string, unknown> {
  return {
    planTypes: ['CTC_PERMIT_UPGRADE_RENEWAL'],
    fiscalYear: '2024-2025',
    status: 'DRAFT',
    goals: Array.from({ length: count }, (_, goalIndex) => ({
      id: `g${goalIndex}`,
      statement: `Goal ${goalIndex + 1}`,
      status: 'IN_PROGRESS',
      startDate: '2024-09-01',
      activities: Array.from({ length: 5 }, (__, activityIndex) =>
        activity(`Workshop ${goalIndex + 1}.${activityIndex + 1}`, 'CONFERENCE_WORKSHOP_TRAINING', activityIndex % 2 === 0 ? 'COMPLETED' : 'PLANNED', 'CLOCK_HOUR', 3),
      ),
    })),
  };
}

const LONG_WORD = 'Supercalifragilisticexpialidocious-professional-development-pathway-';

/** Returns a plan with very long text and unbroken words in every kind of field. */
function longTextPlan(): Record<string, unknown> {
  const long = `${'A goal statement that goes on and on, as some statements do, to test wrapping. '.repeat(6)}${LONG_WORD.repeat(3)}`;
  return {
    title: `${LONG_WORD.repeat(2)}plan`,
    planTypes: ['SELF_INITIATED', 'EMPLOYER_RECOMMENDED_REQUIRED'],
    participant: { registryId: '100123456', name: { first: LONG_WORD.repeat(2), last: 'Lopez' } },
    employer: { employerName: LONG_WORD.repeat(3) },
    goals: [
      {
        id: 'g1',
        statement: long,
        actionSteps: [{ id: 's1', text: long, done: false }],
        evidence: [{ id: 'e1', fileName: `${LONG_WORD.repeat(3)}.pdf`, url: `https://files.example.org/${LONG_WORD.repeat(4)}.pdf` }],
        activities: [activity(LONG_WORD.repeat(3), 'OTHER', 'PLANNED', 'CLOCK_HOUR', 1234.5, { provider: LONG_WORD.repeat(2) })],
      },
    ],
  };
}

function renderSummary(args: PlanSummaryArgs): TemplateResult {
  return html`<pgp-plan-summary
    definition-src=${ifDefined(args.definitionSrc || undefined)}
    print-signatures=${args.printSignatures ? 'true' : 'false'}
    .definition=${definitionChoices[args.definition]}
    .plan=${args.plan}
    @pgp-definition-error=${logDefinitionError}
  ></pgp-plan-summary>`;
}

function summaryIn(canvasElement: HTMLElement): PgpPlanSummary {
  const summary = canvasElement.querySelector('pgp-plan-summary');
  if (!summary) {
    throw new Error('The story rendered no <pgp-plan-summary>.');
  }
  return summary;
}

const narrowContainer: Decorator = (story) => html`
  <div style="inline-size: 320px; outline: 1px dashed #767676; outline-offset: 2px">${story()}</div>
`;

// A sheet of paper: US Letter width less one-inch margins, on a white background.
const paperSheet: Decorator = (story) => html`
  <div style="inline-size: 6.5in; padding: 1in; background: #fff; color: #000; box-shadow: 0 0 0.5em #0004">${story()}</div>
`;

const meta: Meta<PlanSummaryArgs> = {
  title: 'Elements/pgp-plan-summary',
  component: 'pgp-plan-summary',
  tags: ['autodocs'],
  render: renderSummary,
  args: {
    definition: 'registry-general',
    definitionSrc: '',
    plan: fullPlan(),
    printSignatures: true,
  },
  argTypes: {
    definition: {
      description: 'The `definition` property: a parsed plan definition. It takes precedence over `definition-src`.',
      control: 'select',
      options: Object.keys(definitionChoices),
      table: { category: 'properties' },
    },
    definitionSrc: {
      name: 'definition-src',
      description: 'URL of a plan definition, fetched as JSON when the `definition` property is not set.',
      control: 'text',
      table: { category: 'attributes' },
    },
    plan: {
      description: 'The plan to show, as plain JSON.',
      control: 'object',
      table: { category: 'properties' },
    },
    printSignatures: {
      name: 'print-signatures',
      description: 'Whether the printed plan ends with signature and date lines. On unless set to "false".',
      control: 'boolean',
      table: { category: 'attributes' },
    },
  },
};

export default meta;

/** A plan with only its plan type chosen: the advisor and goals show what is missing. */
export const EmptyPlan: Story = {
  args: { plan: { planTypes: ['SELF_INITIATED'] } },
};

/** Every section filled in, under the shipped `ctc-permit-renewal` definition and its 105-hour target. */
export const FullPlan: Story = {
  args: { definition: 'ctc-permit-renewal' },
  play: async ({ canvasElement }) => {
    const summary = summaryIn(canvasElement);
    await waitFor(() => expect(summary.shadowRoot?.querySelectorAll('[part="goal"]').length).toBe(2));
  },
};

/** The shipped `registry-general` definition: no targets, so the totals show plain sums. */
export const RegistryGeneralDefinition: Story = {
  args: { definition: 'registry-general' },
};

/** The shipped `workforce-pathways-la-2024-25` definition; its title names the program. */
export const WorkforcePathwaysLaDefinition: Story = {
  args: { definition: 'workforce-pathways-la-2024-25' },
};

/** The shipped `qcc-quality-improvement` definition: the goal count is checked against 2 to 3. */
export const QccQualityImprovementDefinition: Story = {
  args: { definition: 'qcc-quality-improvement' },
};

/** The shipped `ctc-permit-renewal` definition: completed hours against 105. */
export const CtcPermitRenewalDefinition: Story = {
  args: { definition: 'ctc-permit-renewal' },
};

/** One hundred goals of five activities each. */
export const HundredGoals: Story = {
  args: { definition: 'ctc-permit-renewal', plan: largePlan(100) },
};

/** Very long text and unbroken words in the 320 px container: everything wraps, nothing scrolls sideways. */
export const LongText: Story = {
  args: { plan: longTextPlan() },
  decorators: [narrowContainer],
};

/** In a 320 px container (dashed outline): each activity table reflows to one block per activity. */
export const Narrow320: Story = {
  args: { definition: 'ctc-permit-renewal' },
  decorators: [narrowContainer],
};

/**
 * The printed plan, on a sheet-sized white page: the print rules are applied on screen, so the
 * button is gone, links show their address, and the signature lines appear at the end. The
 * browser's own print preview (Ctrl+P or Cmd+P on any story) shows the same through `@media print`.
 */
export const PrintPreview: Story = {
  args: { definition: 'ctc-permit-renewal' },
  decorators: [paperSheet],
  play: async ({ canvasElement }) => {
    const summary = summaryIn(canvasElement);
    await summary.updateComplete;
    const root = summary.shadowRoot;
    const sheet = planSummaryPrintRules.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    await waitFor(() => expect(getComputedStyle(root!.querySelector('[part="signatures"]')!).display).toBe('block'));
  },
};

/** The print preview without signature lines (`print-signatures="false"`). */
export const PrintPreviewWithoutSignatures: Story = {
  ...PrintPreview,
  args: { definition: 'ctc-permit-renewal', printSignatures: false },
  play: async ({ canvasElement }) => {
    const summary = summaryIn(canvasElement);
    await summary.updateComplete;
    const sheet = planSummaryPrintRules.styleSheet;
    if (summary.shadowRoot && sheet) {
      summary.shadowRoot.adoptedStyleSheets = [...summary.shadowRoot.adoptedStyleSheets, sheet];
    }
  },
};

/**
 * In Spanish. Any story switches language through the toolbar's globe menu; this one starts in
 * Spanish. Text not yet translated shows in English, while dates and numbers follow the locale.
 */
export const Spanish: Story = {
  globals: { lang: 'es' },
};

/** In Traditional Chinese, with Cantonese wording, through the same toolbar setting. */
export const TraditionalChinese: Story = {
  globals: { lang: 'zh-Hant' },
};

/** An invalid host definition: the plan is still shown with the built-in labels, and a note explains why. */
export const InvalidDefinition: Story = {
  args: { definition: 'host: invalid' },
};

/** Neither the `definition` property nor `definition-src` is set. */
export const MissingDefinition: Story = {
  args: { definition: 'none' },
};
