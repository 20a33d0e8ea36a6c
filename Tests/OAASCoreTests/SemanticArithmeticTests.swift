import Testing
@testable import OAASCore

/// The arithmetic and display helpers of the budget, consistency and flow passes: user-written numbers
/// are unbounded, so none of them may trap, and the flow analysis' data structures must agree with the
/// naive set computations they replace. Random cases use `SplitMix` (YAMLParserTests.swift), seeded,
/// so that they are the same on every run.
@Suite("Semantic arithmetic")
struct SemanticArithmeticTests {
    @Test func groupsEveryInt64() {
        #expect(MoneyText.grouped(Int64.min) == "-9,223,372,036,854,775,808")
        #expect(MoneyText.grouped(Int64.max) == "9,223,372,036,854,775,807")
        #expect(MoneyText.grouped(Int64(0)) == "0")
        #expect(MoneyText.grouped(Int64(-1_000)) == "-1,000")
        #expect(MoneyText.grouped(Int64(999)) == "999")
        #expect(MoneyText.grouped(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test func formatsEveryAmount() {
        #expect(MoneyText.format(micros: Int64.min, currency: "USD") == "-$9,223,372,036,854.78")
        #expect(MoneyText.format(micros: Int64.max, currency: "EUR") == "€9,223,372,036,854.78")
        #expect(MoneyText.format(micros: Int64.max, currency: "CHF", exact: true) == "9,223,372,036,854.775807 CHF")
        #expect(MoneyText.format(micros: 300, currency: nil) == "$0.0003")
        #expect(MoneyText.format(micros: 1_995_000, currency: "USD") == "$2.00")
        #expect(MoneyText.format(micros: 1_000_000_000_001, currency: "USD", exact: true) == "$1,000,000.000001")
        #expect(MoneyText.format(micros: 1_000_000_000_000, currency: "USD", exact: true) == "$1,000,000.00")
        #expect(MoneyText.bare(micros: 1_000_000_000) == "1,000")
        #expect(MoneyText.bare(micros: 12_500_000) == "12.5")
        #expect(MoneyText.bare(micros: Int64.min) == "-9,223,372,036,854.775808")
        #expect(MoneyText.roundsAlike(1_000_000_000_001, 1_000_000_000_000, currency: "USD"))
        #expect(!MoneyText.roundsAlike(1_000_000_000_000, 1_000_000_000_000, currency: "USD"))
    }

    @Test func saturates() {
        #expect(Int64.max.saturatingPlus(1) == .max)
        #expect(Int64.min.saturatingPlus(-1) == .min)
        #expect(Int64.max.saturatingTimes(2) == .max)
        #expect(Int64.min.saturatingTimes(2) == .min)
        #expect(Int64.min.saturatingTimes(-1) == .max)
        #expect(Int64(-3).saturatingTimes(Int64.max) == .min)
        #expect(Int64(6).saturatingTimes(7) == 42)
    }

    @Test func ratesNeverTrap() {
        let lowest = Rate(count: .min, seconds: 60)
        let highest = Rate(count: .max, seconds: 3_600)
        #expect(lowest.description == "-9,223,372,036,854,775,808 per minute")
        #expect(highest.description == "9,223,372,036,854,775,807 per hour")
        #expect(!lowest.exceeds(highest))
        #expect(highest.per(60) == nil)
        #expect(Rate(count: 300, seconds: 60).per(3_600) == 18_000)
    }

    @Test func listsJoinWithAnd() {
        #expect(FlowGraph.list([]) == "")
        #expect(FlowGraph.list(["deploy"]) == "\"deploy\"")
        #expect(FlowGraph.list(["deploy", "announce"]) == "\"deploy\" and \"announce\"")
        #expect(FlowGraph.list(["a", "b", "c"]) == "\"a\", \"b\" and \"c\"")
        #expect(FlowGraph.list(["a", "b", "c", "d"], limit: 2) == "\"a\", \"b\" and 2 more")
    }

    @Test func heapPopsInOrder() {
        var random = SplitMix(seed: 7)
        var heap = NodeHeap()
        var pushed: [Int] = []
        for _ in 0..<500 {
            let value = Int(random.next() % 1_000)
            heap.push(value)
            pushed.append(value)
        }
        var popped: [Int] = []
        while let value = heap.pop() { popped.append(value) }
        #expect(popped == pushed.sorted())
    }

    /// The tree answers "did x surely run before v" exactly as intersecting the sets of every way in does.
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func ranBeforeTreeMatchesSets(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let count = 2 + Int(random.next() % 60)
        var predecessors = [[Int]](repeating: [], count: count)
        var entry = [Bool](repeating: false, count: count)
        for node in 0..<count {
            entry[node] = node == 0 || random.next() % 10 == 0
            for source in 0..<node where random.next() % 6 == 0 { predecessors[node].append(source) }
        }
        var runs = [Bool](repeating: false, count: count)
        var sets = [Set<Int>](repeating: [], count: count)
        var tree = RanBeforeTree(count: count)
        for node in 0..<count {
            let sources = predecessors[node].filter { runs[$0] }
            guard entry[node] || !sources.isEmpty else { continue }
            runs[node] = true
            if entry[node] {
                tree.attach(node, under: tree.root)
                continue
            }
            var ran = sets[sources[0]].union([sources[0]])
            var latest = sources[0]
            for source in sources.dropFirst() {
                ran.formIntersection(sets[source].union([source]))
                latest = tree.commonAncestor(latest, source)
            }
            sets[node] = ran
            tree.attach(node, under: latest)
        }
        for node in 0..<count where runs[node] {
            for other in 0..<count where runs[other] {
                let surely = other != node && tree.isAncestor(other, of: node)
                #expect(surely == sets[node].contains(other), "seed \(seed): \(other) before \(node)")
            }
        }
    }
}

