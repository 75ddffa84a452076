/**
 * Registration of the element, guarded so that two copies of the bundle on one page (a site's own
 * and a widget's) do not throw "this name has already been used".
 */
import { ResolutionEditor } from "./resolution-editor.ts";

export const RESOLUTION_EDITOR_TAG = "resolution-editor";

/**
 * Defines `<resolution-editor>` (or `name`) unless something is already defined under it; returns
 * the class in use. A constructor can be registered under one name only, and importing the package
 * registers the class as `<resolution-editor>`: another name gets a subclass of it.
 */
export function defineResolutionEditor(name: string = RESOLUTION_EDITOR_TAG): CustomElementConstructor {
  if (typeof customElements === "undefined") return ResolutionEditor;
  const existing = customElements.get(name);
  if (existing) return existing;
  const registered = customElements.getName?.(ResolutionEditor) ?? (name === RESOLUTION_EDITOR_TAG ? null : customElements.get(RESOLUTION_EDITOR_TAG) === ResolutionEditor ? RESOLUTION_EDITOR_TAG : null);
  const ctor = registered ? class extends ResolutionEditor {} : ResolutionEditor;
  customElements.define(name, ctor);
  return ctor;
}

declare global {
  interface HTMLElementTagNameMap {
    "resolution-editor": ResolutionEditor;
  }
}
