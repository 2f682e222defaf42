/** The CLI's help text. */
export const USAGE = `milvus-studio: check and export Milvus Operator \`Milvus\` resources

Usage:
  milvus-studio lint [--format text|json|sarif] [--lang en|ko] FILE...
  milvus-studio export --to manifest|kubectl|helm|effective [--operator-install helm|manifest] FILE
  milvus-studio export --to migration --baseline FILE FILE
  milvus-studio share encode FILE [--include-secrets]
  milvus-studio share decode LINK
  milvus-studio --help

lint exits 0 when no finding is an error, 1 when one is, 2 when a file cannot be read.
share encode removes secrets (passwords, keys, tokens, Secret data) unless --include-secrets is given.
`
