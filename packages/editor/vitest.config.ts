import { defineProject } from "vitest/config";
import type { BrowserCommand } from "vitest/node";
import { playwright } from "@vitest/browser-playwright";
// @ts-expect-error plain ESM helper without types
import { chromiumArgs } from "../../scripts/chromium.mjs";

/**
 * The text Chromium renders for the editor's textbox, generated content included (clause numbers,
 * labels and end punctuation are CSS counters and pseudo-elements, which no DOM API returns):
 * read from the browser's accessibility tree over CDP, StaticText leaves in document order.
 */
const renderedText: BrowserCommand<[label: string]> = async (ctx, label) => {
  const page = ctx.page;
  const frame = await ctx.frame();
  const client = await page.context().newCDPSession(page);
  try {
    const tree = (await client.send("Page.getFrameTree")) as { frameTree: FrameTree };
    const frameId = findFrameId(tree.frameTree, frame.url());
    await client.send("Accessibility.enable");
    const { nodes } = (await client.send("Accessibility.getFullAXTree", frameId ? { frameId } : {})) as { nodes: AXNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const root = nodes.find((n) => n.role?.value === "textbox" && n.name?.value === label);
    if (!root) throw new Error(`no textbox named "${label}" in the accessibility tree`);
    const out: string[] = [];
    const walk = (n: AXNode) => {
      if (n.role?.value === "StaticText" || n.role?.value === "InlineTextBox") {
        if (n.role.value === "StaticText") out.push(String(n.name?.value ?? ""));
        return;
      }
      for (const id of n.childIds ?? []) {
        const child = byId.get(id);
        if (child) walk(child);
      }
    };
    walk(root);
    return out;
  } finally {
    await client.detach();
  }
};
/** Emulates a CSS media type for the test page ("print" or "screen"), as printing lays it out. */
const emulateMedia: BrowserCommand<[media: "print" | "screen"]> = async (ctx, media) => {
  await ctx.page.emulateMedia({ media });
};

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}
interface AXNode {
  nodeId: string;
  role?: { value: string };
  name?: { value: unknown };
  childIds?: string[];
}
function findFrameId(tree: FrameTree, url: string): string | null {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const found = findFrameId(child, url);
    if (found) return found;
  }
  return null;
}

// The `editor` project runs in real Chromium: the element, the lint UI (src/lint/), the built
// bundle, and the structural commands a second time (they run in Node too: vitest.node.config.ts).
export default defineProject({
  optimizeDeps: {
    include: [
      "lit",
      "lit/directives/style-map.js",
      "prosemirror-model",
      "prosemirror-state",
      "prosemirror-view",
      "prosemirror-transform",
      "prosemirror-commands",
      "prosemirror-history",
      "prosemirror-keymap",
      "zod",
    ],
  },
  test: {
    name: "editor",
    include: ["src/**/*.browser.test.ts", "src/structure/**/*.test.ts", "test/**/*.browser.test.ts"],
    globalSetup: ["./test/build-bundle.ts"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...chromiumArgs] },
      }),
      instances: [{ browser: "chromium" }],
      commands: { renderedText, emulateMedia },
    },
  },
});
