// One line kept at the bottom of a terminal and redrawn in place (the progress bar); lines
// written through it appear above it instead of being mixed into it.

export class StatusLine {
  private shown = '';

  constructor(private readonly stream: NodeJS.WriteStream) {}

  show(text: string): void {
    // Never wider than the terminal: a wrapped line could not be redrawn in place.
    const fitted = text.slice(0, Math.max(0, (this.stream.columns || 80) - 1));
    this.stream.write(`\r${fitted}\u001b[K`);
    this.shown = fitted;
  }

  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = '';
  }

  /** A whole line written above the status line. */
  line(text: string): void {
    const shown = this.shown;
    this.clear();
    this.stream.write(`${text}\n`);
    if (shown) this.show(shown);
  }
}
