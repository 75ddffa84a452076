import { describe, expect, test } from "vitest";
import { formatClockTime, formatDateTime } from "./dates.ts";

describe("dates as the studio shows them", () => {
  const iso = "2026-12-07T12:19:05.000Z";

  test("read as the browser's own locale formatting with the same options would", () => {
    const date = new Date(iso);
    expect(formatDateTime(iso)).toBe(date.toLocaleString([], { dateStyle: "medium", timeStyle: "short" }));
    expect(formatClockTime(iso)).toBe(date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
    expect(formatDateTime(iso)).toMatch(/2026/);
    expect(formatClockTime(iso)).toMatch(/\d\d.\d\d/);
  });

  test("a stored value that is not a date shows as nothing, not as 'Invalid Date'", () => {
    expect(formatDateTime("not a date")).toBe("");
    expect(formatClockTime("")).toBe("");
  });
});
