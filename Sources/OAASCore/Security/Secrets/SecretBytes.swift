/// Byte-level helpers shared by the secret rules: the scanner works on UTF-8 bytes, never on `String`s,
/// until a finding is made.
enum SecretBytes {
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
    static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
    static func isAlpha(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    static func isAlnum(_ byte: UInt8) -> Bool { isDigit(byte) || isAlpha(byte) }
    static func isLowerHex(_ byte: UInt8) -> Bool { isDigit(byte) || byte &- 0x61 < 6 }
    static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte | 0x20) &- 0x61 < 6 }
    /// `A-Z` and `2-7`: the base32 alphabet of AWS key IDs.
    static func isBase32(_ byte: UInt8) -> Bool { isUpper(byte) || byte &- 0x32 < 6 }
    /// Letters, digits, `_` and `-`: the alphabet of URL-safe base64 and of most API tokens.
    static func isURLSafe(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 0x5F || byte == 0x2D }
    /// Letters, digits, `+`, `/`: standard base64 without padding.
    static func isBase64(_ byte: UInt8) -> Bool { isAlnum(byte) || byte == 0x2B || byte == 0x2F }
    static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    static func isQuote(_ byte: UInt8) -> Bool { byte == 0x22 || byte == 0x27 || byte == 0x60 }

    /// Whether `bytes[index...]` starts with `prefix` (ASCII, exact case) before `end`.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= end else { return false }
        let start = prefix.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        return true
    }

    static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    /// The end of the run of bytes from `index` that satisfy `accepts`, stopping at `end`.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int, _ accepts: (UInt8) -> Bool) -> Int {
        var cursor = index
        while cursor < end, accepts(bytes[cursor]) { cursor += 1 }
        return cursor
    }

    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Shannon entropy in bits per character of a value's bytes.
    static func entropy(_ value: String) -> Double {
        var counts = [Int](repeating: 0, count: 256)
        var total = 0
        for byte in value.utf8 {
            counts[Int(byte)] += 1
            total += 1
        }
        guard total > 0 else { return 0 }
        var result = 0.0
        let length = Double(total)
        for count in counts where count > 0 {
            let probability = Double(count) / length
            result -= probability * log2(probability)
        }
        return result
    }

    /// How many of lowercase letters, uppercase letters, digits and other characters a value uses.
    static func characterClasses(_ value: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for byte in value.utf8 {
            if isLower(byte) { lower = true } else if isUpper(byte) { upper = true } else if isDigit(byte) { digit = true } else { other = true }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }

    /// log2 without Foundation: the core target does not import it.
    private static func log2(_ value: Double) -> Double {
        // ln(x) by argument reduction to [1, 2) and the atanh series; precise to ~1e-12, plenty for a threshold.
        var x = value
        var exponent = 0.0
        while x >= 2 { x /= 2; exponent += 1 }
        while x < 1 { x *= 2; exponent -= 1 }
        let y = (x - 1) / (x + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var n = 1.0
        while n < 60 {
            sum += term / n
            term *= y2
            n += 2
        }
        return exponent + 2 * sum / 0.6931471805599453
    }
}
