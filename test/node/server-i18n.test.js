// Tests for the demo host's page language: how a request's language is chosen, the language
// switcher, and that every page the host renders itself is complete in English, Spanish and
// Traditional Chinese. Needs "npm run build".
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../demo/server.js';
import { CATALOG, chooseLanguage, t, tHtml, withLanguage } from '../../demo/lib/messages.js';
import { html } from '../../demo/lib/html.js';

const DIST_DIR = process.env.PGP_DIST_DIR || fileURLToPath(new URL('../../dist', import.meta.url));
const WPLA_PATH = fileURLToPath(new URL('../../schemas/definitions/workforce-pathways-la-2024-25.json', import.meta.url));
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

// English text of the host's own pages that must not be left in a translated page.
const ENGLISH_ON_EVERY_PAGE = ['Skip to main content', 'Saved plans', 'New plan', 'Permit renewal', 'A demonstration host'];
const ENGLISH_BY_PAGE = {
  '/': ['Choose the plan to start', 'Start a Professional Growth Plan', 'Renew a Child Development Permit', 'Any plan type'],
  '/?definition=ctc-permit-renewal': ['Start a different plan', 'The plan wizard needs JavaScript', 'Draft saved at'],
  '/intake.html': ['Tell us who you are', 'About you', 'First name', 'Last name', 'Submit intake', '9 digits'],
  '/plans': ['saved plan', 'Open in the wizard', 'View summary', 'Fiscal year', 'Registry ID'],
  plan: [
    'Plan saved on', 'Stored JSON', 'Version history', 'Back to saved plans', 'Participant', 'Checked against', 'Submitted for review',
    'Goals', 'Clock hours', 'Not started', 'Activities', 'College or university course', 'Planned', 'Offered by', 'Documents for this goal',
    'Workforce Pathways LA Professional Growth Plan',
  ],
  version: ['Version 1 of', 'This is the current version', 'Back to the plan', 'Saved on'],
  '/no-such-page': ['Page not found', 'Go to the saved plans', 'Nothing is served', 'Check the address'],
  '/plans/no-such-plan': ['Page not found', 'There is no saved plan', 'list of saved plans'],
};

let app;
let tempDir;
let planId;

before(async () => {
  tempDir = await mkdtemp(join(tmpdir(), 'pgp-i18n-'));
  app = await createServer({ dbPath: join(tempDir, 'plans.sqlite'), uploadDir: join(tempDir, 'uploads'), port: 0, distDir: DIST_DIR, logger: silentLogger() });

  const definitionId = JSON.parse(await readFile(WPLA_PATH, 'utf8')).$id;
  const plan = {
    planTypes: ['STIPEND_PROGRAM_REQUIREMENT'], fiscalYear: '2024-2025', status: 'SUBMITTED_FOR_REVIEW',
    participant: { registryId: '100123456', name: { first: 'Ana', last: 'López' } },
    goals: [{
      statement: 'Aprender', status: 'NOT_STARTED',
      evidence: [{ id: 'e1', fileName: 'plan.pdf', url: '/evidence/e1' }],
      activities: [{ title: 'ECE 101', type: 'COLLEGE_COURSE', provider: 'LACC', status: 'PLANNED', credit: { amount: 3, unitType: 'SEMESTER_UNIT' } }],
    }],
  };
  planId = app.store.insert({ definitionId, plan }).id;
});

after(async () => {
  await app?.close();
  await rm(tempDir, { recursive: true, force: true });
});

function silentLogger() {
  return { info() {}, warn() {}, error() {} };
}

async function getPage(path, headers = {}) {
  const response = await fetch(`${app.url}${path}`, { headers: { Accept: 'text/html', ...headers } });
  return { response, text: await response.text() };
}

function pagePaths() {
  return Object.keys(ENGLISH_BY_PAGE).map((key) => {
    if (key === 'plan') return [key, `/plans/${encodeURIComponent(planId)}`];
    if (key === 'version') return [key, `/plans/${encodeURIComponent(planId)}/versions/1`];
    return [key, key];
  });
}

// The page's readable text: data blocks and tags left out, so JSON and attribute values do not count.
function visibleText(page) {
  return page.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
}

// Whole words only, so the Spanish "Participante" does not count as the English "Participant".
function containsWords(text, words) {
  return new RegExp(`\\b${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
}

function withQuery(path, query) {
  return `${path}${path.includes('?') ? '&' : '?'}${query}`;
}

describe('choosing the language', () => {
  test('?lang= sets the language and a cookie', async () => {
    const { response, text } = await getPage('/plans?lang=es');

    assert.match(text, /<html lang="es">/);
    const cookie = response.headers.get('set-cookie');
    assert.match(cookie, /^pgp-lang=es;/);
    assert.match(cookie, /Path=\//);
    assert.match(cookie, /SameSite=Lax/);
  });

  test('the cookie is used without ?lang=, and ?lang= wins over it', async () => {
    const fromCookie = await getPage('/plans', { Cookie: 'other=1; pgp-lang=zh-Hant' });
    const fromQuery = await getPage('/plans?lang=en', { Cookie: 'pgp-lang=zh-Hant' });

    assert.match(fromCookie.text, /<html lang="zh-Hant">/);
    assert.equal(fromCookie.response.headers.get('set-cookie'), null);
    assert.match(fromQuery.text, /<html lang="en">/);
  });

  test('the cookie wins over Accept-Language', async () => {
    const { text } = await getPage('/plans', { Cookie: 'pgp-lang=en', 'Accept-Language': 'es-MX' });
    assert.match(text, /<html lang="en">/);
  });

  test('an unknown ?lang= or cookie value is ignored', async () => {
    const { response, text } = await getPage('/plans?lang=fr', { Cookie: 'pgp-lang=xx', 'Accept-Language': 'es' });

    assert.match(text, /<html lang="es">/);
    assert.equal(response.headers.get('set-cookie'), null);
  });

  test('Accept-Language maps to the site languages', () => {
    const cases = [
      ['es-US,es;q=0.9', 'es'], ['es', 'es'], ['zh-TW', 'zh-Hant'], ['zh-HK,en;q=0.5', 'zh-Hant'],
      ['zh-Hant-TW', 'zh-Hant'], ['yue', 'zh-Hant'], ['zh-CN', 'en'], ['fr-FR', 'en'], [undefined, 'en'],
      ['fr;q=1, es;q=0.8', 'es'], ['en;q=0.4, es;q=0.9', 'es'], ['es;q=0', 'en'],
    ];
    for (const [header, expected] of cases) {
      assert.equal(chooseLanguage(new URLSearchParams(), undefined, header).language, expected, String(header));
    }
  });
});

describe('pages in each language', () => {
  for (const language of ['en', 'es', 'zh-Hant']) {
    test(`every page renders in ${language}`, async () => {
      for (const [key, path] of pagePaths()) {
        const { text } = await getPage(withQuery(path, `lang=${language}`));
        assert.match(text, new RegExp(`<html lang="${language}">`), path);

        const englishFound = [...ENGLISH_ON_EVERY_PAGE, ...ENGLISH_BY_PAGE[key]]
          .filter((english) => containsWords(visibleText(text), english));
        if (language === 'en') {
          assert.ok(englishFound.length > 0, `${path} shows none of the English texts the list expects`);
        } else {
          assert.deepEqual(englishFound, [], `${path} in ${language}`);
        }
      }
    });
  }

  test('the wizard page carries its script messages in the page language', async () => {
    const { text } = await getPage('/?definition=ctc-permit-renewal&lang=es');
    const block = /<script type="application\/json" id="page-messages">([\s\S]*?)<\/script>/.exec(text)?.[1];

    assert.ok(block, 'no page-messages block');
    const messages = JSON.parse(block);
    assert.equal(messages['wizardPage.draftSaved'], CATALOG.es['wizardPage.draftSaved']);
    assert.equal(messages['wizardPage.submitted'], CATALOG.es['wizardPage.submitted']);
  });

  test('the chooser and the saved plans name the plan types in Spanish', async () => {
    const chooser = visibleText((await getPage('/?lang=es')).text);
    assert.ok(containsWords(chooser, 'Plan de Crecimiento Profesional de Workforce Pathways LA, 2024-2025'), chooser);

    const list = visibleText((await getPage('/plans?lang=es')).text);
    assert.ok(list.includes('Requisito del programa de estipendios'), list);
  });

  test('plan skip link is translated', async () => {
    const spanish = await getPage('/?definition=ctc-permit-renewal&lang=es');
    const chinese = await getPage('/?definition=ctc-permit-renewal&lang=zh-Hant');

    assert.match(spanish.text, /<a class="skip-link" href="#plan-wizard">Ir al plan<\/a>/);
    assert.match(chinese.text, /<a class="skip-link" href="#plan-wizard">跳到計劃<\/a>/);
  });

  test('every language has every message, with the same placeholders', () => {
    for (const [key, english] of Object.entries(CATALOG.en)) {
      const placeholders = (message) => (message.match(/\{\w+\}/g) ?? []).sort();
      for (const language of ['es', 'zh-Hant']) {
        assert.equal(typeof CATALOG[language][key], 'string', `${language} lacks ${key}`);
        assert.deepEqual(placeholders(CATALOG[language][key]), placeholders(english), `${language} ${key}`);
      }
    }
  });

  test('saved dates are formatted in the page language', async () => {
    const english = await getPage('/plans?lang=en');
    const spanish = await getPage('/plans?lang=es');
    const dateIn = (page) => /<time datetime="[^"]*">([^<]*)<\/time>/.exec(page)?.[1];

    assert.ok(dateIn(english.text));
    assert.notEqual(dateIn(spanish.text), dateIn(english.text));
  });
});

// English text of /plan.html that must not be left in a translated plan form.
const ENGLISH_ON_PLAN_FORM = [
  'About you', 'First name', 'Last name', 'Fiscal year', 'July to June', '9 digits', 'Permit and professional growth advisor',
  'Advisor\'s first name', 'Permit level', 'Permit document number', 'Permit issue date', 'five-year renewal cycle',
  'Choose…', 'Submit plan', 'needs JavaScript',
];

describe('the plan form in each language', () => {
  for (const language of ['es', 'zh-Hant']) {
    test(`/plan.html is complete in ${language}`, async () => {
      const { text } = await getPage(`/plan.html?definition=ctc-permit-renewal&lang=${language}`);
      const visible = visibleText(text.replace(/<\/?noscript>/g, ''));

      assert.match(text, new RegExp(`<html lang="${language}">`));
      const englishFound = [...ENGLISH_ON_EVERY_PAGE, ...ENGLISH_ON_PLAN_FORM].filter((english) => containsWords(visible, english));
      assert.deepEqual(englishFound, []);
    });
  }

  test('plan form in English', async () => {
    const { text } = await getPage('/plan.html?definition=ctc-permit-renewal&lang=en');
    const englishFound = ENGLISH_ON_PLAN_FORM.filter((english) => containsWords(visibleText(text), english));
    assert.ok(englishFound.length > ENGLISH_ON_PLAN_FORM.length / 2, englishFound.join(', '));
  });

  test('plan form page messages', async () => {
    const { text } = await getPage('/plan.html?definition=ctc-permit-renewal&lang=zh-Hant');
    const block = /<script type="application\/json" id="page-messages">([\s\S]*?)<\/script>/.exec(text)?.[1];

    assert.ok(block, 'no page-messages block');
    const messages = JSON.parse(block);
    assert.equal(messages['planPage.saving'], CATALOG['zh-Hant']['planPage.saving']);
    assert.equal(messages['planPage.errorsTitle'], CATALOG['zh-Hant']['planPage.errorsTitle']);
    assert.notEqual(messages['planPage.saving'], CATALOG.en['planPage.saving']);
  });

  test('unknown definition 404 in Spanish', async () => {
    const { response, text } = await getPage('/plan.html?definition=nope&lang=es');

    assert.equal(response.status, 404);
    assert.match(text, /No hay ninguna definición de plan llamada &quot;nope&quot;/);
  });

  test('form-only route 405 in Spanish', async () => {
    const { response, text } = await getPage('/intake?lang=es');

    assert.equal(response.status, 405);
    assert.match(text, /solo recibe envíos de formularios/);
    assert.ok(!text.includes('only receives form submissions'));
  });

  test('saved plan details in Spanish', async () => {
    const record = app.store.insert({
      definitionId: app.store.get(planId).definitionId,
      plan: {
        planTypes: [], status: 'DRAFT', advisor: { name: { first: 'Rosa' } }, ctc: { permit: { level: 'TEACHER', documentNumber: 'X1' } },
        goals: [{
          statement: 'Meta', smart: { specific: 'a', timeBound: 'b' }, actionSteps: [{ text: 'Leer', done: true, dueDate: '2025-01-01' }],
          followUps: [{ dueDate: '2025-06-01' }], evidence: [{ id: 'e2', fileName: 'x.pdf', url: '/evidence/e2', sizeBytes: 1536 }],
          activities: [{ title: 'ECE 1', credit: { amount: 1.5, unitType: 'SEMESTER_UNIT' } }],
        }],
      },
    });
    // The stored JSON is shown as written, so it is left out.
    const page = (await getPage(`/plans/${encodeURIComponent(record.id)}?lang=es`)).text;
    const visible = visibleText(page.replace(/<pre\b[\s\S]*?<\/pre>/g, ''));

    for (const english of ['Advisor', 'Permit level', 'Permit document number', 'SMART goal', 'Specific', 'Time-bound', 'Action steps', 'Follow-ups', 'Follow-up', 'due', 'done', 'semester units']) {
      assert.ok(!containsWords(visible, english), english);
    }
    assert.ok(visible.includes('Leer (hecho) · para el 2025-01-01'), visible);
    assert.ok(visible.includes('1,5 KB'), visible);
    assert.ok(visible.includes('1,5 Unidades semestrales'), visible);
  });
});

describe('the intake form in Spanish', () => {
  test('a rejected intake shows its errors in Spanish', async () => {
    const body = new URLSearchParams({ firstName: '', lastName: 'Ruiz', registryId: '12<b>', fiscalYear: '2024-2025', definition: 'workforce-pathways-la-2024-25' });
    body.append('planTypes', 'SELF_INITIATED');
    const response = await fetch(`${app.url}/intake?lang=es`, {
      method: 'POST', body, headers: { Accept: 'text/html', 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    const text = await response.text();

    assert.equal(response.status, 422);
    assert.match(text, /<html lang="es">/);
    assert.match(text, /Su solicitud no se guardó/);
    assert.match(text, /Escriba su nombre\./);
    assert.match(text, /El número de identificación del Registro 12&lt;b&gt; no tiene la forma esperada/);
    assert.match(text, /Seleccione el tipo de plan &quot;/);
    for (const english of ['Your intake was not saved', 'Enter your first name', 'is not in the expected form', 'Select the plan type']) {
      assert.ok(!text.includes(english), english);
    }
  });
});

describe('the language switcher', () => {
  test('links to the same page in each language, marking the current one', async () => {
    const { text } = await getPage(`/plans/${encodeURIComponent(planId)}?lang=zh-Hant`);
    const switcher = /<nav class="language-switcher"[\s\S]*?<\/nav>/.exec(text)?.[0];
    assert.ok(switcher, 'no language switcher');

    const links = switcher.match(/<a\b[^>]*>/g);
    assert.equal(links.length, 3);
    for (const [code, link] of [['en', links[0]], ['es', links[1]], ['zh-Hant', links[2]]]) {
      assert.match(link, new RegExp(`href="/plans/${planId}\\?lang=${code}"`));
      assert.match(link, new RegExp(`hreflang="${code}"`));
      assert.match(link, new RegExp(` lang="${code}"`));
    }
    assert.equal(links.filter((link) => link.includes('aria-current="true"')).length, 1);
    assert.match(links[2], /aria-current="true"/);
  });

  test('keeps the other query parameters', async () => {
    const { text } = await getPage('/?definition=ctc-permit-renewal&lang=es');
    assert.match(text, /href="\/\?definition=ctc-permit-renewal&amp;lang=zh-Hant"/);
  });
});

describe('escaping', () => {
  test('values put into messages are escaped, and markup given as SafeHtml is kept', () => {
    withLanguage('es', () => {
      assert.equal(t('plan.title', { name: HOSTILE_NAME }), `Plan de ${HOSTILE_NAME}`);
      assert.equal(String(html`<h1>${t('plan.title', { name: HOSTILE_NAME })}</h1>`), '<h1>Plan de &lt;img src=x onerror=alert(1)&gt;</h1>');

      const withTime = tHtml('plan.savedOn', { date: html`<time>${HOSTILE_NAME}</time>` });
      assert.equal(String(withTime), 'Plan guardado el <time>&lt;img src=x onerror=alert(1)&gt;</time>.');
      assert.equal(String(tHtml('plan.title', { name: HOSTILE_NAME })), 'Plan de &lt;img src=x onerror=alert(1)&gt;');
    });
  });

  test('a hostile participant name is escaped on a translated page', async () => {
    const record = app.store.insert({
      definitionId: app.store.get(planId).definitionId,
      plan: { planTypes: [], status: 'DRAFT', participant: { name: { first: HOSTILE_NAME } } },
    });
    const { text } = await getPage(`/plans/${encodeURIComponent(record.id)}?lang=zh-Hant`);

    assert.ok(!text.includes('<img src=x'));
    assert.match(text, /<h1>&lt;img src=x onerror=alert\(1\)&gt; 嘅計劃<\/h1>/);
  });
});
