import Testing
@testable import OAASCore

@Suite("Value grammars")
struct ValueGrammarTests {
    func scalar(_ text: String, plain: Bool = false) -> Scalar {
        Scalar(text: text, style: plain ? .plain : .doubleQuoted, tag: nil)
    }

    func parse(_ grammar: ValueGrammar, _ text: String, plain: Bool = false) -> TypedValue? {
        try? grammar.parse(scalar(text, plain: plain)).get()
    }

    func fails(_ grammar: ValueGrammar, _ text: String) -> Bool {
        if case .failure = grammar.parse(scalar(text)) { return true }
        return false
    }

    @Test(arguments: [
        ("30s", 30_000), ("5m", 300_000), ("4h", 14_400_000), ("90d", 7_776_000_000), ("7y", 220_752_000_000),
        ("100ms", 100), ("1h30m", 5_400_000), ("2 weeks", 1_209_600_000), ("1.5h", 5_400_000),
    ] as [(String, Int64)])
    func durations(text: String, milliseconds: Int64) {
        #expect(parse(.duration(bareUnit: .seconds), text) == .duration(Duration(milliseconds: milliseconds)))
    }

    @Test func bareDurationsUseTheFieldUnit() {
        #expect(parse(.duration(bareUnit: .seconds), "300", plain: true) == .duration(Duration(milliseconds: 300_000)))
        #expect(parse(.duration(bareUnit: .milliseconds), "250", plain: true) == .duration(Duration(milliseconds: 250)))
        #expect(fails(.duration(bareUnit: .seconds), "5 mins later"))
        #expect(fails(.duration(bareUnit: .seconds), "-5s"))
        #expect(fails(.duration(bareUnit: .seconds), "h"))
    }

    @Test func money() {
        #expect(parse(.money, "$1,000 USD") == .money(Money(micros: 1_000_000_000, currency: "USD")))
        #expect(parse(.money, "1000", plain: true) == .money(Money(micros: 1_000_000_000, currency: nil)))
        #expect(parse(.money, "€500") == .money(Money(micros: 500_000_000, currency: "EUR")))
        #expect(parse(.money, "$0.003") == .money(Money(micros: 3_000, currency: "USD")))
        #expect(parse(.money, "$30K") == .money(Money(micros: 30_000_000_000, currency: "USD")))
        #expect(parse(.money, "500 EUR") == .money(Money(micros: 500_000_000, currency: "EUR")))
        #expect(fails(.money, "$1,00"))
        #expect(fails(.money, "lots"))
        #expect(fails(.money, "$5 EUR"))
        #expect(fails(.money, "-$5"))
    }

    @Test func percentages() {
        #expect(parse(.percentage(.percent), "80", plain: true) == .percentage(Percentage(fraction: 0.8)))
        #expect(parse(.percentage(.percent), "80%") == .percentage(Percentage(fraction: 0.8)))
        #expect(parse(.percentage(.fraction), "0.8", plain: true) == .percentage(Percentage(fraction: 0.8)))
        #expect(fails(.percentage(.fraction), "80"))
        #expect(fails(.percentage(.percent), "eighty"))
    }

    @Test func sizesAndCPU() {
        #expect(parse(.size, "1GB") == .size(ByteSize(bytes: 1_000_000_000)))
        #expect(parse(.size, "8Gi") == .size(ByteSize(bytes: 8_589_934_592)))
        #expect(parse(.size, "256Mi") == .size(ByteSize(bytes: 268_435_456)))
        #expect(fails(.size, "12 parsecs"))
        #expect(parse(.cpu, "500m") == .cpu(CPUQuantity(millicores: 500)))
        #expect(parse(.cpu, "2", plain: true) == .cpu(CPUQuantity(millicores: 2_000)))
    }

    @Test func cidrs() {
        #expect(parse(.cidr, "10.0.0.0/16") == .cidr(CIDRBlock(address: "10.0.0.0", prefixLength: 16, isIPv6: false)))
        #expect(parse(.cidr, "2001:db8::/32") == .cidr(CIDRBlock(address: "2001:db8::", prefixLength: 32, isIPv6: true)))
        #expect(parse(.cidr, "::1") != nil)
        #expect(fails(.cidr, "10.0.0.256/16"))
        #expect(fails(.cidr, "10.0.0.0/33"))
        #expect(fails(.cidr, "10.0.0/8"))
        #expect(fails(.cidr, "1::2::3"))
    }

    @Test func cron() {
        for valid in ["0 2 * * *", "*/15 * * * *", "0 9 * * MON-FRI", "0 0 1 JAN *", "@daily", "0 0 12 * * ?", "@every 5m"] {
            #expect(parse(.cron, valid) != nil, "\(valid)")
        }
        for invalid in ["0 25 * * *", "* * *", "61 * * * *", "@sometimes", "5-1 * * * *", "*/0 * * * *"] {
            #expect(fails(.cron, invalid), "\(invalid)")
        }
    }

    @Test func regexesMustCompile() {
        #expect(parse(.regex, "^kubectl (delete|drain)") != nil)
        #expect(fails(.regex, "(unclosed"))
        #expect(fails(.regex, "[z-a]"))
    }

    @Test func dates() {
        #expect(parse(.date, "2024-02-29") != nil)
        #expect(parse(.date, "2025-09-06T19:00:00Z") != nil)
        #expect(parse(.date, "2025-09-06T19:00:00.5+02:00") != nil)
        #expect(fails(.date, "2023-02-29"))
        #expect(fails(.date, "2025-13-01"))
        #expect(fails(.date, "26/01/2025"))
        #expect(fails(.date, "2025-01-26T25:00:00Z"))
        if case .date(let date)? = parse(.date, "1970-01-02") { #expect(date.daysSinceEpoch == 1) }
    }

    @Test func tlsVersions() {
        #expect(parse(.tlsVersion, "TLS 1.3") == .tlsVersion(.tls13))
        #expect(parse(.tlsVersion, "TLSv1.2") == .tlsVersion(.tls12))
        #expect(parse(.tlsVersion, "1.2", plain: true) == .tlsVersion(.tls12))
        #expect(parse(.tlsVersion, "SSLv3") == .tlsVersion(.ssl3))
        #expect(fails(.tlsVersion, "1.4"))
    }

    @Test func urls() {
        #expect(parse(.url, "https://api.example.com:8443/v1") != nil)
        #expect(parse(.url, "postgres://audit:secret@db.internal:5432/audit") != nil)
        if case .url(let url)? = parse(.url, "postgres://audit:secret@db.internal:5432/audit") {
            #expect(url.hasPassword)
            #expect(url.host == "db.internal")
            #expect(url.port == 5432)
        }
        #expect(parse(.url, "file:///var/log/aof") != nil)
        #expect(fails(.url, "example.com"))
        #expect(fails(.url, "https://host:99999/"))
        #expect(fails(.url, "https://"))
    }

    @Test func templateReferences() {
        let template = TemplateString("Execute: ${agent.command} for ${USER_ID:-nobody} and {{ x }} or {trigger.user}")
        #expect(template.references.map(\.path) == [["agent", "command"], ["USER_ID"]])
        #expect(template.references[1].defaultValue == "nobody")
        #expect(template.foreign.map(\.style) == [.doubleBrace, .singleBrace])
        #expect(template.problems.isEmpty)
        #expect(TemplateString("${MAX_TOKENS}").isSingleReference)
        #expect(TemplateString("${execute-approved.output}").references.first?.path == ["execute-approved", "output"])
        #expect(TemplateString("hello ${USER").problems.count == 1)
        #expect(TemplateString("${}").problems.count == 1)
    }
}
