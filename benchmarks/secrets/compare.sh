#!/bin/sh
# Compares `oaas security-scan` with detect-secrets (PyPI) on the labelled corpus: recall and false
# positives of each tool against labels.json. Creates a virtual environment under /tmp on first use.
#
#   benchmarks/secrets/compare.sh [path/to/oaas]
#
# The oaas binary defaults to .build/release/oaas, then .build/debug/oaas, under the package root.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
oaas=${1:-}
if [ -z "$oaas" ]; then
    for candidate in "$root/.build/release/oaas" "$root/.build/debug/oaas"; do
        if [ -x "$candidate" ]; then oaas=$candidate; break; fi
    done
fi
[ -n "$oaas" ] && [ -x "$oaas" ] || { echo "compare.sh: build oaas first (swift build -c release) or pass its path" >&2; exit 2; }
oaas=$(cd "$(dirname "$oaas")" && pwd)/$(basename "$oaas")

venv=${DETECT_SECRETS_VENV:-/tmp/oaas-detect-secrets-venv}
if [ ! -x "$venv/bin/detect-secrets" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet detect-secrets
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here/corpus"
# --all-files: the corpus is not a git repository of its own.
"$venv/bin/detect-secrets" scan --all-files . > "$work/detect-secrets.json"
# Exit status 1 means findings, which is expected here.
"$oaas" security-scan --format json . > "$work/oaas.json" || [ $? -eq 1 ]
version=$("$venv/bin/detect-secrets" --version)

python3 - "$here/labels.json" "$work/oaas.json" "$work/detect-secrets.json" "$version" "$here/corpus" <<'PY'
import json, os, sys
labels = json.load(open(sys.argv[1]))["labels"]
secrets = {(l["file"], l["line"]) for l in labels if l["rule"] != "secret.literal-in-secret-field"}
hygiene = {(l["file"], l["line"]) for l in labels if l["rule"] == "secret.literal-in-secret-field"}
strict = {(l["file"], l["line"], l["rule"]) for l in labels}

def norm(path):
    return path[2:] if path.startswith("./") else path

oaas = [d for d in json.load(open(sys.argv[2]))["diagnostics"] if d["id"].startswith("secret.")]
oaas_lines = {(norm(d["file"]), d["line"]) for d in oaas}
oaas_strict = {(norm(d["file"]), d["line"], d["id"]) for d in oaas}
detect = json.load(open(sys.argv[3]))["results"]
detect_lines = {(norm(f), r["line_number"]) for f, results in detect.items() for r in results}

def row(name, lines):
    found = len(lines & secrets)
    placeholders = len(lines & hygiene)
    false = sorted(lines - secrets - hygiene)
    return name, found, placeholders, false

rows = [row("oaas security-scan", oaas_lines), row("detect-secrets " + sys.argv[4], detect_lines)]
count = sum(len(names) for _, _, names in os.walk(sys.argv[5]))
print("corpus: %d files, %d planted secrets, %d placeholder literals in secret fields" % (count, len(secrets), len(hygiene)))
print()
print("| tool | secrets found (recall) | false positives | placeholder lines flagged |")
print("|---|---|---|---|")
for name, found, placeholders, false in rows:
    print("| %s | %d/%d (%.0f %%) | %d | %d/%d |" % (name, found, len(secrets), 100.0 * found / len(secrets), len(false), placeholders, len(hygiene)))
print()
print("oaas with rule IDs checked too: %d/%d labels, %d findings not in labels" % (len(oaas_strict & strict), len(strict), len(oaas_strict - strict)))
for name, found, placeholders, false in rows:
    missed = sorted(secrets - (oaas_lines if name.startswith("oaas") else detect_lines))
    if missed:
        print("\n%s missed:" % name)
        for file, line in missed:
            rules = [l["rule"] for l in labels if (l["file"], l["line"]) == (file, line)]
            print("  %s:%d %s" % (file, line, ", ".join(rules)))
    if false:
        print("\n%s false positives:" % name)
        for file, line in false:
            types = sorted({r["type"] for f, results in detect.items() if norm(f) == file for r in results if r["line_number"] == line}) \
                if not name.startswith("oaas") else sorted({d["id"] for d in oaas if (norm(d["file"]), d["line"]) == (file, line)})
            print("  %s:%d %s" % (file, line, ", ".join(types)))
PY
