import Testing
@testable import OAASCore

/// The pieces of the Grafana lowering that fixtures exercise only by example: the PromQL scan must never
/// flag a valid query, uids follow Grafana's rule, and the layout never overlaps panels.
@Suite("Dashboard lowering")
struct DashboardLoweringTests {
    @Test(arguments: [
        ("sum(rate(agentflow_approvals_total[5m])) by (status)", ["agentflow_approvals_total"], [String]()),
        ("sum by (le, team) (rate(x_bucket{team=~\"$team\"}[$__rate_interval]))", ["x_bucket"], ["team", "__rate_interval"]),
        ("histogram_quantile(0.95, sum without (instance) (rate(a_bucket[5m]))) > bool 5", ["a_bucket"], []),
        ("a / on (job) group_left (team) b offset 1h", ["a", "b"], []),
        ("label_replace(up, \"job\", \"$1\", \"instance\", \"(.*)\")", ["up"], []),
        ("topk(5, x{a=\"}\", b='{'}) # a comment (", ["x"], []),
        ("count_values(\"v\", y) and z @ 1609746000", ["y", "z"], []),
        ("rate(x[${__interval:raw}]) * ${factor}", ["x"], ["__interval", "factor"]),
        ("1e3 * .5 + 0x1F - Inf", [], []),
    ] as [(String, [String], [String])])
    func validQueries(query: String, series: [String], variables: [String]) {
        let scan = PromQLScan(query)
        #expect(scan.problem == nil)
        #expect(scan.series == series)
        #expect(scan.variables == variables)
    }

    @Test(arguments: [
        ("sum(rate(x[5m]) by (status)", "\"(\" is not closed"),
        ("x{a=\"b}", "a string is not closed"),
        ("x]", "\"]\" closes nothing that is open"),
        ("sum(x[5m)]", "\"[\" is closed by \")\""),
    ])
    func brokenQueries(query: String, problem: String) {
        #expect(PromQLScan(query).problem == problem)
    }

    @Test func uids() {
        #expect(GrafanaUID.fromURL("https://grafana.example/d/ops/operations?orgId=1") == "ops")
        #expect(GrafanaUID.fromURL("https://grafana.example/d/ops") == "ops")
        #expect(GrafanaUID.fromURL("/d/ops") == "ops")
        #expect(GrafanaUID.fromURL("https://d.example/dashboards/ops") == nil)
        #expect(GrafanaUID.fromURL("${GRAFANA_URL}/d/ops") == nil)
        #expect(GrafanaUID.isValid("agent_ops-2"))
        #expect(!GrafanaUID.isValid("agent.ops"))
        #expect(!GrafanaUID.isValid(String(repeating: "a", count: 41)))
        #expect(DashboardText.slug("Finance & Compliance") == "finance-compliance")
        #expect(DashboardText.slug("日本語") == nil)
        #expect(DashboardText.slug(String(repeating: "ab ", count: 20))?.count == 40)
    }

    @Test func layoutNeverOverlaps() {
        let kinds: [DashboardPanel.Visualization] = [.stat, .timeseries, .gauge, .row, .piechart, .piechart, .piechart, .text, .table, .stat]
        var panels: [DashboardPanel] = []
        for kind in kinds {
            panels.append(DashboardPanel(
                id: 0, visualization: kind, title: "t", description: "d", grid: GridPosition(x: 0, y: 0, w: 0, h: 0),
                targets: [], unit: "short", min: nil, max: nil, thresholds: [], thresholdsFromAlerts: false, bars: false,
                bucketed: false, content: nil))
        }
        let placed = DashboardLayout.place(panels)
        #expect(placed.map(\.id) == Array(1...kinds.count))
        for (index, panel) in placed.enumerated() {
            #expect(panel.grid.x + panel.grid.w <= DashboardLayout.columns)
            for other in placed[..<index] {
                let apart = panel.grid.x >= other.grid.x + other.grid.w || other.grid.x >= panel.grid.x + panel.grid.w
                    || panel.grid.y >= other.grid.y + other.grid.h || other.grid.y >= panel.grid.y + panel.grid.h
                #expect(apart, "panels \(other.id) and \(panel.id) overlap")
            }
        }
    }
}
