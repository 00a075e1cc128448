// Text from inputs (file names, document text) made safe to print on a line: control
// characters and line separators written as escapes, so that no name can start a line of
// its own (a forged `factdiff:` error or a `::error` workflow command) or move the cursor.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
