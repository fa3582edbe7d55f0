// Writes an output file atomically: a temporary file in the same folder renamed into place, so
// a failed or interrupted conversion never leaves a half-written file behind.

import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
