/**
 * Read-only rendering of a saved plan's goals, activities and evidence links, and of the CTC and
 * QCC details, for `/plans/:id`. Plans arrive through the API as any JSON the definition accepts,
 * so every value is checked for its type before it is shown.
 */
import { html } from './html.js';
import { currentLanguage, t } from './messages.js';
import { productText } from './product-text.js';

const DEFAULT_HOURS_PER_UNIT = { CLOCK_HOUR: 1, SEMESTER_UNIT: 15, QUARTER_UNIT: 10, CEU: 10 };

const LABELS = {
  NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', MET: 'Met', PARTIALLY_MET: 'Partly met', NOT_MET: 'Not met',
  REVISED: 'Revised', DISCONTINUED: 'Discontinued', PLANNED: 'Planned', COMPLETED: 'Completed', CANCELLED: 'Cancelled',
  COLLEGE_COURSE: 'College or university course', CONFERENCE_WORKSHOP_TRAINING: 'Conference, workshop or training',
  SITE_LEADERSHIP_ROLE: 'Leadership role at the site', PROFESSIONAL_ORGANIZATION_LEADERSHIP: 'Leadership in a professional organization',
  PROFESSIONAL_GROWTH_ADVISOR_SERVICE: 'Serving as a professional growth advisor', EDUCATIONAL_RESEARCH: 'Educational research',
  SYSTEMATIC_OBSERVATION: 'Systematic observation', INDEPENDENT_STUDY: 'Independent study', BASIC_SKILLS: 'Basic skills',
  CREATIVE_ENDEAVOR: 'Creative endeavor', CPR_FIRST_AID_INSTRUCTION: 'CPR or first aid instruction', COACHING: 'Coaching', OTHER: 'Other',
  CLOCK_HOUR: 'clock hours', SEMESTER_UNIT: 'semester units', QUARTER_UNIT: 'quarter units', CEU: 'CEUs',
  ASSISTANT: 'Assistant', ASSOCIATE_TEACHER: 'Associate Teacher', TEACHER: 'Teacher', MASTER_TEACHER: 'Master Teacher',
  SITE_SUPERVISOR: 'Site Supervisor', PROGRAM_DIRECTOR: 'Program Director',
  CHILD_DEVELOPMENT_AND_SCHOOL_READINESS: 'Child development and school readiness', TEACHERS_AND_TEACHING: 'Teachers and teaching',
  PROGRAM_AND_ENVIRONMENT: 'Program and environment', MONTH_6: '6-month follow-up', MONTH_12: '12-month follow-up',
  ON_TRACK: 'On track', NEEDS_SUPPORT: 'Needs support',
};

const SMART_PARTS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'];

/** Renders the plan's CTC, QCC and advisor details and its goals; renders nothing a plan lacks. */
export function renderPlanContents(plan, definitionSource) {
  const goals = objectsIn(plan.goals);

  return html`
    ${renderDetails(plan)}
    ${goals.length > 0 && html`
    <section class="plan-goals" aria-labelledby="goals-heading">
      <h2 id="goals-heading">${t('goals.heading')}</h2>
      ${renderHourTotals(goals, hoursPerUnit(definitionSource))}
      <ol class="goal-list">
        ${goals.map((goal, index) => renderGoal(goal, index))}
      </ol>
    </section>`}`;
}

function renderDetails(plan) {
  const advisor = objectOrEmpty(plan.advisor);
  const ctc = objectOrEmpty(plan.ctc);
  const permit = objectOrEmpty(ctc.permit);
  const qcc = objectOrEmpty(plan.qcc);
  const rows = [
    [t('contents.advisor'), personName(advisor.name)],
    [productText('field.ctc.permit.level', 'Permit level'), label(permit.level, 'goal.permitTarget')],
    [t('contents.documentNumber'), text(permit.documentNumber)],
    [t('contents.issueDate'), text(permit.issueDate)],
    [productText('field.ctc.cycleStart', 'Renewal cycle starts'), text(ctc.cycleStart)],
    [t('contents.qccSite'), text(qcc.siteName)],
    [t('contents.qccCoach'), text(qcc.coachName)],
  ].filter(([, value]) => value !== undefined);

  return rows.length > 0 && html`
    <dl class="plan-details">
      ${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}
    </dl>`;
}

function renderHourTotals(goals, hoursPerUnit) {
  const activities = goals.flatMap((goal) => objectsIn(goal.activities));
  const planned = sumHours(activities.filter((activity) => activity.status !== 'CANCELLED'), hoursPerUnit);
  const completed = sumHours(activities.filter((activity) => activity.status === 'COMPLETED'), hoursPerUnit);

  return activities.length > 0 && html`
      <p>${t('goals.hours', { completed: formatNumber(completed), planned: formatNumber(planned) })}</p>`;
}

function renderGoal(goal, index) {
  const smart = objectOrEmpty(goal.smart);
  const smartRows = SMART_PARTS.filter((key) => text(smart[key]) !== undefined);
  const steps = objectsIn(goal.actionSteps);
  const followUps = objectsIn(goal.followUps);
  const activities = objectsIn(goal.activities);

  return html`
        <li class="goal-card">
          <h3>${text(goal.statement) ?? t('goals.untitledGoal', { number: index + 1 })}</h3>
          ${renderFacts([
            [productText('goal.field.status', 'Status'), label(goal.status, 'goal.status')],
            [productText('goal.field.startDate', 'Starts'), text(goal.startDate)],
            [productText('goal.field.targetDate', 'Expected completion'), text(goal.targetDate)],
            [productText('goal.field.completedDate', 'Completed on'), text(goal.completedDate)],
            [productText('goal.field.qccFocusArea', 'Focus area'), label(goal.qccFocusArea, 'goal.qccFocusArea')],
            [productText('goal.field.permitTarget', 'Permit level sought'), label(goal.permitTarget, 'goal.permitTarget')],
            [productText('goal.field.latticeTarget', 'Career Lattice level'), text(goal.latticeTarget)],
          ])}
          ${smartRows.length > 0 && html`<h4>${productText('goal.smart.legend', 'SMART goal')}</h4>${renderFacts(smartRows.map((key) => [t(`contents.${key}`), text(smart[key])]))}`}
          ${steps.length > 0 && html`<h4>${t('contents.actionSteps')}</h4>
          <ul>${steps.map(renderActionStep)}</ul>`}
          ${followUps.length > 0 && html`<h4>${productText('goal.followUps.legend', 'Follow-ups')}</h4>
          <ul>${followUps.map(renderFollowUp)}</ul>`}
          ${renderEvidenceList(goal.evidence, t('goals.goalDocuments'))}
          ${activities.length > 0 && html`<h4>${t('goals.activities')}</h4>
          <ul class="activity-list">${activities.map(renderActivity)}</ul>`}
        </li>`;
}

function renderActionStep(step) {
  const done = step.done === true ? ` ${t('contents.done')}` : '';
  return html`<li>${text(step.text) ?? t('contents.untitledStep')}${done}${dueText(step.dueDate)}</li>`;
}

function renderFollowUp(followUp) {
  const progress = label(followUp.progressStatus, 'followUp.progressStatus');
  return html`<li>${label(followUp.checkpoint, 'followUp.checkpoint') ?? t('contents.followUp')}${dueText(followUp.dueDate)}${progress && ` · ${progress}`}</li>`;
}

function dueText(dueDate) {
  return text(dueDate) === undefined ? '' : ` ${t('contents.due', { date: dueDate })}`;
}

function renderActivity(activity) {
  const credit = objectOrEmpty(activity.credit);
  const amount = typeof credit.amount === 'number' ? `${formatNumber(credit.amount)} ${label(credit.unitType, 'credit.unitType') ?? ''}`.trim() : undefined;

  return html`
            <li class="activity-card">
              <p class="activity-title">${text(activity.title) ?? t('goals.untitledActivity')}</p>
              ${renderFacts([
                [t('goals.kind'), label(activity.type, 'activity.type')],
                [t('goals.offeredBy'), text(activity.provider)],
                [productText('activity.field.status', 'Status'), label(activity.status, 'activity.status')],
                [t('goals.credit'), amount],
                [t('goals.finishedOn'), text(activity.completedDate)],
              ])}
              ${renderEvidenceList(activity.evidence, t('goals.activityDocuments'))}
            </li>`;
}

function renderFacts(rows) {
  const shown = rows.filter(([, value]) => value !== undefined);
  return shown.length > 0 && html`<dl>${shown.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>`;
}

function renderEvidenceList(evidence, heading) {
  const items = objectsIn(evidence);

  return items.length > 0 && html`
          <p class="evidence-heading">${heading}:</p>
          <ul class="evidence-list">${items.map((item) => html`<li>${renderEvidenceLink(item)}</li>`)}</ul>`;
}

function renderEvidenceLink(item) {
  const name = text(item.fileName) ?? text(item.id) ?? t('goals.unnamedFile');
  const size = typeof item.sizeBytes === 'number' ? ` (${formatSize(item.sizeBytes)})` : '';

  // Only same-site paths and web addresses become links, so a stored `javascript:` URL stays text.
  return isSafeLink(item.url) ? html`<a href="${item.url}">${name}</a>${size}` : html`${name}${size}`;
}

function isSafeLink(url) {
  if (typeof url !== 'string') {
    return false;
  }
  return /^\/(?![/\\])/.test(url) || /^https?:\/\//i.test(url);
}

function hoursPerUnit(definitionSource) {
  const configured = definitionSource?.['x-pgp-goal-list']?.hoursPerUnit;
  return { ...DEFAULT_HOURS_PER_UNIT, ...(typeof configured === 'object' && configured !== null ? configured : {}) };
}

function sumHours(activities, hoursPerUnit) {
  return activities.reduce((total, activity) => {
    const credit = objectOrEmpty(activity.credit);
    const factor = hoursPerUnit[credit.unitType];
    return typeof credit.amount === 'number' && typeof factor === 'number' ? total + credit.amount * factor : total;
  }, 0);
}

function formatNumber(value) {
  return new Intl.NumberFormat(currentLanguage(), { maximumFractionDigits: 2 }).format(value);
}

function formatSize(sizeBytes) {
  if (sizeBytes < 1024) {
    return t('contents.bytes', { size: formatNumber(sizeBytes) });
  }
  return sizeBytes < 1024 * 1024
    ? t('contents.kilobytes', { size: formatNumber(sizeBytes / 1024) })
    : t('contents.megabytes', { size: formatNumber(sizeBytes / (1024 * 1024)) });
}

function personName(name) {
  const parts = [objectOrEmpty(name).first, objectOrEmpty(name).last].map(text).filter((part) => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

// `idPrefix` names the product's translation, such as `goal.status`; without one, the English label is used.
function label(value, idPrefix) {
  if (typeof value !== 'string' || value === '') {
    return undefined;
  }
  const english = LABELS[value] ?? value;
  return idPrefix === undefined ? english : productText(`${idPrefix}.${value}`, english);
}

function text(value) {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function objectsIn(value) {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function objectOrEmpty(value) {
  return isObject(value) ? value : {};
}

function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
