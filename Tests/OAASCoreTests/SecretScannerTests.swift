import Testing
@testable import OAASCore

/// The secret scanner: provider shapes, connection strings, the high-entropy and literal-in-field rules,
/// placeholders, file kinds and redaction. Every planted value below is fabricated (random), shaped like
/// the real thing.
@Suite("Secret scanner")
struct SecretScannerTests {
    static let slackBot = "xoxb-6209665428-7072297102822-vhkTp3SKQOo6Cd6rvau5kHvR"
    static let slackUser = "xoxp-59665425987-47174292474-1166773731976-d77b6c29163d00d68df6db75d0c3f7eb"
    static let slackApp = "xapp-1-ASH88JBBLD6-7233552513779-0987b3544242b30e58d656ec4f3378c19cd5840f1aec544ad77bf39768915e2e"
    static let slackRefresh = "xoxe-1-1IUEFIGPOIAU5B0ZJ8Q7D263FCJ3MTQRN11T6APR1H42BVAQRPX22DU5X5VI"
    static let webhookPath = "TLFRT2BBREY/BHLR7IKFHLR/HsOaS0fH5EEg14TIcpoDo3JD"
    static let akia = "AKIARZTEMGP5MJWNXVAQ"
    static let awsSecret = "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"
    static let ghp = "ghp_QSqbtIzA9XrTPtx9HE0mVICYRV7g0XdzQZaf"
    static let githubPAT = "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"
    static let glpat = "glpat-4XR2ayVcLCrR9QCrfLmn"
    static let anthropic = "sk-ant-api03-csIGv44Lgs-grN8GoVxR7cI6M38cVn8hocuiTQfnguix8PlCRAOT05nKfeOLvHNh-ZOCBRK6iIT6Y2YTIicpDiYmfb9atAA"
    static let openAI = "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"
    static let openAILegacy = "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"
    static let google = "AIzaSUtG4PpuLQrtsxaoI2eGjGHP4lkY6FYQYVd"
    static let stripe = "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"
    static let stripeTest = "sk_test_OIB1zVgb0L4PZSrCPuBtaqA0yly77K4o1AlAFbn31g16h1KSRtmEeRg8MVMUNCbngQl3nojGcvlZGxKJEROAZn2AHijqRD2gSO6"
    static let stripePublishable = "pk_live_jDmOEKNUFTjW1aiBulkiUgRPXcuKmsfvwkyaa7ppCzG96S4VJHCA7v6e03cgKFrE06k4g0kVQ4Zh6HsEj2t2Zccul7Lf5HXBdzm"
    static let sendGrid = "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"
    static let twilio = "SKfb0d54602bb8d7c925f47fae3463ab8d"
    static let twilioAccount = "ACe06ebcfd7a4ddd069b08c0947dacb0b8"
    static let telegram = "8580036410:AAkOVhJBg8a3X_KlVlWx4acLp5hQNK0wt8r"
    static let jwt = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAic3ZjLU5WaUJsRDl4IiwgImlzcyI6ICJhZ2VudHMuaW50ZXJuYWwiLCAiaWF0IjogMTczMDAwMDAwMCwgImV4cCI6IDE4OTAwMDAwMDB9.JWKK4i0DJJSCuoQPRM-gCTkYtTNQJn2Hag-SeRy0eb4"
    static let jwtSample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    static let hex32 = "f159a7ed6853668b0aea41f5ceaa5674"
    static let pemBody = [
        "MIIEowIBAAKCAQEAv3kq9ZP1x7mRtB2cLw8sYd4NfQe6GhJ0aUoV5iKz3TnXyWbC",
        "pR7sL1mD9qE4vH2uK8jN6gF0tY3wA5zX1cB7nM9oP2iQ4rS6eT8uV0wW3yZ5aB7d",
        "C9fE1gH3jK5lM7nP9qR1sT3uV5wX7yZ9aB1cD3eF5gH7iJ9kL1mN3oP5qR7sT9uV",
    ]

    /// Scans one file and checks that no message, note or fix-it shows any planted secret.
    func scan(_ text: String, path: String = "config.yaml") -> [Diagnostic] {
        let diagnostics = SecretScanner.scan(SourceFile(path: path, text: text))
        let planted = Self.allPlanted
        for diagnostic in diagnostics {
            var shown = [diagnostic.message] + diagnostic.notes.map(\.message) + diagnostic.fixIts.map(\.replacement)
            shown.append(diagnostic.contentKey ?? "")
            for secret in planted {
                #expect(!shown.contains { $0.contains(secret) }, "\(diagnostic.id) shows a planted secret: \(diagnostic.message)")
            }
        }
        return diagnostics
    }

    static let allPlanted = [
        slackBot, slackUser, slackApp, slackRefresh, webhookPath, akia, awsSecret, ghp, githubPAT, glpat, anthropic, openAI,
        openAILegacy, google, stripe, sendGrid, twilio, telegram, jwt, hex32, "Zq8vN2mKp4Lr", "Tq7#vR2!mZ9p", "Vb7pLq2xRt",
        "Kx9/mQ2vLp7Rz4Tw", "Zq8?Hn4kWp2Lx7Rv", "Wm4#Tz8qLp2Rx6Nv", "Wq9Lx2Mz7Rv4Tn8KpQ", "Zp3Kd8Wq1Mx6Lr9Tv2NyQ",
        "Zx8Cv7Bn6Mq5Wp4Lk3Jh2Gf1Ds0A", "Kx9<mQ2vLp7Rz4Tw", "MySecretPassw0rd!2024x", "1NByaMl7s4NlFASDFgH8m34h",
    ] + pemBody

    func ids(_ text: String, path: String = "config.yaml") -> [String] { scan(text, path: path).map(\.id) }

    @Test(arguments: [
        (slackBot, "secret.slack-bot-token"), (slackUser, "secret.slack-user-token"), (slackApp, "secret.slack-app-token"),
        (slackRefresh, "secret.slack-legacy-token"), (akia, "secret.aws-access-key-id"), (ghp, "secret.github-token"),
        (githubPAT, "secret.github-token"), (glpat, "secret.gitlab-token"), (anthropic, "secret.anthropic-api-key"),
        (openAI, "secret.openai-api-key"), (openAILegacy, "secret.openai-api-key"), (google, "secret.google-api-key"),
        (stripe, "secret.stripe-live-key"), (sendGrid, "secret.sendgrid-api-key"), (twilio, "secret.twilio-api-key"),
        (telegram, "secret.telegram-bot-token"), (jwt, "secret.jwt"),
    ])
    func providerTokensAreFoundWithTheirExactRange(token: String, id: String) throws {
        // Under a key that says nothing about secrets, in a `.env`-like file and in a YAML value.
        let text = "note: x\nsetting: \"\(token)\" # set by ops\n"
        let findings = scan(text)
        #expect(findings.map(\.id) == [id])
        let finding = try #require(findings.first)
        #expect(finding.range.start.line == 2 && finding.range.start.column == 11)
        #expect(finding.range.end.column == 11 + token.count)
        #expect(finding.contentKey == SHA256.hex(token))
        #expect(finding.path == nil)
        #expect(finding.message.contains(SecretDisplay.redacted(token)))
        #expect(ids("VALUE=\(token)\n", path: ".env") == [id])
    }

    @Test func tokensMustStandAlone() {
        // Inside a longer word, or longer than the shape allows.
        #expect(ids("a: x\(Self.ghp)\n").isEmpty)
        #expect(ids("a: \(Self.ghp)Q\n").isEmpty)
        #expect(ids("a: B\(Self.akia)\n").isEmpty)
        #expect(ids("a: \(Self.twilioAccount)\n").isEmpty)
        #expect(ids("a: \(Self.stripePublishable)\n").isEmpty)
        #expect(ids("a: \(Self.stripeTest)\n").isEmpty)
        #expect(ids("a: sk-\(String(repeating: "Ab1", count: 16))\n").isEmpty, "a bare sk- without the OpenAI marker")
    }

    @Test func slackWebhooksAWSSecretKeysAndTelegramURLs() {
        let text = """
            hook: https://hooks.slack.com/services/\(Self.webhookPath)
            aws_secret_access_key = \(Self.awsSecret)
            url: https://api.telegram.org/bot\(Self.telegram)/sendMessage
            """
        let findings = scan(text, path: "deploy.sh")
        #expect(findings.map(\.id) == ["secret.slack-webhook-url", "secret.aws-secret-access-key", "secret.telegram-bot-token"])
        #expect(findings[0].range.start.column == 40)
        #expect(findings[0].contentKey == SHA256.hex(Self.webhookPath))
        #expect(findings[1].range.start.column == 25)
        #expect(findings[2].range.start.column == 34)
    }

    @Test func placeholdersAreNeverSecrets() {
        let text = """
            slack_bot_token_hint: xoxb-your-bot-token-here
            sample: xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx
            github: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            github2: ghp_000000000000000000000000000000000000
            aws: AKIAIOSFODNN7EXAMPLE
            aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
            jwt_sample: \(Self.jwtSample)
            google: AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
            stripe: sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            """
        #expect(ids(text, path: "notes.txt").isEmpty)
    }

    @Test func referencesAreNotLiteralsButTheirDefaultsAre() {
        let clean = """
            spec:
              bot_token: ${SLACK_BOT_TOKEN}
              signing_secret: "${SLACK_SIGNING_SECRET}"
              api_key: $OPENAI_API_KEY
              token: ${{ secrets.GITHUB_TOKEN }}
              password: "{{ .Values.db.password }}"
              client_secret: vault:secret/data/agents#client_secret
              private_key: /run/secrets/agent.pem
              webhook_secret: GITHUB_WEBHOOK_SECRET
              app_secret: "{env.WHATSAPP_APP_SECRET}"
              verify_token: ""
              routing_key: null
              credentials: ~/.aws/credentials
              bot_token_env: SLACK_BOT_TOKEN
              token_expiry: 24h
              max_tokens: 4096
              public_key: "AAAAC3NzaC1lZDI1NTE5AAAAIGq8rTj2Xw9mPbLz4Kd1Vn7sQe0Hy6Uf3Ra5Tc8Wo2Yk"
            """
        #expect(ids(clean).isEmpty)
        let defaults = """
            spec:
              bot_token: ${SLACK_BOT_TOKEN:-\(Self.slackBot)}
              password: ${DB_PASSWORD:-postgres}
              routing_key: "${PD_ROUTING_KEY:-\(Self.hex32)}"
            """
        let findings = scan(defaults)
        #expect(findings.map(\.id) == ["secret.slack-bot-token", "secret.literal-in-secret-field", "secret.high-entropy-value"])
        #expect(findings[1].message == "secret field \"password\" falls back to a literal default \"****\"")
        #expect(findings[1].range.start.column == 28)
        #expect(findings[2].range.start.column == 35)
    }

    @Test func highEntropyValuesUnderSecretKeysOnly() {
        let text = """
            PAGERDUTY_ROUTING_KEY=\(Self.hex32)
            export DB_PASSWORD='Tq7#vR2!mZ9p'
            DATADOG_APP_KEY="w8cdLMdj6qjdQiVAWZ6Yr9zu"
            COMMIT_SHA=\(Self.hex32)
            REQUEST_ID=3f0c2b9e-7a41-4d5c-9e8f-1b2a3c4d5e6f
            CACHE_KEY=w8cdLMdj6qjdQiVAWZ6Yr9zu
            SESSION_SECRET=devsecret
            API_TOKEN=abcdefghijklmnop
            LOW_TOKEN=aaaaaaaaaaaaaaaaaaaa
            """
        let findings = scan(text, path: ".env.production")
        #expect(findings.map(\.range.start.line) == [1, 2, 3])
        #expect(findings.allSatisfy { $0.id == "secret.high-entropy-value" })
        #expect(findings[1].range.start.column == 21 && findings[1].message.contains("\"Tq7#…\""))
        #expect(findings[0].message == "hard-coded high-entropy value \"f159…\" (sha256 \(SecretDisplay.shortHash(Self.hex32))) assigned to \"PAGERDUTY_ROUTING_KEY\"")
    }

    @Test func jsonPythonAndTerraformAssignments() {
        let json = """
            {"service": {"name": "agents", "client_secret": "w8cdLMdj6qjdQiVAWZ6Yr9zu", "checksum": "\(Self.hex32)"},
              "api_key": "changeme",
              "password": null,
              "token": 1234
            }
            """
        let findings = scan(json, path: "settings.json")
        #expect(findings.map(\.id) == ["secret.high-entropy-value", "secret.literal-in-secret-field"])
        #expect(findings.map(\.range.start.line) == [1, 2])
        #expect(ids("client = Client(api_key=\"\(Self.hex32)\", timeout=30)\n", path: "bot.py") == ["secret.high-entropy-value"])
        let terraform = """
            resource "aws_db_instance" "main" {
              password = var.db_password
              master_password = "Tq7#vR2!mZ9p"
            }
            """
        #expect(scan(terraform, path: "main.tf").map(\.range.start.line) == [3])
    }

    @Test func literalInSecretFieldFiresOnPlaceholdersInConfigurationOnly() {
        let yaml = """
            platforms:
              slack:
                bot_token: xoxb-your-token-here
                signing_secret: changeme
                api_key: \(Self.stripeTest)
                # bot_token: xoxb-your-token
                verify_token: ""
                connection_string: "Server=db;User Id=app;Password=Vb7pLq2xRt;"
              env:
                - name: DB_PASSWORD
                  value: s3cr3t
                - name: LOG_LEVEL
                  value: debug
            """
        let findings = scan(yaml)
        #expect(findings.map(\.id) == [
            "secret.literal-in-secret-field", "secret.literal-in-secret-field", "secret.literal-in-secret-field",
            "secret.connection-string-password", "secret.literal-in-secret-field",
        ])
        #expect(findings.map(\.range.start.line) == [3, 4, 5, 8, 11])
        #expect(findings[0].message.hasPrefix("secret field \"bot_token\" holds a literal \"xoxb…\" (sha256 "))
        #expect(findings[1].message == "secret field \"signing_secret\" holds a literal \"****\", not a variable reference")
        #expect(findings[4].message.contains("\"DB_PASSWORD\""))
        // The same lines in `.env` files and scripts supply values: not findings.
        #expect(ids("SLACK_BOT_TOKEN=xoxb-your-token-here\nSIGNING_SECRET=changeme\n", path: ".env.example").isEmpty)
        #expect(ids("export SLACK_BOT_TOKEN=changeme\n", path: "run.sh").isEmpty)
    }

    @Test func oneFindingPerValue() {
        let text = "bot_token: \(Self.slackBot)\ndb_password: \"postgresql://app:Zq8vN2mKp4Lr@db:5432/app\"\n"
        #expect(ids(text) == ["secret.slack-bot-token", "secret.connection-string-password"])
    }

    @Test func connectionStringPasswords() {
        let text = """
            a: postgresql://agent:Zq8vN2mKp4Lr@db.internal:5432/agents
            b: mongodb+srv://svc:Zq8vN2mKp4Lr@cluster0.example.net/app?retryWrites=true
            c: redis://:Zq8vN2mKp4Lr@cache:6379/0
            d: amqp://worker:Zq8vN2mKp4Lr@mq:5672/
            e: https://deploy:Zq8vN2mKp4Lr@git.internal/repo.git
            f: postgres://postgres:postgres@localhost:5432/dev
            g: amqp://guest:guest@localhost:5672/
            h: postgresql://app:${DB_PASSWORD}@db/app
            i: postgresql://${DB_USER:-app}:${DB_PASSWORD:-Zq8vN2mKp4Lr}@db/app
            j: mysql://root:password@db/app
            k: postgresql://user:<password>@host/db
            l: https://example.com:8443/path@v2
            m: postgres://db.internal:5432/app
            """
        let findings = scan(text, path: "urls.txt")
        #expect(findings.map(\.range.start.line) == [1, 2, 3, 4, 5, 9])
        #expect(findings.allSatisfy { $0.id == "secret.connection-string-password" })
        #expect(findings[0].message == "hard-coded password \"Zq8v…\" (sha256 \(SecretDisplay.shortHash("Zq8vN2mKp4Lr"))) in connection string \"postgresql://agent:…@db.internal:5432\"")
        #expect(findings[0].range.start.column == 23 && findings[0].range.end.column == 35)
        #expect(findings[4].message.contains("in url \"https://deploy:…@git.internal\""))
        #expect(findings[5].range.start.column == 48)
    }

    @Test func tokensInTheUserNamePositionAreFoundAndNeverShown() throws {
        let hexToken = "3f9c2b7e1d8a4f60b5c9e2d71a8f3c4b9e0d2a71"
        let text = """
            a: https://\(Self.ghp):x-oauth-basic@github.com/org/repo.git
            b: https://x-access-token:\(Self.ghp)@github.com/org/repo.git
            c: https://\(hexToken):x-oauth-basic@github.com/org/repo.git
            d: https://\(Self.hex32):Zq8vN2mKp4Lr@git.internal/repo.git
            e: https://\(Self.ghp)@github.com/org/repo.git
            f: https://${GITHUB_TOKEN}:x-oauth-basic@github.com/org/repo.git
            """
        let findings = scan(text, path: "remotes.txt")
        #expect(findings.map(\.id) == [
            "secret.github-token", "secret.github-token", "secret.connection-string-password", "secret.connection-string-password",
            "secret.github-token",
        ])
        #expect(findings.map(\.range.start.line) == [1, 2, 3, 4, 5])
        #expect(findings[1].range.start.column == 27)
        let user = findings[2]
        #expect(user.range.start.column == 12 && user.range.end.column == 52)
        #expect(user.message == "hard-coded token \"3f9c…\" (sha256 \(SecretDisplay.shortHash(hexToken))) as the user name of url \"https://…:x-oauth-basic@github.com\"")
        #expect(findings[3].message.hasSuffix("in url \"https://…:…@git.internal\""))
        for finding in findings { #expect(!finding.message.contains(hexToken) && !finding.message.contains(Self.hex32)) }
        #expect(!ConnectionStringRule.looksSecret("agent") && !ConnectionStringRule.looksSecret("reporting-service"))
        #expect(ConnectionStringRule.looksSecret(Self.ghp) && ConnectionStringRule.looksSecret(hexToken))
    }

    @Test func urlPasswordsMayHoldSlashesQuestionMarksAndHashes() {
        let text = """
            a: redis://default:Kx9/mQ2vLp7Rz4Tw@redis.example.com:6379/0
            b: amqp://svc:Zq8?Hn4kWp2Lx7Rv@mq.example.com:5672
            c: postgresql://app:Wm4#Tz8qLp2Rx6Nv@db.internal/app?sslmode=require
            d: https://example.com:8443/path@v2
            e: ssh://git@github.com:22/org/repo.git
            f: https://registry.internal/a:b@c
            g: http://localhost:3000/api/users/@me
            h: https://www.npmjs.com/package/@scope/pkg:latest@next
            """
        let findings = scan(text, path: "urls.txt")
        #expect(findings.map(\.range.start.line) == [1, 2, 3])
        #expect(findings.allSatisfy { $0.id == "secret.connection-string-password" })
        #expect(findings.map(\.range.start.column) == [20, 15, 21])
        #expect(findings.map(\.range.end.column) == [36, 31, 37])
        #expect(findings[0].message.hasSuffix("in connection string \"redis://default:…@redis.example.com:6379\""))
    }

    @Test func yamlBlockScalarsTagsAnchorsAndBracketsReachTheKeyRules() {
        let yaml = """
            spec:
              password: |
                Wq9Lx2Mz7Rv4Tn8KpQ
              signing_secret: >-

                f159a7ed6853668b0aea41f5ceaa5674
              bot_token: >
                xoxb-your-token-here
              db_password: !!str Wq9Lx2Mz7Rv4Tn8KpQ
              api_key: &key Zp3Kd8Wq1Mx6Lr9Tv2NyQ
              client_secret: &cs !!str "Zp3Kd8Wq1Mx6Lr9Tv2NyQ"
              webhook_secret: Zp3(Kd8Wq1Mx6Lr9Tv2NyQ
              app_secret: Zp3[Kd8Wq1Mx6Lr9Tv2NyQ
              token: *key
              verify_token: !Ref VerifyToken
              routing_key: !vault |
                $ANSIBLE_VAULT;1.1;AES256
                6134386539336133303762663830316530343835
              ssh_private_key: |
                line one of a note
                line two
              name: agents
            """
        let findings = scan(yaml)
        #expect(findings.map(\.range.start.line) == [3, 6, 8, 9, 10, 11, 12, 13, 20])
        #expect(findings.map(\.range.start.column) == [5, 5, 5, 22, 17, 29, 19, 15, 5])
        #expect(findings.map(\.id) == [
            "secret.high-entropy-value", "secret.high-entropy-value", "secret.literal-in-secret-field", "secret.high-entropy-value",
            "secret.high-entropy-value", "secret.high-entropy-value", "secret.high-entropy-value", "secret.high-entropy-value",
            "secret.literal-in-secret-field",
        ])
        #expect(findings[2].message.hasPrefix("secret field \"bot_token\" holds a literal \"xoxb…\""))
        #expect(findings[8].range.end.line == 21 && findings[8].range.end.column == 13)
        // The same characters are code in a script, and a `(` in an `.env` value is part of it.
        #expect(ids("SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\", \"\")\nAPI_TOKEN = ENV[\"API_TOKEN\"]\n", path: "settings.py").isEmpty)
        #expect(ids("#!/bin/sh\nAPI_TOKEN=$(cat /run/secrets/token)\n", path: "bin/run").isEmpty)
        #expect(ids("DB_PASSWORD=Wq9(Lx2Mz7Rv4Tn8KpQ\n", path: ".env") == ["secret.high-entropy-value"])
        #expect(ids("[db]\npassword = %(db_password)s\npassword2 = ENC(Wq9Lx2Mz7Rv4Tn8KpQ)\n", path: "app.ini").isEmpty)
        // Outside YAML, `|`, `&` and `!` keep their old meaning: not a value.
        #expect(ids("api_key = &Zp3Kd8Wq1Mx6Lr9Tv2NyQ\n", path: "app.toml").isEmpty)
    }

    @Test func placeholderWordsCountOnlyAsWholeSegments() {
        let real = """
            DB_PASS=Kx9<mQ2vLp7Rz4Tw
            DJANGO_SECRET=MySecretPassw0rd!2024x
            API_TOKEN=1NByaMl7s4NlFASDFgH8m34h
            SESSION_TOKEN=Yourb7Kq2mXw9Lp4Tz6Rn
            """
        let findings = scan(real, path: ".env")
        #expect(findings.map(\.range.start.line) == [1, 2, 3, 4])
        #expect(findings.allSatisfy { $0.id == "secret.high-entropy-value" })
        let lookAlikes = """
            TOKEN=your-token-here
            SECRET=<your-secret>
            SLACK_BOT_TOKEN=xoxb-<token>
            API_KEY=REPLACE_WITH_YOUR_KEY
            PASSWORD=MyExamplePassword123
            JWT_SECRET=change-me-to-a-long-random-string
            API_SECRET=secret-key-for-local-dev1
            SESSION_SECRET=dummySessionSecret2024
            AUTH_TOKEN=YourAuthTokenGoesHere
            CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            DB_PASSWORD=fake_password_123
            """
        #expect(ids(lookAlikes, path: ".env").isEmpty)
        #expect(SecretValues.isPlaceholder("<password>") && SecretValues.isPlaceholder("Bearer <token>"))
        #expect(!SecretValues.isPlaceholder("Kx9<mQ2vLp7Rz4Tw") && !SecretValues.isPlaceholder("Kx9<mQ>2vLp7Rz4Tw"))
        #expect(SecretValues.isPlaceholder("api_key") && SecretValues.isPlaceholder("my-api-key"))
        #expect(!SecretValues.isPlaceholder("Wq9tokenLx2Mz7Rv4Tn8") && !SecretValues.isPlaceholder("Mz7Rv4FakeTn8KpQ2Lx"))
    }

    @Test func bearerTokensInHeadersAnywhereOnALine() {
        let yaml = """
            steps:
              - cmd: curl -H "Authorization: Bearer Zx8Cv7Bn6Mq5Wp4Lk3Jh2Gf1Ds0A" https://api.internal/deploy
              - cmd: curl -H "Authorization: Bearer ${DEPLOY_TOKEN}" https://api.internal/deploy
              - cmd: curl -H 'Authorization: Bearer <token>' https://api.internal/deploy
              - cmd: curl -H "Authorization: Bearer \(Self.jwtSample)"
              - cmd: curl -H "Authorization: Bearer \(Self.ghp)"
              - note: the bearer Zx8Cv7Bn6Mq5Wp4Lk3Jh2Gf1Ds0A of this token is logged
            headers:
              Authorization: Bearer Zx8Cv7Bn6Mq5Wp4Lk3Jh2Gf1Ds0A
            """
        let findings = scan(yaml)
        #expect(findings.map(\.range.start.line) == [2, 6, 9])
        #expect(findings.map(\.id) == ["secret.high-entropy-value", "secret.github-token", "secret.high-entropy-value"])
        #expect(findings[0].range.start.column == 41 && findings[0].range.end.column == 69)
        #expect(findings[0].message == "hard-coded bearer token \"Zx8C…\" (sha256 \(SecretDisplay.shortHash("Zx8Cv7Bn6Mq5Wp4Lk3Jh2Gf1Ds0A"))) in an authorization header")
        #expect(findings[2].message.hasSuffix("assigned to \"Authorization\""), "a header that is its own pair is reported under its key")
        #expect(ids("AUTH_HEADER=\"Bearer Zx8Cv7Bn6Mq5Wp4Lk3Jh2Gf1Ds0A\"\n", path: ".env") == ["secret.high-entropy-value"])
        #expect(ids("headers = {\"Authorization\": f\"Bearer {token}\"}\nauth = \"Bearer \" + token\n", path: "client.py").isEmpty)
    }

    @Test func privateKeysAcrossLinesAndInJSONStrings() throws {
        let yaml = "tls:\n  private_key: |\n    -----BEGIN RSA PRIVATE KEY-----\n" + Self.pemBody.map { "    \($0)\n" }.joined()
            + "    -----END RSA PRIVATE KEY-----\n  cert: x\n"
        let findings = scan(yaml)
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.id == "secret.private-key")
        #expect(finding.range.start.line == 3 && finding.range.start.column == 5)
        #expect(finding.range.end.line == 7 && finding.range.end.column == 34)
        #expect(finding.message.hasPrefix("hard-coded rsa private key \"MIIE…\" (sha256 "))
        let json = "{\"type\": \"service_account\", \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n"
            + Self.pemBody.joined(separator: "\\n") + "\\n-----END PRIVATE KEY-----\\n\", \"client_email\": \"a@b.iam\"}\n"
        #expect(ids(json, path: "sa.json") == ["secret.private-key"])
        // Re-indenting the block does not change its fingerprint.
        let reindented = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        #expect(scan(reindented).first?.contentKey == finding.contentKey)
        let notSecret = "-----BEGIN PUBLIC KEY-----\n" + Self.pemBody.joined(separator: "\n") + "\n-----END PUBLIC KEY-----\n"
            + "-----BEGIN CERTIFICATE-----\n" + Self.pemBody.joined(separator: "\n") + "\n-----END CERTIFICATE-----\n"
            + "-----BEGIN OPENSSH PRIVATE KEY-----\n...\n-----END OPENSSH PRIVATE KEY-----\n"
        #expect(ids(notSecret, path: "keys.txt").isEmpty)
    }

    @Test func documentationAndBinaryFilesAreSkipped() {
        let text = "token: \(Self.ghp)\n"
        for path in ["README.md", "docs/setup.yaml", "guide/Intro.rst", "Documentation/ops.env", "CHANGELOG", "LICENSE.txt", "NOTICE"] {
            #expect(ids(text, path: path).isEmpty, "\(path)")
        }
        // README/CHANGES/HISTORY/NOTICE… stems make documentation only without an extension or with a text one.
        for path in ["documents/setup.yaml", "docsite.yaml", "notes.txt", "readme-generator.py", "history.yaml", "changes.json", "notice.yml"] {
            #expect(!ids(text, path: path).isEmpty, "\(path)")
        }
        var binary = Array(text.utf8)
        binary.insert(0, at: 3)
        #expect(SecretScanner.scan(SourceFile(path: "blob.bin", bytes: binary)).isEmpty)
    }

    @Test func documentationIsJudgedBelowTheScannedRoot() {
        let file = SourceFile(path: "/home/u/docs/repo/config.yaml", text: "token: \(Self.ghp)\n")
        #expect(SecretScanner.scan(file).isEmpty, "the display path alone sits under docs/")
        #expect(SecretScanner.scan(file, treePath: "config.yaml").map(\.id) == ["secret.github-token"])
        #expect(SecretScanner.scan(file, treePath: "config.yaml").first?.range.file == "/home/u/docs/repo/config.yaml")
        #expect(SecretScanner.scan(file, treePath: "docs/config.yaml").isEmpty)
    }

    @Test func filesThatAreNotUTF8AreScannedWithTheCoreColumns() throws {
        // Latin-1: `é` (0xE9) looks like a UTF-8 lead byte and counts as a column, `«` (0xAB) like a
        // continuation byte and does not, exactly as `SourceFile.position` counts them.
        for (prefix, column) in [([UInt8]("clé: ".utf8.prefix(2)) + [0xE9] + Array(": ".utf8), 6), (Array("x: ".utf8) + [0xAB, 0x20], 5)] {
            let file = SourceFile(path: "legacy.conf", bytes: Array("# Param".utf8) + [0xE8] + Array("tres\n".utf8) + prefix + Array("\(Self.ghp)\n".utf8))
            let finding = try #require(SecretScanner.scan(file).first)
            #expect(finding.id == "secret.github-token")
            #expect(finding.range.start == file.position(ofOffset: finding.range.start.offset))
            #expect(finding.range.start.line == 2 && finding.range.start.column == column)
            #expect(finding.range.end == file.position(ofOffset: finding.range.end.offset))
        }
    }

    @Test func columnsCountUnicodeScalarsAndLinesMayEndInCRLF() throws {
        let text = "a: x\r\nnote: \"naïve ✓ \(Self.ghp)\"\r\n"
        let finding = try #require(scan(text).first)
        #expect(finding.range.start.line == 2 && finding.range.start.column == 16)
    }

    @Test func redactedValuesShowFourCharactersAndAShortHash() {
        #expect(SecretDisplay.redacted("hunter2") == "\"****\"")
        #expect(SecretDisplay.redacted("abcdefghijk") == "\"****\"")
        #expect(SecretDisplay.redacted(Self.slackBot) == "\"xoxb…\" (sha256 \(String(SHA256.hex(Self.slackBot).prefix(8))))")
        #expect(SecretDisplay.shortHash("x").count == 8)
    }

    @Test func everyKindIsDocumented() {
        for kind in SecretScanner.kinds {
            #expect(kind.id.hasPrefix("secret."))
            #expect(!kind.remediation.isEmpty && !kind.remediation.contains("\n"), "\(kind.id)")
            #expect((kind.securitySeverity ?? 0) > 0, "\(kind.id)")
        }
    }
}
