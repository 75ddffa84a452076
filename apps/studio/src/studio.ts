import { LitElement, html } from "lit";
import { committees } from "@clausewise/rulebook";

/** The studio shell (first cut): lists the committee templates. */
export class CwStudio extends LitElement {
  protected override createRenderRoot() {
    return this;
  }
  protected override render() {
    return html`<h1>Clausewise Studio</h1>
      <ul>${committees.map((c) => html`<li>${c.name} (${c.shortName})</li>`)}</ul>`;
  }
}
if (!customElements.get("cw-studio")) customElements.define("cw-studio", CwStudio);
