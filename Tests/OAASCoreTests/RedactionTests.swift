import Testing
@testable import OAASCore
import OAASReporters

@Suite("Secret redaction")
struct RedactionTests {
    @Test func secretKeysAreRecognisedByTheirWords() {
        for key in ["bot_token", "signingSecret", "signing_secret", "password", "api_key", "apiKey", "service_key", "OPENAI_API_KEY", "client_secret"] {
            #expect(Redaction.isSecretKey(key), "\(key)")
        }
        for key in ["max_tokens", "max_tokens_per_day", "key", "routing", "name", "keywords", "token_expiry", "bot_token_env", "tokenOptimization"] {
            #expect(!Redaction.isSecretKey(key), "\(key)")
        }
    }

    @Test func messagesMaskValuesOfSecretKeys() {
        let path = DataPath([.key("spec"), .key("bot_token")])
        let message = Redaction.redact("expected a boolean, found a string \"hunter2-very-secret\"", value: "hunter2-very-secret", path: path)
        #expect(message == "expected a boolean, found a string \"hunt…\"")
    }

    @Test func urlPasswordsWebhooksAndTokensAreMaskedAnywhere() {
        #expect(Redaction.redact("see postgres://audit:pw1234@db:5432/x") == "see postgres://audit:****@db:5432/x")
        #expect(Redaction.redact("\"https://hooks.slack.com/services/T000/B000/XYZ\" bad")
            == "\"https://hooks.slack.com/services/…\" bad")
        #expect(Redaction.redact("token ghp_abcdefghijklmnopqrstuvwxyz0123 leaked") == "token ghp_… leaked")
        #expect(Redaction.redact("disk-usage is fine") == "disk-usage is fine")
        // A password may hold `/`, `?` or `#`; the user-info still ends at its `@`.
        #expect(Redaction.redact("redis://default:Kx9/mQ2vLp7Rz4Tw@redis.example.com:6379/0")
            == "redis://default:****@redis.example.com:6379/0")
        #expect(Redaction.redact("amqp://svc:Zq8?Hn4k#Wp2@mq:5672 and https://example.com/a:b@c")
            == "amqp://svc:****@mq:5672 and https://example.com/a:b@c")
        #expect(Redaction.redact("https://example.com:8443/path@v2") == "https://example.com:8443/path@v2")
    }

    @Test func snippetsNeverShowASecretLine() {
        let file = SourceFile(path: "t.yaml", text: "spec:\n  bot_token: xoxb-123456789012-abcdefghijkl\n")
        var diagnostic = Diagnostic(
            .unknownKey, "unknown key", at: SourceRange(
                file: "t.yaml", start: SourcePosition(line: 2, column: 3, offset: 8), end: SourcePosition(line: 2, column: 12, offset: 17)))
        diagnostic.severity = .warning
        let text = TextReporter(snippets: true, color: false).render([diagnostic], sources: ["t.yaml": file])
        #expect(text.contains("bot_token: xoxb…"))
        #expect(!text.contains("abcdefghijkl"))
    }

    @Test func snippetLinesMaskShortSecretsAndSecretDefaults() {
        #expect(Redaction.redactLine("  password: abc") == "  password: ****")
        #expect(Redaction.redactLine("DB_PASSWORD=hunter2-secret") == "DB_PASSWORD=hunt…")
        // One threshold for every output: below 12 characters, nothing of the value is shown.
        #expect(Redaction.maskSecret("hunter2-sec") == "****")
        #expect(Redaction.maskSecret("hunter2-secr") == "hunt…")
        #expect(SecretDisplay.redacted("hunter2-sec") == "\"****\"")
        #expect(Redaction.redactLine("export API_TOKEN=\"0123456789abcdef\"") == "export API_TOKEN=\"012…")
        #expect(Redaction.redactLine("password = \"s3cr3t\"") == "password = ****")
        #expect(Redaction.redactLine("LOG_LEVEL=debug") == "LOG_LEVEL=debug")
        #expect(Redaction.redactLine("SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}") == "SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}")
        #expect(Redaction.redactLine("  password: ${DB_PASSWORD:-hunter2}") == "  password: ${DB_PASSWORD:-****}")
        #expect(Redaction.redactLine("  url: ${DB_PASSWORD:-hunter2}") == "  url: ${DB_PASSWORD:-****}")
        #expect(Redaction.redactLine("  password: ${DB_PASSWORD}") == "  password: ${DB_PASSWORD}")
        #expect(Redaction.redactLine("  private_key: |") == "  private_key: |")
        #expect(Redaction.redactLine("  region: ${AWS_REGION:-us-east-1}") == "  region: ${AWS_REGION:-us-east-1}")
    }

    @Test func messagesMaskShortSecretsAndSecretDefaults() {
        let path = DataPath([.key("spec"), .key("password")])
        #expect(Redaction.redact("found a string \"abc\"", value: "abc", path: path) == "found a string \"****\"")
        #expect(Redaction.redact("bad \"${API_TOKEN:-tok-123}\"") == "bad \"${API_TOKEN:-****}\"")
    }

    @Test func malformedReferencesNeverQuoteWhatFollowsAColon() {
        let template = TemplateString("${DB_PASSWORD:hunter2}")
        #expect(template.problems.count == 1)
        #expect(!(template.problems.first?.reason.contains("hunter2") ?? true))
    }
}
