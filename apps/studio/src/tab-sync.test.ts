import { afterEach, describe, expect, test } from "vitest";
import { TabSync } from "./tab-sync.ts";

const opened: TabSync[] = [];
const tab = (heard: string[]) => {
  const sync = new TabSync((id) => heard.push(id));
  opened.push(sync);
  return sync;
};
afterEach(() => opened.splice(0).forEach((s) => s.close()));
const settle = () => new Promise((r) => setTimeout(r, 50));

describe("tab sync", () => {
  test("a paper saved in one tab is heard by the others, not by itself", async () => {
    const heardA: string[] = [], heardB: string[] = [];
    const a = tab(heardA);
    tab(heardB);
    a.saved("p1");
    a.saved("p2");
    await settle();
    expect(heardB).toEqual(["p1", "p2"]);
    expect(heardA).toEqual([]);
  });

  test("saving after close does nothing and throws nothing", async () => {
    const heard: string[] = [];
    const a = tab([]);
    tab(heard);
    a.close();
    expect(() => a.saved("p1")).not.toThrow();
    await settle();
    expect(heard).toEqual([]);
  });
});
