/// A size in bytes, from `512MB`, `8Gi` or a bare byte count.
public struct ByteSize: Sendable, Hashable, Comparable {
    /// The size in bytes.
    public let bytes: Int64

    public static func < (lhs: ByteSize, rhs: ByteSize) -> Bool { lhs.bytes < rhs.bytes }

    private static let units: [String: Double] = [
        "b": 1, "k": 1e3, "kb": 1e3, "m": 1e6, "mb": 1e6, "g": 1e9, "gb": 1e9, "t": 1e12, "tb": 1e12, "p": 1e15, "pb": 1e15,
        "ki": 1_024, "kib": 1_024, "mi": 1_048_576, "mib": 1_048_576, "gi": 1_073_741_824, "gib": 1_073_741_824,
        "ti": 1_099_511_627_776, "tib": 1_099_511_627_776,
    ]

    static func parse(_ scalar: Scalar) -> Result<ByteSize, GrammarError> {
        if let number = DecimalText.number(scalar) {
            guard number >= 0 else { return .failure(GrammarError("a size cannot be negative")) }
            guard let bytes = Int64(roundingIfRepresentable: number) else { return .failure(GrammarError("the size is too large")) }
            return .success(ByteSize(bytes: bytes))
        }
        let text = scalar.text.trimmingWhitespace()
        let numberEnd = text.firstIndex { !($0.isASCIIDigit || $0 == ".") } ?? text.endIndex
        guard numberEnd != text.startIndex, let number = Double(text[..<numberEnd]) else {
            return .failure(GrammarError("\"\(scalar.text)\" does not start with a number"))
        }
        let unit = text[numberEnd...].trimmingWhitespace()
        guard let factor = units[unit.lowercased()] else {
            return .failure(GrammarError("unknown unit \"\(unit)\"; expected B, KB, MB, GB, TB, Ki, Mi, Gi or Ti"))
        }
        guard let bytes = Int64(roundingIfRepresentable: number * factor) else {
            return .failure(GrammarError("the size is too large"))
        }
        return .success(ByteSize(bytes: bytes))
    }
}

/// A Kubernetes CPU quantity in millicores (`500m` = 500, `2` = 2000).
public struct CPUQuantity: Sendable, Hashable {
    /// Thousandths of a core.
    public let millicores: Int64

    static func parse(_ scalar: Scalar) -> Result<CPUQuantity, GrammarError> {
        if let number = DecimalText.number(scalar) {
            guard number >= 0 else { return .failure(GrammarError("a CPU quantity cannot be negative")) }
            guard let millicores = Int64(roundingIfRepresentable: number * 1_000) else {
                return .failure(GrammarError("the CPU quantity is too large"))
            }
            return .success(CPUQuantity(millicores: millicores))
        }
        let text = scalar.text.trimmingWhitespace()
        if text.hasSuffix("m"), let number = Double(text.dropLast()), number >= 0 {
            guard let millicores = Int64(roundingIfRepresentable: number) else {
                return .failure(GrammarError("the CPU quantity is too large"))
            }
            return .success(CPUQuantity(millicores: millicores))
        }
        if let number = Double(text), number >= 0 {
            guard let millicores = Int64(roundingIfRepresentable: number * 1_000) else {
                return .failure(GrammarError("the CPU quantity is too large"))
            }
            return .success(CPUQuantity(millicores: millicores))
        }
        return .failure(GrammarError("\"\(scalar.text)\" is not a CPU quantity"))
    }
}
