/// Telegram bot tokens: the bot's numeric ID (8 to 10 digits), `:`, and 35 URL-safe characters starting
/// with `A` (`123456789:AAH…`), also inside Bot API URLs (`/bot123456789:AA…/sendMessage`).
enum TelegramBotTokenRule {
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> SecretMatch? {
        let digitsEnd = SecretBytes.run(bytes, from: index, to: min(end, index + 11), SecretBytes.isDigit)
        let digits = digitsEnd - index
        guard digits >= 8, digits <= 10, digitsEnd + 1 < end, bytes[digitsEnd] == UInt8(ascii: ":"),
              bytes[digitsEnd + 1] == UInt8(ascii: "A")
        else { return nil }
        let tokenEnd = SecretBytes.run(bytes, from: digitsEnd + 1, to: end, SecretBytes.isURLSafe)
        guard tokenEnd - digitsEnd - 1 == 35 else { return nil }
        let token = SecretBytes.string(bytes, index, tokenEnd)
        let body = String(token.dropFirst(digits + 1))
        guard SecretBytes.characterClasses(body) >= 3, !SecretValues.isPlaceholder(token, body: body) else { return nil }
        return .token(.telegramBotToken, "telegram bot token", bytes, index, tokenEnd)
    }
}

extension DiagnosticKind {
    static let telegramBotToken = DiagnosticKind(
        id: "secret.telegram-bot-token", severity: .error,
        summary: "a Telegram bot token (`<bot id>:AA…`) in plain text",
        explanation: """
            A bot token controls the bot completely: it reads every message sent to it and posts as it. \
            Revoke it with @BotFather (`/revoke`) and provide the new one as `${TELEGRAM_BOT_TOKEN}`.
            """,
        example: "telegram:\n  bot_token: \"7312…:AA…\"",
        remediation: "revoke the token with @BotFather and provide it as ${TELEGRAM_BOT_TOKEN} from a secret store",
        securitySeverity: 8.0)
}
