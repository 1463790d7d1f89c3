/**
 * Saves text as a file: a Blob behind an <a download> (the app's request filter allows blob:
 * URLs, and Electron shows its save dialog for them).
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "askafter-2026-11-25.json", "askafter-2026-11-25-people.csv". */
export const datedFileName = (today: string, extension: string, part?: string): string => `askafter-${today}${part ? `-${part}` : ''}.${extension}`;

/** A name safe in any file system: "Zoë O'Brien" → "zoe-o-brien". */
export const fileSlug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'person';
