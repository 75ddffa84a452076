/** Writing a file so that it is either the old one or the new one, never half of each. */
import { chmod, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `bytes` to a new file next to `given` (or the file a link there names) and renames it over
 * it (a rename within one directory is atomic), keeping the old file's permissions.
 */
export async function writeFileAtomically(given: string, bytes: Uint8Array): Promise<void> {
  // Through a symbolic link to the file it names: renaming over the link would replace the link.
  const path = await realpath(given).catch(() => given);
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
