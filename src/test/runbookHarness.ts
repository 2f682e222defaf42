/**
 * Runs generated bash scripts against stand-in `kubectl` and `helm` that record every call (its
 * arguments and whatever it read through `-f`). `get secret NAME` succeeds only for names listed
 * in EXISTING (printing a base64 value for `-o jsonpath`); `diff` reports a difference; `logs`
 * prints mqType=$FAKE_MQ; other `get`s print $FAKE_GET. Test-only (Node).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const STAND_IN = `#!/usr/bin/env bash
tool="\${0##*/}"
n="\${EPOCHREALTIME/./}-$$"
printf '%s\\n' "$tool $*" > "$REC/$n.args"
prev=''
for a in "$@"; do
  if [ "$prev" = "-f" ]; then
    if [ "$a" = "-" ]; then cat > "$REC/$n.stdin"; elif [ -f "$a" ]; then cat "$a" > "$REC/$n.stdin"; fi
  fi
  prev="$a"
done
if [ "$tool" = kubectl ]; then
  case "$1 $2" in
    "get secret") for s in $EXISTING; do if [ "$s" = "$3" ]; then [[ "$*" == *jsonpath* ]] && echo a2V5; exit 0; fi; done; exit 1 ;;
    "get namespace") exit 1 ;;
    "get crd") exit 0 ;;
  esac
  if [ "$1" = diff ]; then echo "+ spec: (stand-in diff)"; exit 1; fi
  if [ "$1" = logs ]; then echo "component started, mqType=$FAKE_MQ"; echo 'successfully updated mq.type configuration in etcd'; fi
  if [ "$1" = get ] && [ -n "\${FAKE_GET:-}" ]; then echo "$FAKE_GET"; fi
fi
exit 0
`

export interface Call {
  readonly args: string
  readonly stdin?: string
}

export interface RunResult {
  readonly calls: readonly Call[]
  readonly output: string
  readonly status: number | null
}

export interface Harness {
  run(
    script: string,
    opts?: {
      args?: readonly string[]
      existing?: readonly string[]
      mq?: string
      input?: string
      get?: string
      env?: Record<string, string>
    },
  ): RunResult
  /** Cleans the temporary folder. */
  dispose(): void
  readonly dir: string
}

export function createHarness(): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'runbook-'))
  const bin = join(dir, 'bin')
  execFileSync('mkdir', ['-p', bin])
  for (const tool of ['kubectl', 'helm', 'milvus-backup', 'curl', 'python3']) {
    writeFileSync(join(bin, tool), STAND_IN)
    chmodSync(join(bin, tool), 0o755)
  }
  const run: Harness['run'] = (script, opts = {}) => {
    const rec = mkdtempSync(join(dir, 'rec-'))
    const file = join(rec, 'script.sh')
    writeFileSync(file, script)
    const res = spawnSync('bash', [file, ...(opts.args ?? [])], {
      env: {
        PATH: `${bin}:/usr/bin:/bin`,
        REC: rec,
        FAKE_MQ: opts.mq ?? 'woodpecker',
        EXISTING: (opts.existing ?? []).join(' '),
        FAKE_GET: opts.get ?? '',
        ...opts.env,
      },
      input: opts.input ?? '',
      encoding: 'utf8',
      timeout: 20_000,
      cwd: rec,
    })
    const names = readdirSync(rec)
      .filter((f) => f.endsWith('.args'))
      .sort()
    const calls = names.map((f) => {
      const stdin = join(rec, f.replace(/\.args$/, '.stdin'))
      const args = readFileSync(join(rec, f), 'utf8').trim()
      try {
        return { args, stdin: readFileSync(stdin, 'utf8') }
      } catch {
        return { args }
      }
    })
    return { calls, output: res.stdout + res.stderr, status: res.status }
  }
  return { run, dispose: () => rmSync(dir, { recursive: true, force: true }), dir }
}

/** True for a call that changes the cluster (kubectl create/apply/patch/delete/scale, helm install). */
export function isWrite(call: Call): boolean {
  if (/--dry-run/.test(call.args)) return false
  return (
    /^kubectl (create|apply|patch|delete|scale|replace|annotate|label)\b/.test(call.args) ||
    /^helm (upgrade|install)\b/.test(call.args)
  )
}

/** `bash -n` on the text: '' when it parses, else the error. */
export function bashSyntaxError(script: string): string {
  const res = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' })
  return res.status === 0 ? '' : res.stderr || `exit ${String(res.status)}`
}
