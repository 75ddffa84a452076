/** Runs the real CLI as a user would: `node scripts/clausewise.mjs …` from the repository root. */
import { spawn } from "node:child_process";
import { main } from "../src/main.ts";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const fixtures = "packages/cli/test/fixtures";

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function clausewise(args: string[], cwd = repoRoot): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${repoRoot}scripts/clausewise.mjs`, ...args], { cwd, env: { ...process.env, INIT_CWD: "" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    // When rules/ changed since the last run (other work in the checkout), the script recompiles the
    // rule data first and says so on stderr; that line depends on the checkout, not on the CLI.
    child.on("close", (status) => resolve({ status, stdout, stderr: stderr.replace(/^rules: \d+ committee profiles.*\n/m, "") }));
  });
}

/** Runs main() in this process with `cwd` as the working directory (faster than spawning; same code). */
export async function inProcess(args: string[], cwd: string): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const status = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { status, stdout, stderr };
}
