/** The CLI's help text. */
export const USAGE = `milvus-studio: check and export Milvus Operator \`Milvus\` resources

Usage:
  milvus-studio lint [options] PATH...        PATH: a file, a folder (walked for *.yaml, *.yml) or - (stdin)
  milvus-studio import --from helm [--name N] [--namespace NS] [--chart-version V] [--take-over RELEASE] VALUES
  milvus-studio export --to manifest|kubectl|helm|effective [--operator-install helm|manifest] FILE
  milvus-studio export --to kustomize [--overlay NAME=FILE]... [--out DIR] FILE
  milvus-studio export --to argocd [--repo URL] [--path DIR] [--overlay NAME] FILE
  milvus-studio export --to migration --baseline FILE FILE
  milvus-studio export --to upgrade --baseline FILE FILE
  milvus-studio share encode FILE [--include-secrets]
  milvus-studio share decode LINK
  milvus-studio --help | --version

lint options:
  --format text|json|sarif   output format (default text)
  --lang en|ko               message language (default en)
  --fix                      apply the fixes that have one right answer, in place; print what changed
  --fix-dry-run              print those fixes as a unified diff instead of writing them
  --quiet                    print errors only
  --max-warnings N           exit 1 when more than N warnings remain
  --rule ID                  report only this rule (repeat or comma-separate for several)
  --disable ID               do not report this rule (repeat or comma-separate for several)
  --baseline FILE            compare against what runs (FILE): store, mode and upgrade-path findings
  A comment line "# milvus-studio-disable-next-line RULE -- reason" silences RULE on the next line;
  the finding is still listed as suppressed in JSON and SARIF.

import reads a milvus-helm values file (or - for stdin) the way the chart renders it and prints the
Secrets and the Milvus resource; what cannot be carried over is listed as comments at the top.
--take-over RELEASE keeps the release's etcd root path, channel prefix, bucket and root path.
import exits 1 when part of the values cannot work as written.

lint exits 0 when no finding is an error, 1 when one is (or warnings exceed --max-warnings),
2 on a usage error or a file that cannot be read. With --fix the status is that of what remains.
Folders skip node_modules, .git and what the folder's .gitignore excludes.
share encode removes secrets (passwords, keys, tokens, Secret data) unless --include-secrets is given.
`
