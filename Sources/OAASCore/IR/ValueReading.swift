/// Typed reads from decoded values, for the per-kind model builders.
extension IRValue {
    /// The string at a key, located.
    public func string(_ key: String) -> Located<String>? { self[key]?.located }

    /// The strings of a list at a key (non-string items are skipped).
    public func strings(_ key: String) -> [Located<String>] { self[key]?.items.compactMap(\.located) ?? [] }

    /// The objects of a list at a key.
    public func objects(_ key: String) -> [IRValue] {
        self[key]?.items.filter { if case .object = $0.content { true } else { false } } ?? []
    }

    /// The boolean at a key.
    public func bool(_ key: String) -> Located<Bool>? {
        guard let value = self[key], let bool = value.bool else { return nil }
        return Located(bool, value.range)
    }

    /// The integer at a key.
    public func int(_ key: String) -> Located<Int>? {
        guard let value = self[key], let int = value.int else { return nil }
        return Located(int, value.range)
    }

    /// The number at a key.
    public func number(_ key: String) -> Located<Double>? {
        guard let value = self[key], let number = value.number else { return nil }
        return Located(number, value.range)
    }

    /// The duration at a key (the field must have the duration grammar).
    public func duration(_ key: String) -> Located<Duration>? {
        guard let value = self[key], case .duration(let duration)? = value.typed else { return nil }
        return Located(duration, value.range)
    }

    /// The amount of money at a key.
    public func money(_ key: String) -> Located<Money>? {
        guard let value = self[key], case .money(let money)? = value.typed else { return nil }
        return Located(money, value.range)
    }

    /// The percentage at a key.
    public func percentage(_ key: String) -> Located<Percentage>? {
        guard let value = self[key], case .percentage(let percentage)? = value.typed else { return nil }
        return Located(percentage, value.range)
    }

    /// The string-to-string map at a key, in document order.
    public func stringMap(_ key: String) -> [(key: Located<String>, value: Located<String>)] {
        (self[key]?.entries ?? []).compactMap { entry in
            entry.value.located.map { (Located(entry.key, entry.keyRange), $0) }
        }
    }
}
