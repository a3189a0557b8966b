const QUOTE = 0x22;

/**
 * Follows CSV quoting line by line — RFC 4180 as csv-parse reads it with its
 * defaults: a cell is quoted when it starts with `"`, and `""` inside it is
 * one quote — to tell where a quoted cell opened. csv-parse notices an
 * unclosed quote only at the end of the file, and knows only the row; this
 * names the line and character where that cell begins. Linear in the text,
 * holding nothing but its state.
 *
 * @example
 * const q = new QuoteTracker();
 * q.feed('a,"one', 2); q.feed("two", 3);
 * q.open; // => { line: 2, column: 3 }
 */
export class QuoteTracker {
  /** The cell delimiter (one character); a comma unless the file's header says otherwise. */
  delimiter = ",";
  private inQuotes = false;
  /** A `"` ended the quoted part: the cell closes, unless another `"` follows (an escaped quote). */
  private afterQuote = false;
  private atCellStart = true;
  private openedAt = { line: 0, index: 0, text: "" };

  /** Feeds one line's text (without its line break). */
  feed(text: string, line: number): void {
    let i = 0;
    while (i < text.length) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i);
        if (q < 0) return; // the line break is inside the quoted cell
        this.inQuotes = false;
        this.afterQuote = true;
        i = q + 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (this.afterQuote) {
        this.afterQuote = false;
        if (c === QUOTE) { this.inQuotes = true; i++; continue; }
      }
      if (c === QUOTE && this.atCellStart) {
        this.inQuotes = true;
        this.atCellStart = false;
        this.openedAt = { line, index: i, text };
        i++;
        continue;
      }
      // Inside an unquoted cell nothing matters until the next delimiter.
      const next = this.atCellStart && text[i] === this.delimiter ? i : text.indexOf(this.delimiter, i);
      if (next < 0) break;
      this.atCellStart = true;
      i = next + 1;
    }
    if (!this.inQuotes) {
      this.afterQuote = false;
      this.atCellStart = true;
    }
  }

  /** Where the quoted cell that is still open began (1-based line, and character in code points), or undefined. */
  get open(): { readonly line: number; readonly column: number } | undefined {
    if (!this.inQuotes) return undefined;
    const { line, index, text } = this.openedAt;
    let column = 1;
    for (let i = 0; i < index; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1) column++;
    return { line, column };
  }
}
