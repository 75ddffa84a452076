/** Writing a file so that it is either the old one or the new one, never half of each. */
import { chmod, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to a new file next to `path` and renames it over `path` (a rename within one
 * directory is atomic), keeping the old file's permissions.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.clausewise-${process.pid}.tmp`);
  const mode = await stat(path).then((s) => s.mode & 0o777, () => null);
  try {
    await writeFile(temp, bytes, { flag: "wx" });
    if (mode !== null) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
