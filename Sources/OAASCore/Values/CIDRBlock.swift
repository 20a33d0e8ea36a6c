/// An IPv4 or IPv6 network (`10.0.0.0/16`) or a single address.
public struct CIDRBlock: Sendable, Hashable {
    /// The address as written.
    public let address: String
    /// The prefix length; the full width for a single address.
    public let prefixLength: Int
    /// Whether the address is IPv6.
    public let isIPv6: Bool

    static func parse(_ text: String) -> Result<CIDRBlock, GrammarError> {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return .failure(GrammarError("more than one \"/\"")) }
        let address = String(parts[0])
        let isIPv6 = address.contains(":")
        let valid = isIPv6 ? isIPv6Address(address) : isIPv4Address(address)
        guard valid else {
            return .failure(GrammarError("\"\(address)\" is not an IPv\(isIPv6 ? 6 : 4) address"))
        }
        let width = isIPv6 ? 128 : 32
        var prefix = width
        if parts.count == 2 {
            guard let length = Int(parts[1]), (0...width).contains(length), parts[1].allSatisfy(\.isASCIIDigit) else {
                return .failure(GrammarError("prefix length \"\(parts[1])\" is not between 0 and \(width)"))
            }
            prefix = length
        }
        return .success(CIDRBlock(address: address, prefixLength: prefix, isIPv6: isIPv6))
    }

    static func isIPv4Address(_ text: String) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { octet in
            !octet.isEmpty && octet.count <= 3 && octet.allSatisfy(\.isASCIIDigit) && Int(octet)! <= 255
                && !(octet.count > 1 && octet.first == "0")
        }
    }

    static func isIPv6Address(_ text: String) -> Bool {
        let halves = text.components(separatedByString: "::")
        guard halves.count <= 2 else { return false }
        func groups(_ part: String) -> [Substring]? {
            part.isEmpty ? [] : part.split(separator: ":", omittingEmptySubsequences: false)
        }
        guard let head = groups(halves[0]), let tail = halves.count == 2 ? groups(halves[1]) : [] else { return false }
        var all = head + tail
        var width = 0
        if let last = all.last, last.contains(".") {
            guard isIPv4Address(String(last)) else { return false }
            all.removeLast()
            width += 2
        }
        guard all.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isHexDigit) }) else { return false }
        width += all.count
        return halves.count == 2 ? width < 8 : width == 8
    }
}

extension String {
    /// Splits on a multi-character separator, keeping empty pieces.
    func components(separatedByString separator: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            pieces.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        pieces.append(String(rest))
        return pieces
    }
}

extension Substring {
    func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(needle) {
                return index..<self.index(index, offsetBy: needle.count)
            }
            index = self.index(after: index)
        }
        return nil
    }
}
