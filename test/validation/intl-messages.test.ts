import { expect } from '@open-wc/testing';
import { ensureLocalization } from '../../src/i18n/index.js';
import { readDefinition } from '../../src/plan/definition.js';
import { definition as registryGeneral } from '../../src/validation/generated/registry-general.js';
import { errorMessage, type PlanError } from '../../src/validation/index.js';
import { untilLocale } from '../i18n/i18n-helpers.js';

const model = readDefinition(registryGeneral);

function ruleError(messageKey: string, params: Record<string, unknown>, keyword = 'x-pgp-rule'): PlanError {
  return { instancePath: '/goals/0/activities/0/startDate', keyword, params, messageKey, schemaPath: '#/x-pgp-rules/0' };
}

const hoursError = ruleError('rule.min-total-hours', { completedHours: 10.5, hours: 1000, remainingHours: 989.5 });
const cycleError = ruleError('rule.dates-within-cycle', { value: '2024-09-01', cycleStart: '2019-08-01', cycleEnd: '2024-07-31' });
const minimumError: PlanError = {
  instancePath: '/goals/0/activities/0/credit/amount',
  keyword: 'minimum',
  params: { value: -1.5, limit: 0.25 },
  messageKey: 'validation.minimum',
  schemaPath: '#/properties/credit/properties/amount/minimum',
};

async function switchTo(locale: string): Promise<void> {
  await ensureLocalization().setLocale(locale);
  await untilLocale(locale);
}

describe('numbers and dates inside validation messages', () => {
  afterEach(async () => {
    await switchTo('en');
  });

  it('groups English thousands with commas', () => {
    const text = errorMessage(hoursError, model);

    expect(text).to.contain('10.5 completed clock hours');
    expect(text).to.contain('it needs 1,000');
    expect(text).to.contain('Complete 989.5 more hours');
  });

  it('uses a Spanish decimal comma', async () => {
    await switchTo('es');
    const text = errorMessage(hoursError, model);

    expect(text).to.contain('10,5');
    expect(text).to.contain('989,5');
    expect(text).not.to.contain('10.5');
  });

  it('localizes minimum value and limit', async () => {
    expect(errorMessage(minimumError, model)).to.contain('0.25');

    await switchTo('es');
    const text = errorMessage(minimumError, model);
    expect(text).to.contain('-1,5');
    expect(text).to.contain('0,25');
  });

  it('writes Spanish dates without shifting', async () => {
    await switchTo('es');
    const text = errorMessage(cycleError, model);

    expect(text).not.to.contain('2024-09-01');
    expect(text).to.match(/\b1 sept?\.? 2024/);
    expect(text).to.match(/\b31 jul\.? 2024/);
    expect(text).to.match(/\b1 ago\.? 2019/);
  });

  it('writes English medium dates', () => {
    const text = errorMessage(cycleError, model);

    expect(text).to.contain('Sep 1, 2024');
    expect(text).to.contain('Aug 1, 2019 to Jul 31, 2024');
  });

  it('keeps an impossible date raw', () => {
    const text = errorMessage(ruleError('rule.dates-within-cycle', { value: '2024-02-30', cycleStart: '2019-08-01', cycleEnd: '2024-07-31' }), model);

    expect(text).to.contain('2024-02-30');
  });

  it('groups goal counts in Spanish', async () => {
    await switchTo('es');
    const text = errorMessage(ruleError('qcc.goalCount', { min: 2, max: 15000 }, 'maxItems'), model);

    expect(text).to.contain('15.000');
    expect(text).not.to.contain('15000');
  });
});
