import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FieldSaver } from "./field-saver.ts";

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
