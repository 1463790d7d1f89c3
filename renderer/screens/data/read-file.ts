/** A chosen file as import:preview takes it: decoded text, or the raw bytes when they are not UTF-8. */
export type ImportSource = { fileName: string; text: string } | { fileName: string; base64: string };

const readBytes = (file: File): Promise<ArrayBuffer> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error(`“${file.name}” could not be read. Check it is still there and that you may open it, then choose it again.`));
    reader.readAsArrayBuffer(file);
  });

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading millions of bytes into one call overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * UTF-8 (the usual case, and our own exports) is decoded here; anything else (UTF-16 from
 * Outlook, Windows-1252 from old phones) goes as bytes for the backend to recognise.
 */
export async function readImportFile(file: File): Promise<ImportSource> {
  const bytes = new Uint8Array(await readBytes(file));
  try {
    return { fileName: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { fileName: file.name, base64: toBase64(bytes) };
  }
}
