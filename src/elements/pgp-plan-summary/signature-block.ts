import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * Renders the lines the participant and the advisor sign on a printed plan. The stylesheet shows
 * the block only in print, where a signed paper copy is what the advisor certifies.
 */
export function renderSignatureBlock(participantName: string | undefined, advisorName: string | undefined): TemplateResult {
  return html`
    <section class="signature-block" part="signatures" aria-labelledby="sign-heading" data-section="sign">
      <h3 id="sign-heading">${msg('Signatures', { id: 'summary.sign.heading' })}</h3>
      <div class="signer">
        <h4>${msg('Participant', { id: 'summary.sign.participant' })}</h4>
        <p>${msg('I confirm that this plan states my own professional growth goals and the activities I plan to do or have done, and that what it records is true.', { id: 'summary.sign.participantStatement' })}</p>
        ${signatureLines(participantName)}
      </div>
      <div class="signer">
        <h4>${msg('Advisor', { id: 'summary.sign.advisor' })}</h4>
        <p>${msg("As the participant's advisor, I certify that I reviewed this plan with the participant, that its activities fit the participant's goals and can add to their skill in early care and education, and that they meet the standards of the program this plan is for.", { id: 'summary.sign.advisorStatement' })}</p>
        ${signatureLines(advisorName)}
      </div>
    </section>
  `;
}

function signatureLines(name: string | undefined): TemplateResult {
  return html`<dl class="sign-lines">
    <div><dt>${msg('Name', { id: 'summary.sign.name' })}</dt><dd class="line">${name ?? ''}</dd></div>
    <div><dt>${msg('Signature', { id: 'summary.sign.signature' })}</dt><dd class="line"></dd></div>
    <div><dt>${msg('Date', { id: 'summary.sign.date' })}</dt><dd class="line"></dd></div>
  </dl>`;
}
