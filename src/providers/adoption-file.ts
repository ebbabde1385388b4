// `stacks/<stack>/ovh-import-ids.json`: written by `maildns adopt`, read by the Pulumi program. It maps stable
// resource names to Pulumi import ids and keeps the live managed records the safety gates compare with.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { OvhLiveRecord } from "./records.js";

export const IMPORT_FILE_NAME = "ovh-import-ids.json";

export interface ImportFile {
  version: 1;
  /** Resource name → `<recordId>.<zone>`. */
  imports: Record<string, string>;
  /** Per zone: the live records in RRsets maildns manages, as OVH returned them. */
  zones: Record<string, { existing: OvhLiveRecord[] }>;
}

/** ovh-import-id (rules.md §4.6): `<numericId>.<zone>`. */
export const IMPORT_ID = /^\d+\.[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

export class ImportFileError extends Error {
  override name = "ImportFileError";
}

export function importFilePath(stackDir: string): string {
  return join(stackDir, IMPORT_FILE_NAME);
}

/** Null when the stack has never been adopted; throws ImportFileError on a damaged file. */
export async function readImportFile(stackDir: string, shownPath: string = IMPORT_FILE_NAME): Promise<ImportFile | null> {
  let text: string;
  try {
    text = await readFile(importFilePath(stackDir), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new ImportFileError(`${shownPath}: cannot read it (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportFileError(`${shownPath}: not valid JSON; run maildns adopt again to rewrite it`);
  }
  return validateImportFile(data, shownPath);
}

export function validateImportFile(data: unknown, shownPath: string): ImportFile {
  const file = data as Partial<ImportFile> | null;
  if (!file || file.version !== 1 || typeof file.imports !== "object" || typeof file.zones !== "object" || !file.imports || !file.zones) {
    throw new ImportFileError(`${shownPath}: not a maildns import file (version 1 with "imports" and "zones"); run maildns adopt again`);
  }
  for (const [name, id] of Object.entries(file.imports)) {
    if (typeof id !== "string" || !IMPORT_ID.test(id)) {
      throw new ImportFileError(`${shownPath}: import id ${JSON.stringify(id)} of ${name} is not <recordId>.<zone>, e.g. 1234567.example.com [ovh-import-id]`);
    }
  }
  for (const [zone, entry] of Object.entries(file.zones)) {
    if (!Array.isArray(entry?.existing)) throw new ImportFileError(`${shownPath}: zone ${zone} has no "existing" list`);
  }
  return file as ImportFile;
}

export function renderImportFile(file: ImportFile): string {
  const sortedImports = Object.fromEntries(Object.entries(file.imports).sort(([a], [b]) => a.localeCompare(b)));
  const sortedZones = Object.fromEntries(
    Object.entries(file.zones)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([zone, entry]) => [zone, { existing: [...entry.existing].sort((a, b) => a.id - b.id) }]),
  );
  return `${JSON.stringify({ version: 1, imports: sortedImports, zones: sortedZones }, null, 2)}\n`;
}

export async function writeImportFile(stackDir: string, file: ImportFile): Promise<string> {
  const path = importFilePath(stackDir);
  await writeFile(path, renderImportFile(file), "utf8");
  return path;
}
