/**
 * The host pages' own text in English, Spanish and Traditional Chinese, the rules that choose a
 * request's language, and the per-request language that page renderers read through `t()`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { escapeHtml, SafeHtml } from './html.js';
import { PAGE_TEXT } from './messages-pages.js';
import { PLAN_TEXT } from './messages-plan.js';

export const LANGUAGES = ['en', 'es', 'zh-Hant'];
export const DEFAULT_LANGUAGE = 'en';
export const LANGUAGE_COOKIE = 'pgp-lang';

/** The name of each language written in that language, for the switcher. */
export const LANGUAGE_NAMES = { en: 'English', es: 'Español', 'zh-Hant': '繁體中文' };

const en = {
  'site.name': 'Registry demo',
  'layout.skip': 'Skip to main content',
  'wizard.skipToPlan': 'Skip to the plan',
  'layout.navLabel': 'Main',
  'layout.languageLabel': 'Language',
  'layout.footer': 'A demonstration host for the pgp-elements web components. It is not the CA ECE Workforce Registry, and plans saved here stay on this computer.',
  'nav.newPlan': 'New plan',
  'nav.savedPlans': 'Saved plans',
  'nav.intake': 'Workforce Pathways LA intake',
  'nav.planPages': 'CTC/QCC plan page',
  'nav.permitRenewal': 'Permit renewal',
  'nav.qccPlan': 'QCC plan',
  'status.DRAFT': 'Draft',
  'status.SUBMITTED_FOR_REVIEW': 'Submitted for review',
  'status.RETURNED': 'Returned for changes',
  'status.APPROVED': 'Approved',
  'status.IN_PROGRESS': 'In progress',
  'status.COMPLETED': 'Completed',
  'status.VERIFIED': 'Verified',
  'status.ARCHIVED': 'Archived',
  'list.title': 'Saved plans',
  'list.empty': 'No plans have been saved yet.',
  'list.startPlan': 'Start a new plan',
  'list.startIntake': 'start a Workforce Pathways LA intake',
  'list.or': 'or',
  'list.someShown': 'Showing the {shown} newest of {total} saved plans.',
  'list.one': '1 saved plan.',
  'list.all': '{total} saved plans, newest first.',
  'list.openInWizard': 'Open in the wizard',
  'list.viewSummary': 'View summary',
  'field.status': 'Status',
  'field.registryId': 'Registry ID',
  'field.planTypes': 'Plan types',
  'field.fiscalYear': 'Fiscal year',
  'field.saved': 'Saved',
  'field.participant': 'Participant',
  'field.checkedAgainst': 'Checked against',
  'field.planId': 'Plan ID',
  'value.none': 'None',
  'value.notGiven': 'Not given',
  'value.unnamed': 'Unnamed participant',
  'plan.title': 'Plan for {name}',
  'plan.savedOn': 'Plan saved on {date}.',
  'plan.storedJson': 'Stored JSON',
  'plan.backToList': 'Back to saved plans',
  'plan.backToPlan': 'Back to the plan',
  'plan.versions': 'Version history',
  'plan.versionItem': 'Version {number}',
  'plan.versionSaved': '{status}, saved {date}',
  'version.title': 'Version {number} of the plan for {name}',
  'version.savedAs': 'Saved on {date} as {status}.',
  'version.current': 'This is the current version.',
  'version.changed': 'The plan has changed since;',
  'version.openCurrent': 'open the current version',
  'error.goToList': 'Go to the saved plans',
  'error.400': 'Request not understood',
  'error.404': 'Page not found',
  'error.405': 'Method not allowed',
  'error.409': 'Conflict',
  'error.413': 'Request too large',
  'error.415': 'Unsupported request format',
  'error.500': 'Something went wrong',
  'error.other': 'Request failed',
  'error.serverFailed': 'The server could not complete the request. Try again; if it keeps failing, report request id {id}.',
  'wizard.start': 'Start a Professional Growth Plan',
  'wizard.choose': 'Choose the plan to start',
  'wizard.chooseOther': 'Start a different plan',
  'wizard.noscript': 'The plan wizard needs JavaScript. Turn JavaScript on in your browser and reload this page, or use the Workforce Pathways LA intake, which works without it.',
  'hint.workforce-pathways-la-2024-25': 'Required of Workforce Pathways LA stipend applicants for fiscal year 2024-2025.',
  'hint.ctc-permit-renewal': 'Renew a Child Development Permit with 105 hours of professional growth over five years.',
  'hint.qcc-quality-improvement': 'Two or three quality improvement goals for a Quality Counts California site, with 6- and 12-month follow-ups.',
  'hint.registry-general': 'Any plan type, for goals of your own or goals your employer sets.',
  'intake.heading': 'Workforce Pathways LA intake, 2024-2025',
  'intake.title': 'Workforce Pathways LA intake',
  'intake.fixTitle': 'Fix your intake',
  'intake.intro': 'Workforce Pathways LA asks every stipend applicant for a Professional Growth Plan for the 2024-2025 fiscal year. Tell us who you are and what the plan is for.',
  'intake.needsType': 'This application needs the plan type {type}. If the same plan also serves another purpose, such as renewing your Child Development Permit, select that type as well.',
  'intake.aboutYou': 'About you',
  'intake.firstName': 'First name',
  'intake.lastName': 'Last name',
  'intake.registryHint': '9 digits, starts with 100',
  'intake.firstNameMissing': 'Enter your first name.',
  'intake.lastNameMissing': 'Enter your last name.',
  'intake.submit': 'Submit intake',
  'intake.notSaved': 'Your intake was not saved',
  'intake.fixBelow': 'Fix the following and submit again:',
  'intake.registryIdMissing': 'Enter your Registry ID.',
  'intake.registryIdPattern': 'Registry ID {value} is not in the expected form. Enter the 9 digits, starting with 100.',
  'intake.stipendMissing': 'Select the plan type "{type}"; this application needs it.',
  'intake.planTypesMissing': 'Choose at least one plan type.',
  'intake.planTypeUnoffered': '"{value}" is not a plan type this form offers. Choose one of the plan types listed.',
  'intake.errorPrefix': 'Error: ',
  'intake.pickerNoscript': 'Choosing the plan type needs JavaScript. Turn it on in your browser and reload this page.',
  'wizardPage.httpStatus': 'the server responded with HTTP {status}',
  'wizardPage.loadFailed': 'The saved plan could not be loaded: {reason}. Reload the page to try again.',
  'wizardPage.alreadySubmitted': 'This plan has been submitted. Changes you make are kept on this device and reach the server when you submit the plan again.',
  'wizardPage.draftSaved': 'Draft saved at {time}.',
  'wizardPage.draftNotSaved': 'Draft not saved to the server: {reason}; it is still saved on this device.',
  'wizardPage.submitted': 'Plan submitted for review.',
  'wizardPage.viewSummary': 'View the summary',
  'wizardPage.unreachable': 'the server could not be reached. Check your connection',
};

const es = {
  'site.name': 'Demostración del Registro',
  'layout.skip': 'Saltar al contenido principal',
  'wizard.skipToPlan': 'Ir al plan',
  'layout.navLabel': 'Principal',
  'layout.languageLabel': 'Idioma',
  'layout.footer': 'Un sitio de demostración de los componentes web pgp-elements. No es el Registro de la Fuerza Laboral de ECE de California, y los planes que guarde aquí se quedan en esta computadora.',
  'nav.newPlan': 'Nuevo plan',
  'nav.savedPlans': 'Planes guardados',
  'nav.intake': 'Solicitud de Workforce Pathways LA',
  'nav.planPages': 'Página de planes CTC/QCC',
  'nav.permitRenewal': 'Renovación del permiso',
  'nav.qccPlan': 'Plan QCC',
  'status.DRAFT': 'Borrador',
  'status.SUBMITTED_FOR_REVIEW': 'Enviado para revisión',
  'status.RETURNED': 'Devuelto para cambios',
  'status.APPROVED': 'Aprobado',
  'status.IN_PROGRESS': 'En curso',
  'status.COMPLETED': 'Terminado',
  'status.VERIFIED': 'Verificado',
  'status.ARCHIVED': 'Archivado',
  'list.title': 'Planes guardados',
  'list.empty': 'Todavía no se ha guardado ningún plan.',
  'list.startPlan': 'Empiece un plan nuevo',
  'list.startIntake': 'empiece una solicitud de Workforce Pathways LA',
  'list.or': 'o',
  'list.someShown': 'Se muestran los {shown} más recientes de {total} planes guardados.',
  'list.one': '1 plan guardado.',
  'list.all': '{total} planes guardados, del más reciente al más antiguo.',
  'list.openInWizard': 'Abrir en el asistente',
  'list.viewSummary': 'Ver resumen',
  'field.status': 'Estado',
  'field.registryId': 'Número de identificación del Registro',
  'field.planTypes': 'Tipos de plan',
  'field.fiscalYear': 'Año fiscal',
  'field.saved': 'Guardado',
  'field.participant': 'Participante',
  'field.checkedAgainst': 'Revisado según',
  'field.planId': 'Identificación del plan',
  'value.none': 'Ninguno',
  'value.notGiven': 'No se indicó',
  'value.unnamed': 'Participante sin nombre',
  'plan.title': 'Plan de {name}',
  'plan.savedOn': 'Plan guardado el {date}.',
  'plan.storedJson': 'JSON guardado',
  'plan.backToList': 'Volver a los planes guardados',
  'plan.backToPlan': 'Volver al plan',
  'plan.versions': 'Historial de versiones',
  'plan.versionItem': 'Versión {number}',
  'plan.versionSaved': '{status}, guardada el {date}',
  'version.title': 'Versión {number} del plan de {name}',
  'version.savedAs': 'Guardada el {date} como {status}.',
  'version.current': 'Esta es la versión actual.',
  'version.changed': 'El plan ha cambiado desde entonces;',
  'version.openCurrent': 'abra la versión actual',
  'error.goToList': 'Ir a los planes guardados',
  'error.400': 'No se entendió la solicitud',
  'error.404': 'No se encontró la página',
  'error.405': 'Método no permitido',
  'error.409': 'Conflicto',
  'error.413': 'La solicitud es demasiado grande',
  'error.415': 'Formato de solicitud no admitido',
  'error.500': 'Algo salió mal',
  'error.other': 'La solicitud no se completó',
  'error.serverFailed': 'El servidor no pudo completar la solicitud. Inténtelo de nuevo; si sigue fallando, informe el número de solicitud {id}.',
  'wizard.start': 'Empiece un Plan de Desarrollo Profesional',
  'wizard.choose': 'Elija el plan que quiere empezar',
  'wizard.chooseOther': 'Empezar otro plan',
  'wizard.noscript': 'El asistente del plan necesita JavaScript. Active JavaScript en su navegador y vuelva a cargar esta página, o use la solicitud de Workforce Pathways LA, que funciona sin él.',
  'hint.workforce-pathways-la-2024-25': 'Obligatorio para quienes solicitan el estipendio de Workforce Pathways LA en el año fiscal 2024-2025.',
  'hint.ctc-permit-renewal': 'Renueve un Permiso de Desarrollo Infantil con 105 horas de desarrollo profesional en cinco años.',
  'hint.qcc-quality-improvement': 'Dos o tres metas de mejora de la calidad para un sitio de Quality Counts California, con seguimientos a los 6 y 12 meses.',
  'hint.registry-general': 'Cualquier tipo de plan, para sus propias metas o las que fije su empleador.',
  'intake.heading': 'Solicitud de Workforce Pathways LA, 2024-2025',
  'intake.title': 'Solicitud de Workforce Pathways LA',
  'intake.fixTitle': 'Corrija su solicitud',
  'intake.intro': 'Workforce Pathways LA pide a cada solicitante del estipendio un Plan de Desarrollo Profesional para el año fiscal 2024-2025. Díganos quién es usted y para qué es el plan.',
  'intake.needsType': 'Esta solicitud necesita el tipo de plan {type}. Si el mismo plan también sirve para otro propósito, como renovar su Permiso de Desarrollo Infantil, seleccione también ese tipo.',
  'intake.aboutYou': 'Sus datos',
  'intake.firstName': 'Nombre',
  'intake.lastName': 'Apellido',
  'intake.registryHint': '9 dígitos, empieza con 100',
  'intake.firstNameMissing': 'Escriba su nombre.',
  'intake.lastNameMissing': 'Escriba su apellido.',
  'intake.submit': 'Enviar solicitud',
  'intake.notSaved': 'Su solicitud no se guardó',
  'intake.fixBelow': 'Corrija lo siguiente y vuelva a enviarla:',
  'intake.registryIdMissing': 'Escriba su número de identificación del Registro.',
  'intake.registryIdPattern': 'El número de identificación del Registro {value} no tiene la forma esperada. Escriba los 9 dígitos, empezando con 100.',
  'intake.stipendMissing': 'Seleccione el tipo de plan "{type}"; esta solicitud lo necesita.',
  'intake.planTypesMissing': 'Elija por lo menos un tipo de plan.',
  'intake.planTypeUnoffered': '"{value}" no es un tipo de plan que ofrece este formulario. Elija uno de los tipos de plan de la lista.',
  'intake.errorPrefix': 'Error: ',
  'intake.pickerNoscript': 'Para elegir el tipo de plan se necesita JavaScript. Actívelo en su navegador y vuelva a cargar esta página.',
  'wizardPage.httpStatus': 'el servidor respondió con HTTP {status}',
  'wizardPage.loadFailed': 'No se pudo cargar el plan guardado: {reason}. Vuelva a cargar la página para intentarlo de nuevo.',
  'wizardPage.alreadySubmitted': 'Este plan ya se envió. Los cambios que haga se guardan en este dispositivo y llegan al servidor cuando vuelva a enviar el plan.',
  'wizardPage.draftSaved': 'Borrador guardado a las {time}.',
  'wizardPage.draftNotSaved': 'El borrador no se guardó en el servidor: {reason}; sigue guardado en este dispositivo.',
  'wizardPage.submitted': 'Plan enviado para revisión.',
  'wizardPage.viewSummary': 'Ver el resumen',
  'wizardPage.unreachable': 'no se pudo conectar con el servidor. Revise su conexión',
};

const zhHant = {
  'site.name': '登記系統示範',
  'layout.skip': '跳到主要內容',
  'wizard.skipToPlan': '跳到計劃',
  'layout.navLabel': '主選單',
  'layout.languageLabel': '語言',
  'layout.footer': '呢個係 pgp-elements 網頁元件嘅示範網站，唔係加州 ECE 人員登記系統（CA ECE Workforce Registry）。喺度儲存嘅計劃只會留喺呢部電腦。',
  'nav.newPlan': '新計劃',
  'nav.savedPlans': '已儲存嘅計劃',
  'nav.intake': 'Workforce Pathways LA 申請',
  'nav.planPages': 'CTC／QCC 計劃頁',
  'nav.permitRenewal': '續期許可證',
  'nav.qccPlan': 'QCC 計劃',
  'status.DRAFT': '草稿',
  'status.SUBMITTED_FOR_REVIEW': '已提交審核',
  'status.RETURNED': '已退回修改',
  'status.APPROVED': '已批准',
  'status.IN_PROGRESS': '進行中',
  'status.COMPLETED': '已完成',
  'status.VERIFIED': '已核實',
  'status.ARCHIVED': '已封存',
  'list.title': '已儲存嘅計劃',
  'list.empty': '暫時未有儲存任何計劃。',
  'list.startPlan': '開始新計劃',
  'list.startIntake': '開始 Workforce Pathways LA 申請',
  'list.or': '或者',
  'list.someShown': '顯示 {total} 份已儲存計劃之中最新嘅 {shown} 份。',
  'list.one': '1 份已儲存嘅計劃。',
  'list.all': '{total} 份已儲存嘅計劃，最新嘅排先。',
  'list.openInWizard': '喺精靈入面打開',
  'list.viewSummary': '睇摘要',
  'field.status': '狀態',
  'field.registryId': '登記系統編號',
  'field.planTypes': '計劃類型',
  'field.fiscalYear': '財政年度',
  'field.saved': '儲存時間',
  'field.participant': '參加者',
  'field.checkedAgainst': '核對所用定義',
  'field.planId': '計劃編號',
  'value.none': '冇',
  'value.notGiven': '未填',
  'value.unnamed': '未有名嘅參加者',
  'plan.title': '{name} 嘅計劃',
  'plan.savedOn': '計劃喺 {date} 儲存咗。',
  'plan.storedJson': '已儲存嘅 JSON',
  'plan.backToList': '返去已儲存嘅計劃',
  'plan.backToPlan': '返去計劃',
  'plan.versions': '版本記錄',
  'plan.versionItem': '第 {number} 版',
  'plan.versionSaved': '{status}，喺 {date} 儲存',
  'version.title': '{name} 嘅計劃第 {number} 版',
  'version.savedAs': '喺 {date} 以「{status}」狀態儲存。',
  'version.current': '呢個係目前嘅版本。',
  'version.changed': '之後計劃已經改咗；',
  'version.openCurrent': '打開目前嘅版本',
  'error.goToList': '去已儲存嘅計劃',
  'error.400': '睇唔明呢個請求',
  'error.404': '搵唔到呢一頁',
  'error.405': '唔接受呢個方法',
  'error.409': '有衝突',
  'error.413': '請求太大',
  'error.415': '唔支援呢種請求格式',
  'error.500': '出咗問題',
  'error.other': '請求失敗',
  'error.serverFailed': '伺服器完成唔到呢個請求。請再試一次；如果仲係失敗，請報告請求編號 {id}。',
  'wizard.start': '開始一份專業成長計劃',
  'wizard.choose': '揀你要開始嘅計劃',
  'wizard.chooseOther': '開始另一份計劃',
  'wizard.noscript': '計劃精靈需要 JavaScript。請喺瀏覽器開啟 JavaScript 再重新載入呢一頁，或者用唔使 JavaScript 嘅 Workforce Pathways LA 申請。',
  'hint.workforce-pathways-la-2024-25': '2024-2025 財政年度申請 Workforce Pathways LA 津貼嘅人必須填寫。',
  'hint.ctc-permit-renewal': '用五年內 105 小時嘅專業成長續期兒童發展許可證。',
  'hint.qcc-quality-improvement': '為 Quality Counts California 場地訂兩至三個質素改善目標，6 個月同 12 個月各跟進一次。',
  'hint.registry-general': '任何計劃類型，適合你自己嘅目標或者僱主訂嘅目標。',
  'intake.heading': 'Workforce Pathways LA 申請，2024-2025',
  'intake.title': 'Workforce Pathways LA 申請',
  'intake.fixTitle': '請修改你嘅申請',
  'intake.intro': 'Workforce Pathways LA 要求每位津貼申請人交一份 2024-2025 財政年度嘅專業成長計劃。話畀我哋知你係邊個，同埋計劃係做咩用。',
  'intake.needsType': '呢份申請需要計劃類型 {type}。如果同一份計劃仲有其他用途，例如續期你嘅兒童發展許可證，請一併揀埋嗰個類型。',
  'intake.aboutYou': '你嘅資料',
  'intake.firstName': '名',
  'intake.lastName': '姓',
  'intake.registryHint': '9 位數字，以 100 開頭',
  'intake.firstNameMissing': '請填寫你嘅名。',
  'intake.lastNameMissing': '請填寫你嘅姓。',
  'intake.submit': '提交申請',
  'intake.notSaved': '你嘅申請未儲存',
  'intake.fixBelow': '請修改以下各項再提交：',
  'intake.registryIdMissing': '請填寫你嘅登記系統編號。',
  'intake.registryIdPattern': '登記系統編號 {value} 嘅格式唔啱。請填寫以 100 開頭嘅 9 位數字。',
  'intake.stipendMissing': '請揀計劃類型「{type}」；呢份申請需要佢。',
  'intake.planTypesMissing': '請揀最少一個計劃類型。',
  'intake.planTypeUnoffered': '「{value}」唔係呢份表格提供嘅計劃類型。請喺列出嘅計劃類型之中揀一個。',
  'intake.errorPrefix': '錯誤：',
  'intake.pickerNoscript': '揀計劃類型需要 JavaScript。請喺瀏覽器開啟佢，再重新載入呢一頁。',
  'wizardPage.httpStatus': '伺服器回應 HTTP {status}',
  'wizardPage.loadFailed': '載入唔到已儲存嘅計劃：{reason}。請重新載入呢一頁再試。',
  'wizardPage.alreadySubmitted': '呢份計劃已經提交咗。你之後嘅修改會留喺呢部裝置，等你再提交計劃嗰陣先會傳去伺服器。',
  'wizardPage.draftSaved': '草稿喺 {time} 儲存咗。',
  'wizardPage.draftNotSaved': '草稿未儲存到伺服器：{reason}；草稿仍然留喺呢部裝置。',
  'wizardPage.submitted': '計劃已提交審核。',
  'wizardPage.viewSummary': '睇摘要',
  'wizardPage.unreachable': '連接唔到伺服器，請檢查你嘅網絡連線',
};

export const CATALOG = {
  en: { ...en, ...PAGE_TEXT.en, ...PLAN_TEXT.en },
  es: { ...es, ...PAGE_TEXT.es, ...PLAN_TEXT.es },
  'zh-Hant': { ...zhHant, ...PAGE_TEXT['zh-Hant'], ...PLAN_TEXT['zh-Hant'] },
};

const requestLanguage = new AsyncLocalStorage();

/**
 * Runs `callback` with `language` as the language that `t()` and `currentLanguage()` return, and
 * `requestUrl` (path and query) as the page the language switcher links to.
 */
export function withLanguage(language, callback, requestUrl = '/') {
  return requestLanguage.run({ language, requestUrl }, callback);
}

/** Returns the language of the request being handled, or English outside one. */
export function currentLanguage() {
  return requestLanguage.getStore()?.language ?? DEFAULT_LANGUAGE;
}

/** Returns the path and query of the request being handled, or `/` outside one. */
export function currentRequestUrl() {
  return requestLanguage.getStore()?.requestUrl ?? '/';
}

/**
 * Returns the message `key` in the current language with each `{name}` replaced by `params[name]`.
 * The result is plain text; the `html` template escapes it where it is inserted.
 */
export function t(key, params = {}) {
  const template = CATALOG[currentLanguage()][key] ?? CATALOG.en[key];
  if (template === undefined) {
    throw new Error(`The message "${key}" is missing from the catalog. Add it to demo/lib/messages.js.`);
  }
  return fillPlaceholders(template, params, String);
}

/** Like `t()`, but escapes the message and its values, then inserts `params` given as SafeHtml unescaped. */
export function tHtml(key, params = {}) {
  const template = escapeHtml(CATALOG[currentLanguage()][key] ?? CATALOG.en[key] ?? key);
  return fillPlaceholders(template, params, (value) => (value instanceof SafeHtml ? value.text : escapeHtml(value)));
}

function fillPlaceholders(template, params, render) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (Object.hasOwn(params, name) ? render(params[name]) : whole));
}

/**
 * Chooses a request's language: a valid `?lang=` first, then the `pgp-lang` cookie, then the
 * first `Accept-Language` entry this site has (es-* → es; zh-TW, zh-HK, zh-Hant and yue → zh-Hant).
 * `fromQuery` is true when the choice came from `?lang=`, so the caller sets the cookie.
 */
export function chooseLanguage(searchParams, cookieHeader, acceptLanguage) {
  const queried = searchParams.get('lang');
  if (LANGUAGES.includes(queried)) {
    return { language: queried, fromQuery: true };
  }

  const cookie = readCookie(cookieHeader, LANGUAGE_COOKIE);
  if (LANGUAGES.includes(cookie)) {
    return { language: cookie, fromQuery: false };
  }

  return { language: languageFromAcceptHeader(acceptLanguage), fromQuery: false };
}

function languageFromAcceptHeader(header) {
  const ranges = (header ?? '').split(',')
    .map((part) => {
      const [tag, ...options] = part.trim().split(';');
      const quality = options.map((option) => /^\s*q=([0-9.]+)\s*$/.exec(option)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase(), quality: quality === undefined ? 1 : Number(quality) };
    })
    .filter((range) => range.tag !== '' && range.quality > 0)
    .sort((left, right) => right.quality - left.quality);

  for (const { tag } of ranges) {
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
    if (tag === 'es' || tag.startsWith('es-')) return 'es';
    if (/^(zh-(tw|hk|mo|hant)(-|$)|yue(-|$))/.test(tag)) return 'zh-Hant';
  }
  return DEFAULT_LANGUAGE;
}

function readCookie(header, name) {
  for (const pair of (header ?? '').split(';')) {
    const [key, ...rest] = pair.trim().split('=');
    if (key === name) {
      return rest.join('=');
    }
  }
  return undefined;
}

/** Returns the `Set-Cookie` value that remembers a chosen language for a year. */
export function languageCookie(language) {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; SameSite=Lax; Max-Age=31536000`;
}
