#!/usr/bin/env python3
"""Writes benchmarks/secrets/corpus/ and benchmarks/secrets/labels.json.

Every secret in the corpus is fabricated here from a seeded random generator: it has the published
shape of a real credential (prefix, length, alphabet) and belongs to no account. Look-alikes that are
not secrets (placeholders, hashes, UUIDs, public keys, publishable keys, documentation examples) sit
next to them. A line marked with a rule below is an expected finding; every other line must stay
silent. Run from anywhere: python3 benchmarks/secrets/make_corpus.py
"""
import base64
import hashlib
import hmac
import json
import os
import random
import shutil
import string

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
rng = random.Random(20251121)
ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"


def rs(n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(n):
    return rng.choice("123456789") + rs(n - 1, string.digits)


def b64u(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(claims):
    header = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = b64u(json.dumps(claims, separators=(",", ":")).encode())
    signature = b64u(hmac.new(rs(32).encode(), (header + "." + payload).encode(), hashlib.sha256).digest())
    return header + "." + payload + "." + signature


def pem_lines(label, count=12):
    lines = ["MIIE" + rs(60, ALNUM + "+/")] + [rs(64, ALNUM + "+/") for _ in range(count - 1)] + [rs(40, ALNUM + "+/") + "=="]
    return ["-----BEGIN %s-----" % label] + lines + ["-----END %s-----" % label]


def password():
    # Three or four character classes, 14 characters: how generated passwords look.
    return rs(5) + rng.choice("#!%@^*") + rs(4) + rng.choice("#!%@^*") + rs(3)


SECRET = {
    "slack_bot": lambda: "xoxb-%s-%s-%s" % (digits(10), digits(13), rs(24)),
    "slack_user": lambda: "xoxp-%s-%s-%s-%s" % (digits(11), digits(11), digits(13), rs(32, HEX)),
    "slack_app": lambda: "xapp-1-A%s-%s-%s" % (rs(10, UPNUM), digits(13), rs(64, HEX)),
    "slack_webhook": lambda: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(10, UPNUM), rs(10, UPNUM), rs(24)),
    "akia": lambda: "AKIA" + rs(16, B32),
    "asia": lambda: "ASIA" + rs(16, B32),
    "aws_secret": lambda: rs(40, ALNUM + "+/"),
    "ghp": lambda: "ghp_" + rs(36),
    "gho": lambda: "gho_" + rs(36),
    "ghs": lambda: "ghs_" + rs(36),
    "github_pat": lambda: "github_pat_" + rs(22) + "_" + rs(59),
    "glpat": lambda: "glpat-" + rs(20, ALNUM + "_-"),
    "anthropic": lambda: "sk-ant-api03-" + rs(93, ALNUM + "_-") + "AA",
    "openai": lambda: "sk-proj-" + rs(74, ALNUM + "_-") + "T3BlbkFJ" + rs(74, ALNUM + "_-"),
    "openai_legacy": lambda: "sk-" + rs(20) + "T3BlbkFJ" + rs(20),
    "google": lambda: "AIza" + rs(35, ALNUM + "_-"),
    "stripe": lambda: "sk_live_" + rs(99),
    "stripe_rk": lambda: "rk_live_" + rs(99),
    "sendgrid": lambda: "SG." + rs(22, ALNUM + "_-") + "." + rs(43, ALNUM + "_-"),
    "twilio": lambda: "SK" + rs(32, HEX),
    "telegram": lambda: digits(10) + ":AA" + rs(33, ALNUM + "_-"),
    "npm": lambda: "npm_" + rs(36),
    "hex32": lambda: rs(32, HEX),
    "hex40": lambda: rs(40, HEX),
    "hex64": lambda: rs(64, HEX),
    "b64_32": lambda: rs(32),
    "b64_44": lambda: rs(43, ALNUM + "+/") + "=",
    "django": lambda: "django-insecure-" + rs(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"),
}
LOOK = {
    "uuid": lambda: "%s-%s-4%s-%s%s-%s" % (rs(8, HEX), rs(4, HEX), rs(3, HEX), rng.choice("89ab"), rs(3, HEX), rs(12, HEX)),
    "sha40": lambda: rs(40, HEX),
    "sha64": lambda: rs(64, HEX),
    "integrity": lambda: "sha512-" + rs(86, ALNUM + "+/") + "==",
    "ac_sid": lambda: "AC" + rs(32, HEX),
    "pk_live": lambda: "pk_live_" + rs(99),
    "pk_test": lambda: "pk_test_" + rs(99),
    "sk_test": lambda: "sk_test_" + rs(99),
    "ssh_pub": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(43, ALNUM + "+/") + " deploy@agents",
    "b64_image": lambda: "iVBORw0KGgoAAAANSUhEUgAA" + rs(600, ALNUM + "+/") + "=",
}
JWT_SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
              ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")

files = {}
labels = []


def S(kind):
    return SECRET[kind]()


def L(kind):
    return LOOK[kind]()


def add(path, lines):
    """Lines are strings (silent) or (text, rule) pairs (an expected finding of `rule`)."""
    text = []
    for number, line in enumerate(lines, start=1):
        if isinstance(line, tuple):
            text.append(line[0])
            for rule in line[1:]:
                labels.append({"file": path, "line": number, "rule": rule})
        else:
            text.append(line)
    files[path] = "\n".join(text) + "\n"


PROV = "secret.%s"
HIGH = "secret.high-entropy-value"
LIT = "secret.literal-in-secret-field"
URL = "secret.connection-string-password"

# --- YAML: agent workspace configuration -------------------------------------------------------
add("workspace/triggers/slack-ops.yaml", [
    "apiVersion: aof.dev/v1",
    "kind: Trigger",
    "metadata:",
    "  name: slack-ops",
    "spec:",
    "  type: Slack",
    "  config:",
    ("    bot_token: " + S("slack_bot"), PROV % "slack-bot-token"),
    ("    signing_secret: " + S("hex32"), HIGH),
    "    app_id: A0" + rs(9, UPNUM),
    "    bot_user_id: U0" + rs(9, UPNUM),
    "    channels: [C0" + rs(9, UPNUM) + "]",
])
add("workspace/config/daemon.yaml", [
    "apiVersion: aof.dev/v1",
    "kind: DaemonConfig",
    "spec:",
    "  platforms:",
    "    telegram:",
    ("      bot_token: \"" + S("telegram") + "\"", PROV % "telegram-bot-token"),
    ("      webhook_secret: optional-webhook-secret", LIT),
    "    whatsapp:",
    "      access_token_env: WHATSAPP_ACCESS_TOKEN",
    ("      verify_token: your-verify-token", LIT),
    "      app_secret: ${WHATSAPP_APP_SECRET}",
    "      phone_number_id: \"" + digits(15) + "\"",
    "    discord:",
    "      bot_token_env: DISCORD_BOT_TOKEN",
    "      public_key: \"" + rs(64, HEX) + "\"",
    "      application_id: \"" + digits(18) + "\"",
])
add("workspace/agents/models.yaml", [
    "apiVersion: aof.dev/v1",
    "kind: Agent",
    "metadata:",
    "  name: triage",
    "spec:",
    "  model: claude-3-5-sonnet-20241022",
    "  max_tokens: 4096",
    "  providers:",
    "    anthropic:",
    ("      api_key: " + S("anthropic"), PROV % "anthropic-api-key"),
    "    openai:",
    ("      api_key: \"" + S("openai") + "\"", PROV % "openai-api-key"),
    "      organization: org-" + rs(24),
    "    google:",
    ("      api_key: " + S("google"), PROV % "google-api-key"),
    "    fallback:",
    "      api_key_env: OPENAI_API_KEY",
    "      token_budget: 200000",
])
add("workspace/agents/memory.yml", [
    "memory:",
    ("  long_term: postgresql://agents:" + rs(14) + "@pg.internal:5432/memory?sslmode=require", URL),
    ("  cache: redis://:" + rs(16) + "@redis.internal:6379/2", URL),
    "  local: postgres://postgres:postgres@localhost:5432/dev",
    "  replica: postgresql://agents:${PG_PASSWORD}@pg-replica.internal:5432/memory",
    "  analytics: postgres://analytics.internal:5432/events",
])
add("workspace/contexts/prod.yaml", [
    "apiVersion: aof.dev/v1",
    "kind: Context",
    "metadata:",
    "  name: prod",
    "spec:",
    "  cluster: prod-eu-1",
    "  namespace: agents",
    "  kubeconfig: ~/.kube/prod.yaml",
    "  approval:",
    "    required: true",
    "  env:",
    "    AWS_REGION: eu-west-1",
    ("    AWS_ACCESS_KEY_ID: " + S("akia"), PROV % "aws-access-key-id"),
    ("    AWS_SECRET_ACCESS_KEY: " + S("aws_secret"), PROV % "aws-secret-access-key"),
    "    AWS_ROLE_ARN: arn:aws:iam::" + digits(12) + ":role/agents-readonly",
])
add("workspace/integrations/pagerduty.yaml", [
    "pagerduty:",
    "  service_id: P" + rs(6, UPNUM),
    ("  routing_key: " + S("hex32"), HIGH),
    "  escalation_policy: P" + rs(6, UPNUM),
    "  api_token: ${PAGERDUTY_API_TOKEN}",
])
add("workspace/integrations/twilio.yaml", [
    "twilio:",
    "  account_sid: " + L("ac_sid"),
    ("  api_key: " + S("twilio"), PROV % "twilio-api-key"),
    ("  api_secret: " + S("b64_32"), HIGH),
    "  from_number: \"+1555" + digits(7) + "\"",
])
add("workspace/integrations/hygiene.yaml", [
    "# Placeholders in secret fields: not secrets, but one paste away from a leak.",
    "platforms:",
    "  slack:",
    ("    bot_token: xoxb-your-token-here", LIT),
    ("    signing_secret: changeme", LIT),
    "    # bot_token: xoxb-123456789012-abcdefghijkl   (commented out: not a field)",
    "  github:",
    "    token: ${{ secrets.GITHUB_TOKEN }}",
    ("    webhook_secret: \"<your-webhook-secret>\"", LIT),
    "  database:",
    ("    password: ${DB_PASSWORD:-postgres}", LIT),
    "    password_file: /run/secrets/db_password",
    "    secret_name: agents-db",
    "    token_url: https://auth.internal/oauth/token",
])

# --- YAML: platform files -------------------------------------------------------------------------
add("deploy/k8s/secret.yaml", [
    "apiVersion: v1",
    "kind: Secret",
    "metadata:",
    "  name: agents-credentials",
    "type: Opaque",
    "data:",
    ("  api-key: " + base64.b64encode(S("b64_32").encode()).decode(), HIGH),
    "stringData:",
    ("  db-password: \"" + password() + "\"", HIGH),
])
add("deploy/k8s/deployment.yaml", [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: agents",
    "  annotations:",
    "    git-commit: " + L("sha40"),
    "spec:",
    "  template:",
    "    spec:",
    "      containers:",
    "        - name: agents",
    "          image: ghcr.io/acme/agents@sha256:" + L("sha64"),
    "          env:",
    "            - name: STRIPE_SECRET_KEY",
    ("              value: " + S("stripe"), PROV % "stripe-live-key"),
    "            - name: STRIPE_PUBLISHABLE_KEY",
    "              value: " + L("pk_live"),
    "            - name: DB_PASSWORD",
    "              valueFrom:",
    "                secretKeyRef:",
    "                  name: agents-credentials",
    "                  key: db-password",
    "            - name: REQUEST_ID_SALT",
    "              value: " + L("uuid"),
])
add("deploy/k8s/configmap.yaml", [
    "apiVersion: v1",
    "kind: ConfigMap",
    "metadata:",
    "  name: agents-config",
    "data:",
    "  tenant_id: " + L("uuid"),
    "  build_sha: " + L("sha40"),
    "  trace_sampler_seed: \"" + rs(32, HEX) + "\"",
    "  session_timeout: 30m",
    "  token_ttl: 3600",
])
add("deploy/compose/docker-compose.yml", [
    "services:",
    "  db:",
    "    image: postgres:16",
    "    environment:",
    ("      - POSTGRES_PASSWORD=" + password(), HIGH),
    "      - POSTGRES_USER=agents",
    "  mq:",
    "    image: rabbitmq:3",
    "    environment:",
    "      RABBITMQ_DEFAULT_PASS: ${RABBITMQ_PASSWORD}",
    "  agents:",
    "    environment:",
    "      AMQP_URL: amqp://guest:guest@mq:5672/",
    "      GITHUB_TOKEN: ${GITHUB_TOKEN}",
])
add("deploy/helm/values.yaml", [
    "image:",
    "  repository: ghcr.io/acme/agents",
    "  tag: 1.4.2",
    "auth:",
    "  existingSecret: agents-credentials",
    "  password: \"\"",
    "  token: null",
    "github:",
    ("  token: " + S("gho"), PROV % "github-token"),
    "ingress:",
    "  annotations:",
    "    cert-manager.io/cluster-issuer: letsencrypt",
])
add(".github/workflows/release.yml", [
    "name: release",
    "on: [push]",
    "jobs:",
    "  publish:",
    "    runs-on: ubuntu-latest",
    "    env:",
    "      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",
    ("      NPM_TOKEN: " + S("npm"), HIGH),
    "    steps:",
    "      - uses: actions/checkout@" + L("sha40"),
    "      - run: npm publish",
])
add("ci/.gitlab-ci.yml", [
    "variables:",
    ("  GITLAB_TOKEN: " + S("glpat"), PROV % "gitlab-token"),
    "  DOCKER_AUTH_CONFIG: $DOCKER_AUTH_CONFIG",
    "deploy:",
    "  script:",
    "    - ./deploy.sh --token \"$CI_JOB_TOKEN\"",
])

# --- .env files -----------------------------------------------------------------------------------
add(".env", [
    "# local development",
    ("OPENAI_API_KEY=" + S("openai_legacy"), PROV % "openai-api-key"),
    ("SLACK_WEBHOOK_URL=" + S("slack_webhook"), PROV % "slack-webhook-url"),
    ("DATABASE_URL=postgres://agents:" + rs(15) + "@db.internal:5432/agents", URL),
    "STRIPE_PUBLISHABLE_KEY=" + L("pk_test"),
    "STRIPE_SECRET_KEY=" + L("sk_test"),
    "LOG_LEVEL=debug",
])
add(".env.production", [
    ("ANTHROPIC_API_KEY=\"" + S("anthropic") + "\"", PROV % "anthropic-api-key"),
    ("export SENDGRID_API_KEY=" + S("sendgrid"), PROV % "sendgrid-api-key"),
    ("SESSION_SECRET='" + S("b64_44") + "'", HIGH),
    "SENTRY_RELEASE=" + L("sha40"),
    "FEATURE_FLAGS=search,summaries",
])
add(".env.example", [
    "# Copy to .env and fill in.",
    "OPENAI_API_KEY=sk-...",
    "ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "SLACK_BOT_TOKEN=xoxb-your-bot-token",
    "SLACK_SIGNING_SECRET=",
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "DATABASE_URL=postgres://user:password@localhost:5432/agents",
    "JWT_SECRET=change-me-to-a-long-random-string",
])
add("config/supabase.env", [
    "SUPABASE_URL=https://" + rs(20, string.ascii_lowercase) + ".supabase.co",
    ("SUPABASE_SERVICE_ROLE_KEY=" + jwt({"iss": "supabase", "ref": rs(20, string.ascii_lowercase), "role": "service_role", "iat": 1717000000, "exp": 2032576000}), PROV % "jwt"),
    "SUPABASE_JWT_EXAMPLE=" + JWT_SAMPLE,
])
add("config/worker.env", [
    ("PGPASSWORD=" + password(), HIGH),
    ("REDIS_URL=rediss://default:" + rs(20) + "@cache.internal:6380", URL),
    "WORKER_ID=" + L("uuid"),
])

# --- JSON -----------------------------------------------------------------------------------------
add("config/settings.json", [
    "{",
    "  \"service\": \"agents\",",
    ("  \"sendgrid\": {\"api_key\": \"" + S("sendgrid") + "\", \"from\": \"noreply@acme.test\"},", PROV % "sendgrid-api-key"),
    ("  \"webhook_secret\": \"" + S("hex64") + "\",", HIGH),
    ("  \"signing_secret\": \"replace-me\",", LIT),
    "  \"api_key_header\": \"X-Api-Key\",",
    "  \"retries\": 3",
    "}",
])
pem_sa = pem_lines("PRIVATE KEY", 10)
add("gcp/service-account.json", [
    "{",
    "  \"type\": \"service_account\",",
    "  \"project_id\": \"agents-prod\",",
    "  \"private_key_id\": \"" + rs(40, HEX) + "\",",
    ("  \"private_key\": \"" + "\\n".join(pem_sa) + "\\n\",", PROV % "private-key"),
    "  \"client_email\": \"agents@agents-prod.iam.gserviceaccount.com\",",
    "  \"client_id\": \"" + digits(21) + "\"",
    "}",
])
add("web/package-lock.json", [
    "{",
    "  \"name\": \"agents-web\",",
    "  \"lockfileVersion\": 3,",
    "  \"packages\": {",
    "    \"node_modules/left-pad\": {",
    "      \"version\": \"1.3.0\",",
    "      \"resolved\": \"https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\",",
    "      \"integrity\": \"" + L("integrity") + "\"",
    "    }",
    "  }",
    "}",
])
add("web/firebase.json", [
    "{",
    "  \"hosting\": {\"public\": \"dist\", \"ignore\": [\"**/.*\"]},",
    "  \"emulators\": {\"auth\": {\"port\": 9099}},",
    "  \"deployId\": \"" + L("uuid") + "\"",
    "}",
])
add("config/tokens.json", [
    "[",
    ("  {\"name\": \"ci\", \"token\": \"" + S("ghp") + "\"},", PROV % "github-token"),
    ("  {\"name\": \"backup\", \"token\": \"" + S("github_pat") + "\"},", PROV % "github-token"),
    "  {\"name\": \"docs\", \"token\": \"${DOCS_TOKEN}\"}",
    "]",
])

# --- Shell, Python, JavaScript, Dockerfile -------------------------------------------------------
add("scripts/deploy.sh", [
    "#!/bin/sh",
    "set -eu",
    ("curl -fsS -H \"Authorization: Bearer " + jwt({"sub": "deployer", "aud": "gateway", "iat": 1730000000}) + "\" https://gateway.internal/deploy", PROV % "jwt"),
    ("curl -fsS \"https://api.telegram.org/bot" + S("telegram") + "/sendMessage\" -d chat_id=42 -d text=deployed", PROV % "telegram-bot-token"),
    "kubectl rollout status deploy/agents --timeout=120s",
])
add("scripts/backup.sh", [
    "#!/bin/sh",
    ("export PGPASSWORD='" + password() + "'", HIGH),
    "pg_dump -h db.internal -U agents agents | gzip > /backups/agents-$(date +%F).sql.gz",
    "sha256sum /backups/*.gz > /backups/SHA256SUMS  # " + L("sha64"),
])
add("scripts/rotate.sh", [
    "#!/bin/sh",
    "# Rotates the bot token; the new one comes from Vault, never from this file.",
    "NEW_TOKEN=$(vault kv get -field=bot_token secret/agents/slack)",
    "export SLACK_BOT_TOKEN=\"$NEW_TOKEN\"",
    "echo \"rotated token ${SLACK_BOT_TOKEN:0:4}…\"",
])
add("app/settings.py", [
    "import os",
    "",
    ("SECRET_KEY = '" + S("django") + "'", HIGH),
    "DEBUG = False",
    "ALLOWED_HOSTS = ['agents.internal']",
    "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': os.environ['DB_PASSWORD']}}",
])
add("app/notify.py", [
    "import requests",
    "",
    ("SLACK_WEBHOOK = \"" + S("slack_webhook") + "\"", PROV % "slack-webhook-url"),
    ("client = Client(api_key=\"" + S("hex32") + "\", timeout=10)", HIGH),
    "requests.post(SLACK_WEBHOOK, json={\"text\": \"deployed\"}, timeout=5)",
])
add("tests/test_auth.py", [
    "import hashlib",
    "",
    "FAKE_TOKEN = \"test-token\"",
    "EXAMPLE_KEY = \"AKIAIOSFODNN7EXAMPLE\"",
    "PASSWORD_HASH = \"$2b$12$" + rs(53, ALNUM + "./") + "\"",
    "",
    "def test_digest():",
    "    assert hashlib.sha256(b'x').hexdigest() == '" + L("sha64") + "'",
])
add("web/config.js", [
    "export const config = {",
    "  stripePublishableKey: '" + L("pk_live") + "',",
    "  sentryDsn: 'https://" + rs(32, HEX) + "@o" + digits(6) + ".ingest.sentry.io/" + digits(7) + "',",
    "  buildId: '" + L("sha40") + "',",
    "};",
])
add("web/server.ts", [
    "import { Resend } from 'resend';",
    ("const GITHUB_APP_TOKEN = '" + S("ghs") + "';", PROV % "github-token"),
    ("const stripe = new Stripe('" + S("stripe_rk") + "');", PROV % "stripe-live-key"),
    "const apiKey = process.env.API_KEY ?? '';",
])
add("Dockerfile", [
    "FROM node:20-alpine",
    "ARG NODE_VERSION=20",
    ("ENV SLACK_APP_TOKEN=" + S("slack_app"), PROV % "slack-app-token"),
    "RUN --mount=type=secret,id=npmrc npm ci",
    "ENV NODE_ENV=production",
])

# --- Terraform, TOML, INI, properties ------------------------------------------------------------
add("infra/main.tf", [
    "provider \"aws\" {",
    "  region     = \"eu-west-1\"",
    ("  access_key = \"" + S("asia") + "\"", PROV % "aws-access-key-id"),
    ("  secret_key = \"" + S("aws_secret") + "\"", HIGH),
    "}",
    "",
    "resource \"aws_db_instance\" \"agents\" {",
    "  username = \"agents\"",
    "  password = var.db_password",
    "  kms_key_id = aws_kms_key.agents.arn",
    "}",
])
add("infra/prod.tfvars", [
    "region = \"eu-west-1\"",
    ("db_password = \"" + password() + "\"", HIGH),
    "instance_class = \"db.t4g.medium\"",
])
add("infra/variables.tf", [
    "variable \"db_password\" {",
    "  type      = string",
    "  sensitive = true",
    "}",
])
add("config/agents.toml", [
    "[server]",
    "port = 8080",
    "",
    "[database]",
    "user = \"agents\"",
    ("password = \"" + password() + "\"", HIGH),
    "",
    "[slack]",
    ("bot_token = \"" + S("slack_bot") + "\"", PROV % "slack-bot-token"),
])
add("config/alembic.ini", [
    "[alembic]",
    "script_location = migrations",
    ("sqlalchemy.url = postgresql+psycopg://agents:" + rs(16) + "@db.internal/agents", URL),
])
add("config/pip.conf", [
    "[global]",
    ("index-url = https://ci:" + rs(24) + "@pypi.internal/simple", URL),
    "timeout = 30",
])
add("config/.npmrc", [
    "registry=https://registry.npmjs.org/",
    ("//registry.npmjs.org/:_authToken=" + S("npm"), HIGH),
    "save-exact=true",
])
add("config/application.properties", [
    "spring.application.name=agents",
    ("spring.datasource.url=jdbc:postgresql://db.internal:5432/agents?user=agents&password=" + rs(16), HIGH),
    "spring.datasource.username=agents",
    ("spring.datasource.password=" + password(), HIGH),
    "spring.jpa.open-in-view=false",
])

# --- Keys, certificates, text, lockfiles, images -------------------------------------------------
ssh_private = pem_lines("OPENSSH PRIVATE KEY", 6)
add("keys/id_ed25519", [(ssh_private[0], PROV % "private-key")] + ssh_private[1:])
add("keys/id_ed25519.pub", [L("ssh_pub")])
add("keys/ca.crt", pem_lines("CERTIFICATE", 14))
add("keys/jwt-public.pem", pem_lines("PUBLIC KEY", 6))
add("notes/incident-2024-11.txt", [
    "Incident 2024-11-03: a laptop backup contained these credentials; they were rotated.",
    ("  aws_access_key_id = " + S("akia"), PROV % "aws-access-key-id"),
    ("  aws_secret_access_key = " + S("aws_secret"), PROV % "aws-secret-access-key"),
    ("  slack user token: " + S("slack_user"), PROV % "slack-user-token"),
    "Follow-up owner: platform team (ticket OPS-" + digits(4) + ").",
])
add("requirements.txt", [
    "requests==2.32.3 \\",
    "    --hash=sha256:" + L("sha64"),
    "pyyaml==6.0.2 \\",
    "    --hash=sha256:" + L("sha64"),
])
add("go.sum", [
    "github.com/google/uuid v1.6.0 h1:" + rs(43, ALNUM + "+/") + "=",
    "github.com/google/uuid v1.6.0/go.mod h1:" + rs(43, ALNUM + "+/") + "=",
])
add("web/logo.svg", [
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"64\">",
    "  <image href=\"data:image/png;base64," + L("b64_image") + "\" width=\"64\" height=\"64\"/>",
    "</svg>",
])

# --- Documentation: examples, never findings ----------------------------------------------------
add("README.md", [
    "# Agents",
    "",
    "Set your tokens before starting:",
    "",
    "    export SLACK_BOT_TOKEN=" + S("slack_bot"),
    "    export GITHUB_TOKEN=" + S("ghp"),
    "    export DATABASE_URL=postgres://agents:" + rs(14) + "@localhost/agents",
])
add("docs/setup/providers.md", [
    "Anthropic keys look like `" + S("anthropic") + "`.",
    "OpenAI keys look like `" + S("openai") + "`.",
])
add("docs/examples/daemon.yaml", [
    "platforms:",
    "  slack:",
    "    bot_token: " + S("slack_bot"),
    "    signing_secret: changeme",
])
add("CONTRIBUTING.md", [
    "Never commit tokens such as `ghp_" + "x" * 36 + "` or `" + JWT_SAMPLE + "`.",
])

# --- Shapes added after review: YAML node syntax, URL user-info, headers, segments, encodings, paths --
add("workspace/flows/release-hooks.yaml", [
    "apiVersion: aof.dev/v1",
    "kind: AgentFlow",
    "metadata:",
    "  name: release-hooks",
    "  description: >",
    "    Posts the release notes to the announcement channel",
    "spec:",
    "  nodes:",
    "    - id: announce",
    "      config:",
    ("        cmd: curl -fsS -H \"Authorization: Bearer " + rs(32) + "\" https://gateway.internal/announce", HIGH),
    "    - id: status",
    "      config:",
    "        cmd: curl -fsS -H \"Authorization: Bearer ${STATUS_TOKEN}\" https://status.internal/v1",
    "  secrets:",
    "    signing_secret: |",
    ("      " + S("hex64"), HIGH),
    "    bot_token: >",
    ("      xoxb-your-token-here", LIT),
    ("    client_secret: &client " + S("b64_32"), HIGH),
    ("    password: !!str " + password(), HIGH),
    ("    webhook_secret: " + rs(6) + "(" + rs(12), HIGH),
    "    api_key: !Ref AgentsApiKey",
    "    routing_key: \"{{ lookup('env', 'PD_ROUTING_KEY') }}\"",
    "    verify_token: !vault |",
    "      $ANSIBLE_VAULT;1.1;AES256",
    "      " + rs(80, HEX),
])
add("config/cache.env", [
    ("REDIS_URL=redis://default:" + rs(5) + "/" + rs(10) + "@redis.internal:6379/0", URL),
    ("AMQP_URL=amqp://svc:" + rs(4) + "?" + rs(11) + "@mq.internal:5672", URL),
    ("GIT_REMOTE=https://" + S("ghp") + ":x-oauth-basic@github.com/acme/agents.git", PROV % "github-token"),
    ("DB_PASS=" + rs(3) + "<" + rs(12), HIGH),
    ("DJANGO_SECRET=Winter" + rs(2) + "Secret" + digits(4) + "!" + rs(3), HIGH),
    "API_TOKEN=your-api-token-here",
    "SESSION_SECRET=<session-secret>",
    "REGISTRY_URL=https://registry.internal:8443/@acme/agents@2.1.0",
    "GIT_SSH_URL=ssh://git@github.com:22/acme/agents.git",
])
add("config/legacy.conf", [
    "# Configuration h\u00e9rit\u00e9e, encod\u00e9e en Latin-1",
    "[connexion]",
    "utilisateur = agents",
    ("password = " + password(), HIGH),
])
add("history.yaml", [
    "# Conversation history of the agents: configuration, not a changelog.",
    "retention: 30d",
    ("store: postgresql://history:" + rs(16) + "@history-db.internal:5432/history", URL),
])
add("NOTICE", [
    "Agents includes software developed at Acme. A revoked token, kept for the record: " + S("ghp"),
])
# Written in Latin-1, not UTF-8: such files are scanned too.
ENCODINGS = {"config/legacy.conf": "latin-1"}

shutil.rmtree(CORPUS, ignore_errors=True)
for path, text in files.items():
    full = os.path.join(CORPUS, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding=ENCODINGS.get(path, "utf-8")) as handle:
        handle.write(text)
labels.sort(key=lambda label: (label["file"], label["line"], label["rule"]))
with open(os.path.join(HERE, "labels.json"), "w") as handle:
    json.dump({"comment": "Expected findings of oaas security-scan over corpus/: file, 1-based line, rule. "
                          "Every other line of the corpus must give no finding. All secrets are fabricated.",
               "labels": labels}, handle, indent=2)
    handle.write("\n")
print("%d files, %d labels" % (len(files), len(labels)))
