import { html, LitElement, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ensureLocalization, LangLocaleController, langOf } from '../../i18n/localization.js';
import { readGoalListSettings } from '../../plan/goal-list.js';
import type { GoalListSettings } from '../../plan/goal-list.js';
import type { PlanDefinition } from '../../plan/types.js';
import { DefinitionController } from '../pgp-type-picker/definition-controller.js';
import { renderActivityTable } from './activity-table.js';
import { renderEvidenceList } from './evidence-links.js';
import { goalFieldsFor, renderGoal } from './goal-sections.js';
import type { GoalContext } from './goal-sections.js';
import { planSummaryStyles } from './pgp-plan-summary.styles.js';
import { hostStyles } from '../host-styles.js';
import { renderOverview, renderPeopleAndPrograms, renderRecordedSignatures } from './plan-sections.js';
import { renderSignatureBlock } from './signature-block.js';
import { fieldLabel } from './summary-fields.js';
import { createFormatters, isRow, personName, rowsIn } from './summary-format.js';
import type { Formatters, Row } from './summary-format.js';
import { computePlanTotals } from './summary-totals.js';
import { renderTotals } from './totals-section.js';

/** A boolean attribute that is on unless it is set to "false". */
const onUnlessFalse = {
  fromAttribute: (text: string | null): boolean => text === null || text.trim().toLowerCase() !== 'false',
  toAttribute: (value: boolean): string => String(value),
};

/** The definition facts a render uses, with the built-in settings when the definition is unusable. */
interface SummarySource {
  settings: GoalListSettings;
  definitionTitle: string | undefined;
  notice: string | undefined;
}

/**
 * A read-only view of a whole Professional Growth Plan: its types, the people and programs it
 * names, every goal with its action steps, follow-ups, documents and activities, and the totals.
 * It prints as a clean document that ends with lines for the participant's and the advisor's
 * signatures. When the definition cannot be used, the plan is still shown with the built-in labels
 * and hour settings, with a note saying so.
 *
 * @fires pgp-definition-error - The definition is missing, unreachable, not JSON or invalid; carries `problem` and `detail`.
 *
 * @csspart heading - The plan's title.
 * @csspart section - Each section: participant, advisor, employer, program blocks, goals, totals, recorded signatures.
 * @csspart fields - Each description list of fields.
 * @csspart goal - Each goal.
 * @csspart smart - The SMART parts of a goal.
 * @csspart steps - The action steps of a goal.
 * @csspart step - One action step.
 * @csspart follow-ups - The follow-ups of a goal.
 * @csspart follow-up - One follow-up.
 * @csspart activities - Each table of activities.
 * @csspart activity - One row of an activities table.
 * @csspart evidence - Each list of documents.
 * @csspart link - Each link to a document.
 * @csspart totals - The totals and progress section.
 * @csspart notice - The note shown while the definition loads or when it cannot be used.
 * @csspart signatures - The signature block, shown only in print.
 * @csspart button - The print button.
 * @csspart print - The print button.
 *
 * @cssprop --pgp-font-family - Font of the whole summary.
 * @cssprop --pgp-font-size - Base font size.
 * @cssprop --pgp-color-text - Text color.
 * @cssprop --pgp-color-muted - Color of secondary details and "Not filled in".
 * @cssprop --pgp-color-focus - Color of the focus ring.
 * @cssprop --pgp-color-border - Color of goal, section and table borders.
 * @cssprop --pgp-color-surface - Background of each goal.
 * @cssprop --pgp-color-link - Color of document links.
 * @cssprop --pgp-border-width - Width of goal and section borders.
 * @cssprop --pgp-radius - Corner radius of goals, sections, the notice and the button.
 * @cssprop --pgp-space - Padding inside each goal and section.
 * @cssprop --pgp-option-gap - Space between fields.
 * @cssprop --pgp-focus-ring-width - Width of the focus ring.
 * @cssprop --pgp-legend-font-weight - Font weight of headings and field labels.
 */
export class PgpPlanSummary extends LitElement {
  static override styles = [hostStyles, planSummaryStyles];

  static override properties: PropertyDeclarations = {
    plan: { attribute: false },
    definition: { attribute: false },
    definitionSrc: { attribute: 'definition-src', reflect: true },
    printSignatures: { attribute: 'print-signatures', converter: onUnlessFalse },
  };

  private readonly definitionSource = new DefinitionController(this);

  private ownDefinition: PlanDefinition | undefined;

  private ownDefinitionSrc: string | undefined;

  private warnedPlanValue = false;

  /** The plan to show, as plain JSON. It is only read, never changed; unknown properties are ignored. */
  plan: unknown = undefined;

  /**
   * Whether the printed plan ends with signature and date lines for the participant and the
   * advisor. On by default; `print-signatures="false"` turns it off.
   */
  printSignatures = true;

  /** Plan definition as a parsed JSON Schema; takes precedence over `definition-src`. */
  get definition(): PlanDefinition | undefined {
    return this.ownDefinition;
  }

  set definition(definition: PlanDefinition | undefined) {
    const previous = this.ownDefinition;
    this.ownDefinition = definition;
    this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    this.requestUpdate('definition', previous);
  }

  /** URL of the plan definition, fetched as JSON when the `definition` property is not set. */
  get definitionSrc(): string | undefined {
    return this.ownDefinitionSrc;
  }

  set definitionSrc(url: string | undefined) {
    const previous = this.ownDefinitionSrc;
    this.ownDefinitionSrc = url ?? undefined;
    this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    this.requestUpdate('definitionSrc', previous);
  }

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    new LangLocaleController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.definitionSource.started) {
      this.definitionSource.use(this.ownDefinition, this.ownDefinitionSrc);
    }
  }

  private handlePrint(): void {
    window.print();
  }

  private source(): SummarySource {
    const state = this.definitionSource.state;
    if (state.status === 'ready') {
      return { settings: readGoalListSettings(state.model.source), definitionTitle: state.model.title, notice: undefined };
    }

    const builtIn = readGoalListSettings({});
    if (state.status === 'loading') {
      return { settings: builtIn, definitionTitle: undefined, notice: msg('Loading the plan definition…', { id: 'summary.loading' }) };
    }
    const detail = state.error.detail;
    const notice = msg(str`The plan definition could not be used, so this summary shows the plan with the built-in labels and hour settings. (${detail})`, { id: 'summary.definitionProblem' });
    return { settings: builtIn, definitionTitle: undefined, notice };
  }

  private readPlan(): Row | undefined {
    if (isRow(this.plan)) {
      return this.plan;
    }
    if (this.plan !== undefined && this.plan !== null && !this.warnedPlanValue) {
      this.warnedPlanValue = true;
      console.warn(`pgp-plan-summary: plan must be a plan object, such as { "planTypes": ["SELF_INITIATED"] }; got ${JSON.stringify(this.plan)?.slice(0, 80)}. Nothing is shown until it is set to an object.`);
    }
    return undefined;
  }

  protected override render(): TemplateResult {
    const source = this.source();
    const plan = this.readPlan();
    const locale = ensureLocalization()?.getLocale() ?? (langOf(this) || 'en');
    const format = createFormatters(locale);

    return html`
      <div class="summary" aria-busy=${this.definitionSource.state.status === 'loading' ? 'true' : 'false'}>
        <div class="toolbar">
          <button type="button" class="print" part="button print" @click=${this.handlePrint}>${msg('Print', { id: 'summary.print' })}</button>
        </div>
        <div role="status">${source.notice ? html`<p class="notice" part="notice">${source.notice}</p>` : nothing}</div>
        ${plan ? this.renderPlan(plan, source, format) : html`<p class="empty">${msg('No plan to show.', { id: 'summary.noPlan' })}</p>`}
      </div>
    `;
  }

  private renderPlan(plan: Row, source: SummarySource, format: Formatters): TemplateResult {
    const planTypes = (Array.isArray(plan.planTypes) ? plan.planTypes : []).filter((id): id is string => typeof id === 'string');
    const goals = rowsIn(plan.goals);
    const context: GoalContext = { format, settings: source.settings, goalFields: goalFieldsFor(source.settings, planTypes) };
    const participant = isRow(plan.participant) ? plan.participant : {};
    const advisor = isRow(plan.advisor) ? plan.advisor : {};

    return html`
      <article class="plan" aria-labelledby="plan-heading">
        ${renderOverview(plan, source.definitionTitle, format)}
        ${renderPeopleAndPrograms(plan, planTypes, format)}
        <section class="block goals-section" part="section" aria-labelledby="goals-heading" data-section="goals">
          <h3 id="goals-heading">${fieldLabel('goals')}</h3>
          ${goals.length === 0
            ? html`<p class="empty">${msg('No goals yet.', { id: 'summary.noGoals' })}</p>`
            : html`<ol class="plain goals">${goals.map((goal, index) => renderGoal(goal, index, context))}</ol>`}
        </section>
        ${renderTotals(computePlanTotals(goals, source.settings), source.settings, format)}
        ${this.renderLooseActivities(plan, context)}
        ${this.renderPlanDocuments(plan, format)}
        ${renderRecordedSignatures(plan, format)}
        ${this.printSignatures ? renderSignatureBlock(personName(participant.name), personName(advisor.name)) : nothing}
      </article>
    `;
  }

  private renderLooseActivities(plan: Row, context: GoalContext): TemplateResult | typeof nothing {
    const activities = rowsIn(plan.activities);
    if (activities.length === 0) {
      return nothing;
    }
    return html`
      <section class="block" part="section" aria-labelledby="loose-activities-heading" data-section="activities">
        <h3 id="loose-activities-heading">${fieldLabel('activities')}</h3>
        <p class="meta">${msg('These activities are not part of a goal, so the totals do not count them.', { id: 'summary.looseActivities.note' })}</p>
        ${renderActivityTable(activities, 'loose-activity-table', 'loose-activities-heading', context.settings, context.format)}
      </section>
    `;
  }

  private renderPlanDocuments(plan: Row, format: Formatters): TemplateResult | typeof nothing {
    const list = renderEvidenceList(plan, format);
    if (list === nothing) {
      return nothing;
    }
    return html`
      <section class="block" part="section" aria-labelledby="plan-documents-heading" data-section="documents">
        <h3 id="plan-documents-heading">${msg('Documents for the whole plan', { id: 'summary.planDocuments' })}</h3>
        ${list}
      </section>
    `;
  }
}
