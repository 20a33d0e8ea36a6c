/// A framework's control catalog, read from OSCAL catalog JSON: the controls a governance file may cite,
/// with their official labels and our short titles.
public struct ControlCatalog: Sendable {
    /// One control (or a nested control such as an AI RMF subcategory).
    public struct Control: Sendable, Equatable {
        /// The OSCAL token, such as `a.6.2.4` or `govern-1.1`.
        public let id: String
        /// The official display ID, such as `A.6.2.4` or `GOVERN 1.1` (the `label` prop; the ID when absent).
        public let label: String
        /// The short title.
        public let title: String
        /// Other props by name (`required`, `applies-from` …), in document order.
        public let props: [(name: String, value: String)]

        /// Creates a control.
        public init(id: String, label: String, title: String, props: [(name: String, value: String)]) {
            self.id = id
            self.label = label
            self.title = title
            self.props = props
        }

        /// Controls are equal when their ID, label and title are.
        public static func == (lhs: Control, rhs: Control) -> Bool {
            lhs.id == rhs.id && lhs.label == rhs.label && lhs.title == rhs.title
        }
    }

    /// Our key for the framework (`iso-42001`), from the `framework` prop; for an imported catalog
    /// without one, its title.
    public let framework: String
    /// The catalog's title.
    public let title: String
    /// The framework's version (`2023`, `1.0`, `2024/1689`).
    public let version: String
    /// When the catalog was last reviewed against its sources (the `reviewed` prop), if stated.
    public let reviewed: String?
    /// Every control in document order (depth first): a control comes before those nested in it.
    public let controls: [Control]
    /// Each control's index by normalised label and by ID.
    private let index: [String: Int]

    /// Creates a catalog.
    public init(framework: String, title: String, version: String, reviewed: String?, controls: [Control]) {
        self.framework = framework
        self.title = title
        self.version = version
        self.reviewed = reviewed
        self.controls = controls
        var index: [String: Int] = [:]
        for (position, control) in controls.enumerated() {
            for key in [Self.normalised(control.label), Self.normalised(control.id)] where index[key] == nil {
                index[key] = position
            }
        }
        self.index = index
    }

    /// The control a governance file cites: by label or ID, ignoring case, spaces, `§` and a
    /// `framework:` prefix (`A.6.2.4`, `a.6.2.4`, `GOVERN 1.1`, `govern-1.1`, `§164.312(a)(1)`).
    public func control(cited text: String) -> Control? {
        var key = Self.normalised(text)
        if let colon = key.firstIndex(of: ":"), index[key] == nil { key = String(key[key.index(after: colon)...]) }
        return index[key].map { controls[$0] }
    }

    /// Lowercase, without spaces, `§` or `-` between a word and a number, so that `GOVERN 1.1` and
    /// `govern-1.1` meet.
    static func normalised(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() where character != " " && character != "§" && character != "-" && character != "_" {
            result.append(character)
        }
        return result
    }
}
