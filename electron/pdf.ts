import { writeFile } from 'node:fs/promises';

export interface PdfDeps {
  printToPDF(options: { pageSize: 'A4'; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  /** Where to save; undefined when the user cancelled. */
  chooseFile(defaultName: string): Promise<string | undefined>;
  write?: (file: string, data: Uint8Array) => Promise<void>;
}

/** "briefing-smith-dental-2026-06-02.pdf" from the page title the briefing screen sets. */
export function pdfFileName(pageTitle: string, today: string): string {
  const slug = pageTitle
    .replace(/—.*$|Ask After/g, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'briefing'}-${today}.pdf`;
}

/**
 * The briefing as the print stylesheet lays it out (one A4 page), to a file the user picks.
 * Returns the file written, or undefined when cancelled.
 */
export async function saveAsPdf(deps: PdfDeps, defaultName: string): Promise<string | undefined> {
  const file = await deps.chooseFile(defaultName);
  if (!file) return undefined;
  const data = await deps.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  await (deps.write ?? writeFile)(file, data);
  return file;
}
