#!/usr/bin/env bash
# Checks what `oaas build --target prometheus` writes, with Prometheus's own tool:
#   - `promtool check rules` on prometheus/rules.yaml;
#   - `promtool test rules` on prometheus/tests/*.yaml (the cases the build writes for every alert);
#   - that prometheus/prometheus-rule.yaml is a PrometheusRule whose spec.groups are exactly the rules
#     file's groups, and that every alert has a test or a "No test for alert" comment saying why not.
#
#   scripts/check_prometheus.sh --oaas PATH   build examples/enterprise and every fixtures/build/prometheus-*
#                                             case that builds (it has an expected/ tree) with that oaas
#                                             binary into temporary folders, then check what they wrote
#   scripts/check_prometheus.sh DIR...        check build output folders as they are (each holds prometheus/,
#                                             for example fixtures/build/prometheus-budgets/expected)
#   scripts/check_prometheus.sh               check the committed goldens: fixtures/build/*/expected
#
# Installs nothing: promtool (Debian package `prometheus`) and python3 with PyYAML must be on PATH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

command -v promtool >/dev/null || { echo "check_prometheus: promtool is not installed (apt-get install prometheus)" >&2; exit 2; }
python3 -c 'import yaml' 2>/dev/null || { echo "check_prometheus: python3 with PyYAML is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

folders=()
if [[ "${1:-}" == "--oaas" ]]; then
    oaas="${2:?check_prometheus: --oaas needs the path of an oaas binary}"
    # The fixtures are built from inside their folders: make a relative path absolute.
    [[ "$oaas" == */* ]] && oaas="$(cd "$(dirname "$oaas")" && pwd)/$(basename "$oaas")"
    "$oaas" build --target prometheus --out "$work/enterprise" "$root/examples/enterprise" >/dev/null 2>&1 \
        || { echo "check_prometheus: oaas build failed for examples/enterprise" >&2; exit 1; }
    folders+=("$work/enterprise")
    for case in "$root"/fixtures/build/prometheus-*/; do
        [[ -d "$case/expected" ]] || continue
        name="$(basename "$case")"
        args=()
        [[ -f "$case/args" ]] && read -r -a args <<< "$(grep -v '^#' "$case/args" | tr '\n' ' ')"
        (cd "$case" && "$oaas" build "${args[@]}" --out "$work/$name" . >/dev/null 2>&1) \
            || { echo "check_prometheus: oaas build failed for $name" >&2; exit 1; }
        folders+=("$work/$name")
    done
elif [[ $# -gt 0 ]]; then
    folders=("$@")
else
    for expected in "$root"/fixtures/build/*/expected; do
        [[ -f "$expected/prometheus/rules.yaml" ]] && folders+=("$expected")
    done
fi
[[ ${#folders[@]} -gt 0 ]] || { echo "check_prometheus: nothing to check" >&2; exit 2; }

for folder in "${folders[@]}"; do
    out="$folder/prometheus"
    [[ -f "$out/rules.yaml" ]] || { echo "check_prometheus: $out/rules.yaml is missing" >&2; exit 1; }
    echo "== $out"
    promtool check rules "$out/rules.yaml"
    shopt -s nullglob
    tests=("$out"/tests/*.yaml)
    shopt -u nullglob
    if [[ ${#tests[@]} -gt 0 ]]; then
        # promtool resolves rule_files against each test file's folder.
        promtool test rules "${tests[@]}"
    fi
    python3 - "$out" <<'PY'
import glob, os, re, sys, yaml

out = sys.argv[1]
with open(os.path.join(out, "rules.yaml")) as f:
    rules = yaml.safe_load(f)
with open(os.path.join(out, "prometheus-rule.yaml")) as f:
    resource = yaml.safe_load(f)
problems = []
if resource.get("apiVersion") != "monitoring.coreos.com/v1" or resource.get("kind") != "PrometheusRule":
    problems.append("prometheus-rule.yaml is not a monitoring.coreos.com/v1 PrometheusRule")
if not resource.get("metadata", {}).get("name") or not resource.get("metadata", {}).get("namespace"):
    problems.append("the PrometheusRule has no name or namespace")
if resource.get("spec", {}).get("groups") != rules.get("groups"):
    problems.append("the PrometheusRule's spec.groups differ from rules.yaml's groups")
alerts = {rule["alert"] for group in rules.get("groups") or [] for rule in group.get("rules") or [] if "alert" in rule}
covered = set()
for path in glob.glob(os.path.join(out, "tests", "*.yaml")):
    with open(path) as f:
        text = f.read()
    covered |= set(re.findall(r'^# No test for alert "([^"]*)"', text, re.M))
    for test in (yaml.safe_load(text) or {}).get("tests") or []:
        for case in test.get("alert_rule_test") or []:
            covered.add(case["alertname"])
for alert in sorted(alerts - covered):
    problems.append(f"alert {alert!r} has neither a test nor a comment saying why not")
for problem in problems:
    print(f"check_prometheus: {out}: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
done
echo "check_prometheus: ${#folders[@]} output folder(s) passed"
