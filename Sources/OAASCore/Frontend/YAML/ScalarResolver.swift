/// Resolves plain scalars to YAML 1.2 core-schema types and flags YAML 1.1 hazards.
enum ScalarResolver {
    static func resolve(text: String, style: ScalarStyle, tag: String?) -> (type: ScalarType, hazard: YAML11Hazard?) {
        if let tag {
            switch tag {
            case "tag:yaml.org,2002:str": return (.string, nil)
            case "tag:yaml.org,2002:null": return (.null, nil)
            case "tag:yaml.org,2002:bool": return (resolveBool(text).map { .bool($0) } ?? .string, nil)
            case "tag:yaml.org,2002:int": return (resolveInt(text) ?? .string, nil)
            case "tag:yaml.org,2002:float": return (resolveFloat(text).map { .float($0) } ?? .string, nil)
            default: break
            }
        }
        guard style == .plain else { return (.string, nil) }
        return (resolvePlain(text), hazard(of: text))
    }

    static func resolvePlain(_ text: String) -> ScalarType {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        if let bool = resolveBool(text) { return .bool(bool) }
        if let int = resolveInt(text) { return int }
        if let float = resolveFloat(text) { return .float(float) }
        return .string
    }

    static func resolveBool(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    static func resolveInt(_ text: String) -> ScalarType? {
        let utf8 = Array(text.utf8)
        guard !utf8.isEmpty else { return nil }
        if utf8.count > 2, utf8[0] == UInt8(ascii: "0"), utf8[1] == UInt8(ascii: "o") || utf8[1] == UInt8(ascii: "x") {
            let radix = utf8[1] == UInt8(ascii: "o") ? 8 : 16
            let digits = String(decoding: utf8[2...], as: UTF8.self)
            guard digits.utf8.allSatisfy({ isDigit($0, radix: radix) }) else { return nil }
            return Int(digits, radix: radix).map { .int($0) } ?? .bigInt
        }
        var start = 0
        if utf8[0] == UInt8(ascii: "-") || utf8[0] == UInt8(ascii: "+") { start = 1 }
        guard start < utf8.count, utf8[start...].allSatisfy({ isDigit($0, radix: 10) }) else { return nil }
        return Int(text.hasPrefix("+") ? String(text.dropFirst()) : text).map { .int($0) } ?? .bigInt
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf`, `.nan` in the core schema's spellings.
    static func resolveFloat(_ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var index = text.utf8.startIndex
        let utf8 = text.utf8
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
            index = utf8.index(after: index)
        }
        var mantissaDigits = 0
        while index < utf8.endIndex, isDigit(utf8[index], radix: 10) {
            mantissaDigits += 1
            index = utf8.index(after: index)
        }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: ".") {
            index = utf8.index(after: index)
            while index < utf8.endIndex, isDigit(utf8[index], radix: 10) {
                mantissaDigits += 1
                index = utf8.index(after: index)
            }
        }
        guard mantissaDigits > 0 else { return nil }
        if index < utf8.endIndex, utf8[index] == UInt8(ascii: "e") || utf8[index] == UInt8(ascii: "E") {
            index = utf8.index(after: index)
            if index < utf8.endIndex, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
                index = utf8.index(after: index)
            }
            var exponentDigits = 0
            while index < utf8.endIndex, isDigit(utf8[index], radix: 10) {
                exponentDigits += 1
                index = utf8.index(after: index)
            }
            guard exponentDigits > 0 else { return nil }
        }
        guard index == utf8.endIndex else { return nil }
        return Double(text)
    }

    static func hazard(of text: String) -> YAML11Hazard? {
        switch text.lowercased() {
        case "yes", "no", "on", "off": return .booleanWord
        default: break
        }
        let utf8 = Array(text.utf8)
        var start = 0
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { start = 1 }
        let body = utf8[start...]
        if body.count >= 2, body.first == UInt8(ascii: "0"), body.allSatisfy({ isDigit($0, radix: 10) }) {
            return .octalLooking
        }
        // Base 60: digits, then one or more `:NN` groups of two digits each with the first below 6.
        let groups = body.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        if groups.count >= 2, let head = groups.first, !head.isEmpty, head.allSatisfy({ isDigit($0, radix: 10) }),
           groups.dropFirst().allSatisfy({ group in
               group.count == 2 && group.allSatisfy({ isDigit($0, radix: 10) })
                   && group.first! <= UInt8(ascii: "5")
           }) {
            return .sexagesimal
        }
        return nil
    }

    private static func isDigit(_ byte: UInt8, radix: Int) -> Bool {
        switch radix {
        case 8: return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "7")
        case 16:
            return (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
        default: return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }
    }
}
