import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createDocument } from "@clausewise/schema";
import { FieldSaver } from "./field-saver.ts";
import { headingFieldPatch, namesOf } from "@clausewise/editor";
import { headingHas, withHeading } from "./heading-fields.ts";
import { headingOf } from "./paper.ts";

describe("field saver", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  test("a field's edits wait for a pause in typing, and only the latest is saved", () => {
    const saved: string[] = [];
    const states: boolean[] = [];
    const fields = new FieldSaver(400, (p) => states.push(p));
    for (const text of ["S", "Sa", "Saf"]) {
      fields.edit("topic", () => saved.push(text));
      vi.advanceTimersByTime(300);
    }
    expect(saved).toEqual([]);
    expect(fields.pending).toBe(true);
    vi.advanceTimersByTime(100);
    expect(saved).toEqual(["Saf"]);
    expect(fields.pending).toBe(false);
    expect(states).toEqual([true, false]);
  });

  test("flush saves at once, one field or all; a failing save does not stop the others", () => {
    const saved: string[] = [];
    const fields = new FieldSaver(400);
    fields.edit("note", () => saved.push("note"));
    fields.edit("name", () => saved.push("name"));
    fields.flush("name");
    expect(saved).toEqual(["name"]);
    expect(fields.has("note")).toBe(true);
    fields.edit("bad", () => {
      throw new Error("storage");
    });
    expect(() => fields.flush()).toThrow("storage");
    expect(saved).toEqual(["name", "note"]);
    expect(fields.pending).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(["name", "note"]);
  });

  test("a discarded edit is never saved", () => {
    const saved: string[] = [];
    const fields = new FieldSaver(400);
    fields.edit("comment:p1", () => saved.push("x"));
    fields.discard("comment:p1");
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual([]);
    expect(fields.pending).toBe(false);
  });
});

describe("heading fields", () => {
  const doc = createDocument({ heading: { committee: "hrc", code: "HRC/WP.1" }, operative: ["Calls upon States to act"] });

  test("a field's text becomes what the editor would commit: trimmed, lists split on commas and semicolons", () => {
    expect(headingFieldPatch("topic", "  Safety of journalists ")).toEqual({ topic: "Safety of journalists" });
    expect(headingFieldPatch("sponsors", "Ghana, Norway; ")).toEqual({ sponsors: ["Ghana", "Norway"] });
    expect(headingFieldPatch("committee", "sc")).toBeNull();
    expect(headingFieldPatch("comment-body", "x")).toBeNull();
    expect(namesOf(" , ")).toEqual([]);
  });

  test("applied to a document, the heading changes and the rest stays; an applied patch is recognised", () => {
    const patch = { topic: "Safety of journalists", sponsors: ["Ghana"] };
    const next = withHeading(doc, patch);
    expect(headingOf(next)).toMatchObject({ code: "HRC/WP.1", committee: "hrc", topic: "Safety of journalists", sponsors: ["Ghana"] });
    expect(next.child(2).eq(doc.child(2))).toBe(true);
    expect(headingHas(headingOf(doc), patch)).toBe(false);
    expect(headingHas(headingOf(next), patch)).toBe(true);
    expect(withHeading(next, patch)).toBe(next);
  });

  test("values past the schema's limits are cut as the editor cuts them", () => {
    const next = withHeading(doc, { topic: "x".repeat(10_000) });
    expect(headingOf(next).topic.length).toBeLessThan(10_000);
    expect(headingHas(headingOf(next), { topic: "x".repeat(10_000) })).toBe(true);
  });
});
