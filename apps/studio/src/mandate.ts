/**
 * "What this committee may and may not do": the mandate data of a committee profile (quotes with
 * their sources, powers, the mechanisms it may create, directors' notes), one click away from
 * the committee field.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { CommitteeProfile, SourceQuote } from "@clausewise/rulebook";

const quoteItem = (q: SourceQuote) => html`<li><q>${q.quote}</q> <cite>${q.source}</cite></li>`;

/** The organ's powers in plain sentences. */
export function powerSentences(profile: CommitteeProfile): string[] {
  const p = profile.powers;
  return [
    p.bindingDecisions
      ? "May adopt decisions that bind Member States."
      : "Makes recommendations: its resolutions do not bind Member States.",
    p.operationalMeasures
      ? "May authorise or run operations (missions, forces, enforcement)."
      : "Does not deploy, run or authorise operations.",
    p.newBodies === "any"
      ? "May create subsidiary bodies."
      : p.mayCreate.length
        ? "May create only the mechanisms listed below."
        : "Does not create new bodies or programmes.",
    ...(p.budgetReview ? ["New funds, posts or offices carry budget implications reviewed by the Fifth Committee."] : []),
  ];
}

export function renderMandate(profile: CommitteeProfile | undefined): TemplateResult {
  if (!profile) {
    return html`<p>This paper names a committee the studio does not know, so it is checked against the General Assembly's mandate.</p>`;
  }
  const { mandate, powers, notes } = profile;
  return html`<p class="mandate-organ">${profile.name} (${profile.shortName}) opens its resolutions with <em>${profile.organLine}</em></p>
    <ul class="powers">
      ${powerSentences(profile).map((s) => html`<li>${s}</li>`)}
    </ul>
    <section class="mandate-section mandate-may">
      <h3>What it may do</h3>
      <ul class="quotes">${mandate.may.map(quoteItem)}</ul>
    </section>
    ${mandate.mayNot.length
      ? html`<section class="mandate-section mandate-may-not">
          <h3>What it may not do</h3>
          <ul class="quotes">${mandate.mayNot.map(quoteItem)}</ul>
        </section>`
      : nothing}
    ${powers.newBodies === "listed" && powers.mayCreate.length
      ? html`<section class="mandate-section">
          <h3>Mechanisms it may create</h3>
          <ul>
            ${powers.mayCreate.map((m) => html`<li>${m.name}${m.source ? html` <cite>${m.source.source}</cite>` : nothing}</li>`)}
          </ul>
        </section>`
      : nothing}
    ${notes.length
      ? html`<section class="mandate-section">
          <h3>Notes for directors</h3>
          <ul>${notes.map((n) => html`<li>${n}</li>`)}</ul>
        </section>`
      : nothing}`;
}
