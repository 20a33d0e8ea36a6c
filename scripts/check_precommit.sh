#!/usr/bin/env bash
# Tests the pre-commit hooks of .pre-commit-hooks.yaml the way a user runs them: installs a pinned
# pre-commit from PyPI (into a virtual environment in a temporary folder, unless that version is
# already on PATH), creates a throwaway git repository holding a small AOF workspace, and runs the
# hooks against it through `pre-commit try-repo <this repository>`, on all files and on the staged
# files of a commit:
#
#   1. a clean workspace passes validate and security-scan;
#   2. a planted secret (a GitHub token in .env, a Slack bot token in a flow) fails security-scan with
#      the secrets' diagnostic IDs, and the output never holds a secret in full;
#   3. a flow naming an agent that does not exist fails validate with ref.undefined-agent naming it,
#      also when the flow is the only file staged (oaas loads the workspace the file belongs to);
#   4. an error in a file the commit does not touch does not fail the commit (only the files passed
#      are reported on).
#
# Usage: scripts/check_precommit.sh [--oaas BINARY] [--swift] [--keep]
#   --oaas BINARY  the oaas binary for the `-system` hooks (default: .build/release/oaas); it is put
#                  first on PATH as `oaas`.
#   --swift        also test the `language: swift` hooks: pre-commit builds this package with
#                  `swift build -c release` (several minutes, once; the scenarios then reuse it).
#   --keep         keep the temporary folder (workspace, pre-commit logs) for inspection.
#
# If this repository has uncommitted or untracked files (a change not yet committed, a new hook file),
# the hooks are taken from a snapshot of the working tree, committed in a temporary repository, so
# that what is tested is what is on disk. Nothing is written to this repository or to $HOME.
set -euo pipefail

PRE_COMMIT_VERSION=4.7.0

repo_root="$(cd "$(dirname "$0")/.." && pwd)"
oaas="$repo_root/.build/release/oaas"
swift=0
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --oaas) [ $# -ge 2 ] || { echo "--oaas needs a path" >&2; exit 2; }; oaas="$2"; shift 2 ;;
    --oaas=*) oaas="${1#--oaas=}"; shift ;;
    --swift) swift=1; shift ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ ! -x "$oaas" ]; then
  echo "no oaas binary at $oaas; build one (swift build -c release) or pass --oaas BINARY" >&2
  exit 2
fi
oaas="$(cd "$(dirname "$oaas")" && pwd)/$(basename "$oaas")"

work="$(mktemp -d "${TMPDIR:-/tmp}/oaas-precommit.XXXXXX")"
cleanup() {
  if [ "$keep" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
# Temporary files of pre-commit and SwiftPM (its lock files) stay inside the folder too.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"

# Nothing of the caller's git or pre-commit set-up leaks in, and nothing leaks out.
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_OBJECT_DIRECTORY SKIP PRE_COMMIT_COLOR || true
export PRE_COMMIT_HOME="$work/pre-commit-home"
export PIP_DISABLE_PIP_VERSION_CHECK=1
export NO_COLOR=1
git_local() { git -c user.name="oaas pre-commit test" -c user.email="oaas-test@example.invalid" \
  -c commit.gpgsign=false -c core.hooksPath=/dev/null -c init.defaultBranch=main "$@"; }

failures=0
pass() { echo "PASS: $1"; }
fail() { echo "FAIL: $1"; failures=$((failures + 1)); }

# --- pre-commit, pinned, from PyPI ---------------------------------------------------------------
# The pinned version if it is already installed (CI installs it with its other Python tools),
# otherwise installed into a virtual environment in the temporary folder.
if [ "$(pre-commit --version 2>/dev/null || true)" = "pre-commit $PRE_COMMIT_VERSION" ]; then
  pre_commit="$(command -v pre-commit)"
else
  python3 -m venv "$work/venv"
  "$work/venv/bin/python" -m pip install --quiet "pre-commit==$PRE_COMMIT_VERSION"
  pre_commit="$work/venv/bin/pre-commit"
fi
echo "using $("$pre_commit" --version) and $oaas"

# --- the hook repository: this one, or a snapshot of its working tree ------------------------------
hook_repo="$repo_root"
if ! git -C "$repo_root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Not a git checkout (an unpacked archive): every file but build folders.
  hook_repo="$work/hook-repo"
  mkdir -p "$hook_repo"
  (cd "$repo_root" && tar --exclude='./.build*' --exclude='./.git' -cf - .) | tar -xf - -C "$hook_repo"
  echo "$repo_root is not a git checkout: testing the hooks of a copy of it"
elif [ -n "$(git -C "$repo_root" --no-optional-locks status --porcelain --untracked-files=normal)" ] \
   || ! git -C "$repo_root" cat-file -e HEAD:.pre-commit-hooks.yaml 2>/dev/null; then
  hook_repo="$work/hook-repo"
  mkdir -p "$hook_repo"
  git -C "$repo_root" --no-optional-locks ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' file; do
        if [ -f "$repo_root/$file" ] || [ -L "$repo_root/$file" ]; then printf '%s\0' "$file"; fi
      done \
    | (cd "$repo_root" && tar --null -T - -cf -) | tar -xf - -C "$hook_repo"
  echo "this repository has uncommitted changes: testing the hooks of a snapshot of its working tree"
fi
if [ "$hook_repo" != "$repo_root" ]; then
  git_local -C "$hook_repo" init -q
  git_local -C "$hook_repo" add -A
  git_local -C "$hook_repo" commit -q -m "snapshot of $repo_root"
fi
hook_rev="$(git -C "$hook_repo" rev-parse HEAD)"

# --- the throwaway workspace ----------------------------------------------------------------------
ws="$work/workspace"
mkdir -p "$ws/agents" "$ws/flows" "$ws/contexts"
cat > "$ws/agents/triage.yaml" <<'EOF'
# Triage agent for the support team's Slack channel.
apiVersion: aof.dev/v1
kind: Agent
metadata:
  name: support-triage
  labels:
    team: support
spec:
  model: google:gemini-2.5-flash
  description: Classifies support requests and suggests the owning team.
  temperature: 0.2
  max_tokens: 2048
  instructions: |
    You triage support requests. Name the product area, the severity (low, medium, high) and the
    team that owns it, in at most five lines.
  tools:
    - kubectl
EOF
cat > "$ws/contexts/staging.yaml" <<'EOF'
# Staging environment: no approval, short audit retention.
apiVersion: aof.dev/v1
kind: Context
metadata:
  name: staging
  labels:
    environment: staging
spec:
  namespace: support-staging
  cluster: staging-eu-west-1
  env:
    ENVIRONMENT: "staging"
  approval:
    required: false
  audit:
    enabled: true
    retention: 30d
  limits:
    max_requests_per_hour: 200
    max_concurrent_tasks: 5
EOF
write_flow() { # write_flow AGENT BOT_TOKEN DESCRIPTION
  cat > "$ws/flows/triage-flow.yaml" <<EOF
# Answers support requests in Slack with the triage agent.
apiVersion: aof.dev/v1
kind: AgentFlow
metadata:
  name: support-triage-flow
  labels:
    environment: staging
spec:
  description: $3
  trigger:
    type: Slack
    config:
      events: [app_mention]
      channels: [support]
      bot_token: $2
      signing_secret: \${SLACK_SIGNING_SECRET}
  nodes:
    - id: triage
      type: Agent
      config:
        agent: $1
        input: "Support request (payload as JSON): \${event}"
    - id: reply
      type: Slack
      config:
        channel: support
        message: \${triage.output}
    - id: done
      type: End
  connections:
    - from: start
      to: triage
    - from: triage
      to: reply
    - from: reply
      to: done
EOF
}
write_flow support-triage '${SLACK_BOT_TOKEN}' "Triage support requests posted in the support channel."
cat > "$ws/.env.example" <<'EOF'
# Copy to .env and fill in; never commit real values.
SLACK_BOT_TOKEN=<your-slack-bot-token>
SLACK_SIGNING_SECRET=changeme
EOF
printf '# Support triage workspace\n\nAgents, flows and contexts for the support team.\n' > "$ws/README.md"

git_local -C "$ws" init -q
git_local -C "$ws" add -A
git_local -C "$ws" commit -q -m "support triage workspace"

# Fabricated tokens of the published shapes, generated here (deterministically) so that no
# secret-shaped literal is committed in this script.
read -r github_token slack_token < <(python3 - <<'EOF'
import random, string
rng = random.Random(20261121)
alnum = string.ascii_letters + string.digits
pick = lambda alphabet, n: "".join(rng.choice(alphabet) for _ in range(n))
print("ghp" + "_" + pick(alnum, 36),
      "xox" + "b-" + pick("123456789", 10) + "-" + pick("123456789", 13) + "-" + pick(alnum, 24))
EOF
)

# --- running hooks --------------------------------------------------------------------------------
mkdir -p "$work/bin"
ln -s "$oaas" "$work/bin/oaas"
log="$work/hook-output.txt"

# run_hook HOOK all|staged: runs one hook in the workspace; sets $status, output in $log.
run_hook() {
  local hook="$1" mode="$2" args=()
  [ "$mode" = all ] && args+=(--all-files)
  set +e
  if [ "${hook%-system}" != "$hook" ]; then
    (cd "$ws" && PATH="$work/bin:$PATH" "$pre_commit" try-repo "$hook_repo" "$hook" --ref "$hook_rev" \
      --color never --verbose "${args[@]}") > "$log" 2>&1
  else
    # language: swift. try-repo would build the package again for every call (it uses a fresh
    # store each time), so the swift hooks run from a config naming the same repository and
    # revision, with the store in PRE_COMMIT_HOME: built once, reused by every scenario.
    (cd "$ws" && "$pre_commit" run --config "$work/swift-hooks.yaml" "$hook" --color never --verbose \
      "${args[@]}") > "$log" 2>&1
  fi
  status=$?
  set -e
}

# expect NAME HOOK MODE STATUS [+TEXT|-TEXT|!REGEX]...: runs the hook and checks its status and
# output (+TEXT must appear, -TEXT must not, no line may match the extended regex !REGEX).
expect() {
  local name="$1" hook="$2" mode="$3" want="$4" ok=1 problems=""
  shift 4
  run_hook "$hook" "$mode"
  if [ "$status" -ne "$want" ]; then ok=0; problems+=" exit status $status, expected $want;"; fi
  if [ "$want" -eq 0 ] && ! grep -q 'Passed$' "$log"; then ok=0; problems+=" the hook did not run (no 'Passed');"; fi
  local check
  for check in "$@"; do
    case "$check" in
      +*) grep -qF -- "${check#+}" "$log" || { ok=0; problems+=" missing '${check#+}';"; } ;;
      -*) ! grep -qF -- "${check#-}" "$log" || { ok=0; problems+=" must not contain '${check#-}';"; } ;;
      !*) ! grep -qE -- "${check#!}" "$log" || { ok=0; problems+=" no line may match '${check#!}';"; } ;;
    esac
  done
  if [ "$ok" = 1 ]; then
    pass "$name [$hook, $mode files]"
  else
    fail "$name [$hook, $mode files]:$problems"
    sed -e "s/$github_token/<GITHUB TOKEN IN FULL>/g" -e "s/$slack_token/<SLACK TOKEN IN FULL>/g" -e 's/^/    | /' "$log"
  fi
}

# reset_workspace: back to the committed clean workspace.
reset_workspace() {
  git_local -C "$ws" reset -q --hard
  git_local -C "$ws" clean -q -fdx
}

scenarios() { # scenarios SUFFIX: every scenario with the hooks oaas-validate$SUFFIX, oaas-security-scan$SUFFIX
  local validate="oaas-validate$1" scan="oaas-security-scan$1"

  # 1. Clean workspace: all files, then a staged change to the flow alone (its agent is declared in
  #    another file, which is not passed).
  reset_workspace
  expect "clean workspace passes validate" "$validate" all 0
  expect "clean workspace passes security-scan" "$scan" all 0
  write_flow support-triage '${SLACK_BOT_TOKEN}' "Triage support requests posted in the support and help channels."
  git_local -C "$ws" add flows/triage-flow.yaml
  expect "clean staged flow passes validate (its agent resolves from the workspace)" "$validate" staged 0 \
    "-ref.undefined-agent"
  expect "clean staged flow passes security-scan" "$scan" staged 0

  # 2. Planted secrets: a GitHub token in .env, a Slack bot token in the flow.
  reset_workspace
  printf '# local settings\nGITHUB_TOKEN=%s\nLOG_LEVEL=info\n' "$github_token" > "$ws/.env"
  write_flow support-triage "$slack_token" "Triage support requests posted in the support channel."
  git_local -C "$ws" add .env flows/triage-flow.yaml
  for mode in staged all; do
    expect "planted secrets fail security-scan, redacted" "$scan" "$mode" 1 \
      "+[secret.github-token]" "+[secret.slack-bot-token]" "+.env:2:" "+flows/triage-flow.yaml:" \
      "+\"ghp_…\"" "+\"xoxb…\"" "-$github_token" "-$slack_token" "-${github_token:4:20}" "-${slack_token:5:20}"
  done

  # 3. A broken reference: the flow names an agent no file declares.
  reset_workspace
  write_flow billing-agent '${SLACK_BOT_TOKEN}' "Triage support requests posted in the support channel."
  git_local -C "$ws" add flows/triage-flow.yaml
  for mode in staged all; do
    expect "undefined agent fails validate" "$validate" "$mode" 1 \
      "+[ref.undefined-agent]" "+undefined agent \"billing-agent\"" "+flows/triage-flow.yaml:21:"
  done

  # 4. Only the files passed are reported on: an error committed earlier in the agent does not fail a
  #    commit that only changes the flow (and does fail the all-files run).
  reset_workspace
  sed -e 's/^  temperature: 0.2$/  temperature: warm/' "$ws/agents/triage.yaml" > "$work/agent.yaml"
  cp "$work/agent.yaml" "$ws/agents/triage.yaml"
  git_local -C "$ws" commit -q -a -m "agent with a bad temperature"
  write_flow support-triage '${SLACK_BOT_TOKEN}' "Triage support requests posted in the support and help channels."
  git_local -C "$ws" add flows/triage-flow.yaml
  expect "an error in an unchanged file is not reported for a staged flow" "$validate" staged 0 \
    '!^agents/triage\.yaml:' "-[schema.type-mismatch]"
  expect "the same error fails the all-files run" "$validate" all 1 "+agents/triage.yaml:11:" "+[schema.type-mismatch]"
  git_local -C "$ws" reset -q --hard HEAD~1
}

echo "== language: system hooks (oaas from $oaas)"
scenarios -system

if [ "$swift" = 1 ]; then
  cat > "$work/swift-hooks.yaml" <<EOF
repos:
  - repo: $hook_repo
    rev: $hook_rev
    hooks:
      - id: oaas-validate
      - id: oaas-security-scan
EOF
  echo "== language: swift hooks (pre-commit builds the package with swift build -c release; this takes minutes)"
  started=$(date +%s)
  set +e
  (cd "$ws" && "$pre_commit" install-hooks --config "$work/swift-hooks.yaml") > "$log" 2>&1
  built=$?
  set -e
  if [ "$built" -ne 0 ]; then
    fail "pre-commit could not build the language: swift hooks"
    sed -e 's/^/    | /' "$log" | tail -40
  else
    pass "pre-commit built the language: swift hooks in $(( $(date +%s) - started ))s"
    scenarios ""
  fi
fi

if [ "$failures" -ne 0 ]; then
  echo "check_precommit: $failures check(s) failed"
  exit 1
fi
echo "check_precommit: all checks passed"
