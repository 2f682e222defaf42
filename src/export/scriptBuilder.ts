/** Builds a bash script line by line, so a later section can name the line an earlier one wrote. Pure. */

export class ScriptBuilder {
  private readonly lines: string[] = []

  /** The 1-based number the next line will have. */
  get nextLine(): number {
    return this.lines.length + 1
  }

  /** Adds text; multi-line text is split so line numbers stay exact. */
  add(...texts: readonly string[]): this {
    for (const text of texts) this.lines.push(...text.split('\n'))
    return this
  }

  /** Adds an empty line between sections. */
  gap(): this {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('')
    return this
  }

  toString(): string {
    return this.lines.join('\n').replace(/\n*$/, '\n')
  }
}

/** One line of text safe for a `#` comment or an echo: no line breaks, no control characters. */
export function oneLine(text: string): string {
  let out = ''
  for (const ch of text) out += ch < ' ' || ch === '\u007f' ? ' ' : ch
  return out.replace(/ {2,}/g, ' ').trim()
}
