import CYAML

/// Builds syntax trees from libyaml events, bounding nesting and alias expansion as it goes.
struct TreeBuilder {
    private enum FrameKind { case sequence, mapping }

    private struct Frame {
        let kind: FrameKind
        let start: Int
        let anchor: String?
        var items: [SyntaxNode] = []
        var pairs: [(key: SyntaxNode, value: SyntaxNode)] = []
        var pendingKey: SyntaxNode?
    }

    let file: SourceFile
    let base: Int
    var mapper: OffsetMapper
    var sink = DiagnosticSink()
    private(set) var documents: [YAMLDocument] = []

    private var frames: [Frame] = []
    private var root: SyntaxNode?
    private var documentStart = 0
    private var anchors: [String: SyntaxNode] = [:]
    private var openAnchors: Set<String> = []
    private var realNodes = 0
    private var expandedNodes = 0
    private var reportedExpansion = false
    private var reportedDepth = false
    /// While > 0, events belong to a collection nested too deeply and are dropped.
    private var skipDepth = 0
    private var skipStart = 0

    init(file: SourceFile, base: Int) {
        self.file = file
        self.base = base
        self.mapper = OffsetMapper(file: file, base: base)
    }

    mutating func run() {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return }
        defer { yaml_parser_delete(&parser) }
        let empty: [UInt8] = [0]
        let bytes = file.bytes
        let length = bytes.count - base
        if length == 0 {
            empty.withUnsafeBufferPointer { yaml_parser_set_input_string(&parser, $0.baseAddress, 0) }
            loop(&parser)
        } else {
            bytes.withUnsafeBufferPointer { buffer in
                yaml_parser_set_input_string(&parser, buffer.baseAddress! + base, length)
                loop(&parser)
            }
        }
    }

    private mutating func loop(_ parser: inout yaml_parser_t) {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                return
            }
            let done = event.type == YAML_STREAM_END_EVENT
            handle(event)
            yaml_event_delete(&event)
            if done { return }
        }
    }

    private mutating func handle(_ event: yaml_event_t) {
        let start = Int(event.start_mark.index)
        let end = Int(event.end_mark.index)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentStart = start
            root = nil
            anchors = [:]
            openAnchors = []
            realNodes = 0
            expandedNodes = 0
            reportedExpansion = false
            reportedDepth = false
        case YAML_DOCUMENT_END_EVENT:
            let range = mapper.range(from: documentStart, to: end)
            documents.append(YAMLDocument(file: file.path, index: documents.count, root: root, range: range))
        case YAML_SCALAR_EVENT:
            guard skipDepth == 0 else { return }
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
            let tag = data.tag.map { String(cString: $0) }
            let style = Self.style(data.style)
            let range = mapper.range(from: start, to: end)
            if let tag, !Self.isStandardTag(tag) {
                sink.report(
                    .unsupportedTag,
                    "tag \"\(tag)\" is not understood by oaas; the value is checked as if it had no tag",
                    at: range)
            }
            let node = SyntaxNode(
                content: .scalar(Scalar(text: text, style: style, tag: tag)), range: range,
                anchor: data.anchor.map { String(cString: $0) })
            define(node)
            add(node)
        case YAML_ALIAS_EVENT:
            guard skipDepth == 0 else { return }
            let name = String(cString: event.data.alias.anchor)
            add(resolveAlias(name, range: mapper.range(from: start, to: end)))
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            if skipDepth > 0 || frames.count >= YAMLParser.maxDepth {
                if skipDepth == 0 {
                    skipStart = start
                    reportDepth(at: mapper.range(from: start, to: end))
                }
                skipDepth += 1
                return
            }
            let isSequence = event.type == YAML_SEQUENCE_START_EVENT
            let anchorPointer = isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
            let anchor = anchorPointer.map { String(cString: $0) }
            if let anchor { openAnchors.insert(anchor) }
            frames.append(Frame(kind: isSequence ? .sequence : .mapping, start: start, anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            if skipDepth > 0 {
                skipDepth -= 1
                if skipDepth == 0 {
                    let range = mapper.range(from: skipStart, to: end)
                    add(SyntaxNode.dropped(at: range))
                }
                return
            }
            guard let frame = frames.popLast() else { return }
            let range = mapper.range(from: frame.start, to: end)
            let node: SyntaxNode
            switch frame.kind {
            case .sequence:
                node = SyntaxNode(content: .sequence(frame.items), range: range, anchor: frame.anchor)
            case .mapping:
                node = SyntaxNode(content: .mapping(finishMapping(frame.pairs)), range: range, anchor: frame.anchor)
            }
            if let anchor = frame.anchor { openAnchors.remove(anchor) }
            define(node)
            add(node)
        default:
            break
        }
    }

    private mutating func define(_ node: SyntaxNode) {
        realNodes += 1
        expandedNodes += 1
        if let anchor = node.anchor { anchors[anchor] = node }
    }

    private mutating func add(_ node: SyntaxNode) {
        guard !frames.isEmpty else {
            root = node
            return
        }
        let top = frames.count - 1
        switch frames[top].kind {
        case .sequence:
            frames[top].items.append(node)
        case .mapping:
            if let key = frames[top].pendingKey {
                frames[top].pairs.append((key, node))
                frames[top].pendingKey = nil
            } else {
                frames[top].pendingKey = node
            }
        }
    }

    private mutating func resolveAlias(_ name: String, range: SourceRange) -> SyntaxNode {
        let null = SyntaxNode.dropped(at: range)
        guard let target = anchors[name] else {
            if openAnchors.contains(name) {
                sink.report(.recursiveAlias, "alias \"*\(name)\" refers to the node that contains it", at: range)
            } else {
                sink.report(.undefinedAlias, "alias \"*\(name)\" refers to an anchor that is not defined before it", at: range)
            }
            return null
        }
        if frames.count + target.height > YAMLParser.maxDepth {
            reportDepth(at: range)
            return null
        }
        let limit = YAMLParser.aliasExpansionAllowance + 10 * realNodes
        if expandedNodes + target.weight > limit {
            if !reportedExpansion {
                reportedExpansion = true
                sink.report(
                    .aliasExpansionLimit,
                    "alias \"*\(name)\" expands the document beyond \(limit) nodes; this and later expansions are dropped",
                    at: range)
            }
            return null
        }
        expandedNodes += target.weight
        return target
    }

    private mutating func reportDepth(at range: SourceRange) {
        guard !reportedDepth else { return }
        reportedDepth = true
        sink.report(
            .nestingTooDeep,
            "nesting deeper than \(YAMLParser.maxDepth) levels; the content below this point is not checked",
            at: range)
    }
}
