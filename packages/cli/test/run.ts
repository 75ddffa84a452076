/** Runs the real CLI as a user would: `node scripts/clausewise.mjs …` from the repository root. */
import { spawn } from "node:child_process";
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
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
