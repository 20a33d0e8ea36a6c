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
        keyed(key, \.located)
    }

    /// Each entry of the mapping at `key` whose value `transform` accepts, with the entry's located key,
    /// in document order.
    ///
    /// A plain loop on purpose: Swift 6.3.1's optimiser crashes ("Found ownership error" in
    /// CopyPropagation) on a closure nested in a `compactMap` over entries that captures the entry.
    public func keyed<T>(_ key: String, _ transform: (IRValue) -> T?) -> [(key: Located<String>, value: T)] {
        self[key]?.keyedEntries(transform) ?? []
    }

    /// Each entry of this mapping whose value `transform` accepts, with the entry's located key.
    public func keyedEntries<T>(_ transform: (IRValue) -> T?) -> [(key: Located<String>, value: T)] {
        var result: [(key: Located<String>, value: T)] = []
        for entry in entries {
            if let value = transform(entry.value) { result.append((Located(entry.key, entry.keyRange), value)) }
        }
        return result
    }

    /// This value's number with its range, if it is a number.
    public var locatedNumber: Located<Double>? { number.map { Located($0, range) } }

    /// This value's boolean with its range, if it is one.
    public var locatedBool: Located<Bool>? { bool.map { Located($0, range) } }
}
