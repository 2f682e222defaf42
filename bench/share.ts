/**
 * Share-link length per preset: our codec next to the same YAML as plain base64url and as
 * lz-string's URI encoding (what many peers use). Prints JSON on stdout.
 */
import LZString from 'lz-string'
import { readPresets } from '../scripts/presetFiles'
import { encodeShareLink } from '../src/share'

function base64url(text: string): string {
  return Buffer.from(text, 'utf8')
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

const rows: { id: string; yamlBytes: number; ours: number; base64url: number; lzString: number }[] =
  []
for (const preset of readPresets()) {
  // Secrets included so that every codec carries the same text.
  const link = await encodeShareLink(preset.yaml, { includeSecrets: true })
  rows.push({
    id: preset.id,
    yamlBytes: Buffer.byteLength(preset.yaml),
    ours: link.fragment.length,
    base64url: base64url(preset.yaml).length,
    lzString: LZString.compressToEncodedURIComponent(preset.yaml).length,
  })
}
process.stdout.write(JSON.stringify(rows))
