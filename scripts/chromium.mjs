// Finds the Chromium used by browser tests and benchmarks; installs Debian's package when it is
// missing and we may (root with apt-get), since no browser can be downloaded on these machines.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

const candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
  if (!isRoot || !hasApt) return null;
  console.log("Chromium is missing: installing Debian's chromium package (about a minute)…");
  const update = spawnSync("apt-get", ["update"], { stdio: "inherit" });
  if (update.status !== 0) return null;
  const install = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return install.status === 0 ? findChromium() : null;
}

/** Launch flags that keep Chromium quiet on a machine without network access. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
