/**
 * Registration of the element, guarded so that two copies of the bundle on one page (a site's own
 * and a widget's) do not throw "this name has already been used".
 */
import { ResolutionEditor } from "./resolution-editor.ts";

export const RESOLUTION_EDITOR_TAG = "resolution-editor";

/** Defines `<resolution-editor>` (or `name`) unless something is already defined under it; returns the class in use. */
export function defineResolutionEditor(name: string = RESOLUTION_EDITOR_TAG): CustomElementConstructor {
  if (typeof customElements === "undefined") return ResolutionEditor;
  const existing = customElements.get(name);
  if (existing) return existing;
  customElements.define(name, ResolutionEditor);
  return ResolutionEditor;
}

declare global {
  interface HTMLElementTagNameMap {
    "resolution-editor": ResolutionEditor;
  }
}
