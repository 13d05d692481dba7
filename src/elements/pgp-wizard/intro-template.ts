import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DefinitionModel } from '../../plan/definition.js';

/** Renders the introduction: what a Professional Growth Plan is, its parts and the types offered. */
export function renderIntro(model: DefinitionModel): TemplateResult {
  return html`
    <div class="intro" part="intro">
      <p>
        ${msg(
          'A Professional Growth Plan sets out where you want to go in your early care and education work and how you will get there. It is not a college education plan: it covers your own goals, your permit, your program or a stipend.',
          { id: 'wizard.intro.what' },
        )}
      </p>
      <h3>${msg('What a plan holds', { id: 'wizard.intro.partsHeading' })}</h3>
      <ul>
        <li><strong>${msg('Goals', { id: 'wizard.intro.goalsTerm' })}</strong>: ${msg('what you want to achieve, and by when.', { id: 'wizard.intro.goals' })}</li>
        <li><strong>${msg('Activities', { id: 'wizard.intro.activitiesTerm' })}</strong>: ${msg('the courses, trainings and other work that move you toward each goal.', { id: 'wizard.intro.activities' })}</li>
        <li>
          <strong>${msg('Progress', { id: 'wizard.intro.progressTerm' })}</strong>:
          ${msg('marking what is done and keeping proof of it, such as transcripts or certificates.', { id: 'wizard.intro.progress' })}
        </li>
      </ul>
      <h3>${msg('Kinds of plan', { id: 'wizard.intro.typesHeading' })}</h3>
      <p>${msg('One plan can serve more than one purpose. You will choose from these:', { id: 'wizard.intro.typesLead' })}</p>
      <dl>
        ${model.planTypes.map((planType) => html`<dt>${planType.title}</dt><dd>${planType.description}</dd>`)}
      </dl>
    </div>
  `;
}
