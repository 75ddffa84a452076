/** What the top bar says about saving, and the warning shown while work is not being saved. */
import { html, nothing } from "lit";
import { formatClockTime } from "./dates.ts";
import type { Saving } from "./saving.ts";

export function renderSaveStatus(saving: Saving) {
  const s = saving.saveState;
  if (!saving.store?.persistent) return html`<span class="save-status warn" data-save="memory">Not saved (storage unavailable)</span>`;
  // An edit waiting for a pause in typing (a form field, a large paper) is not saved yet: never say it is.
  if (s.state !== "failed" && saving.editsWaiting) return html`<span class="save-status" data-save="pending">Saving…</span>`;
  switch (s.state) {
    case "idle":
      return html`<span class="save-status" data-save="idle">Saved in this browser</span>`;
    case "saving":
      return html`<span class="save-status" data-save="saving">Saving…</span>`;
    case "saved":
      return html`<span class="save-status ok" data-save="saved">Saved ${formatClockTime(s.at)}</span>`;
    case "failed":
      return html`<span class="save-status warn" data-save="failed">Not saved</span>`;
  }
}

export function renderStorageWarning(saving: Saving) {
  const p = saving.storageProblem;
  if (!p) return nothing;
  const what =
    p.reason === "unavailable"
      ? "This browser does not let the studio use its database here (a private window, or storage is blocked); a fallback copy is kept in the browser's local storage where it allows, but do not rely on it."
      : p.reason === "quota"
        ? "The browser's storage for this site is full, so your latest changes are not saved."
        : "Saving your latest changes failed.";
  return html`<div class="storage-warning" role="alert" data-reason=${p.reason}>
    <strong>Your work is not being saved.</strong> ${what} It stays open in this tab: export it (Word, text or JSON) to keep
    a copy before you close the tab.
    <span class="detail">${p.message}</span>
  </div>`;
}
