/** Small helpers for writing bash text safely. Pure. */

/** Single-quotes a word for bash: nothing inside is expanded. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

/** A heredoc delimiter that does not occur as a line of the text. */
export function heredocDelimiter(text: string, base = 'MILVUS_MANIFEST'): string {
  const lines = new Set(text.split(/\r?\n/).map((l) => l.trim()))
  let delimiter = base
  for (let i = 1; lines.has(delimiter); i++) delimiter = `${base}_${i}`
  return delimiter
}

/**
 * A bash command that writes `text` to the stdin of `command` byte for byte. A quoted heredoc
 * expands nothing; when the text has no final newline, a command substitution trims the one the
 * heredoc adds.
 */
export function pipeHeredoc(text: string, command: string): string {
  const delimiter = heredocDelimiter(text)
  if (text.endsWith('\n')) return `${command} <<'${delimiter}'\n${text}${delimiter}`
  return `printf '%s' "$(cat <<'${delimiter}'\n${text}\n${delimiter}\n)" | ${command}`
}
