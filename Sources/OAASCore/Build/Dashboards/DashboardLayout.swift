/// Places panels on Grafana's 24-column grid, deterministically: left to right in reading order, a new
/// line when the next panel does not fit, each line as tall as its tallest panel, so panels never overlap.
/// A row header takes a whole line of height 1.
enum DashboardLayout {
    /// Grafana's grid width.
    static let columns = 24

    /// The width and height of a panel of each kind: single values a quarter of the width, charts and
    /// tables half, text and rows all of it.
    static func size(of visualization: DashboardPanel.Visualization) -> (w: Int, h: Int) {
        switch visualization {
        case .row: (columns, 1)
        case .stat, .gauge: (6, 8)
        case .piechart: (8, 8)
        case .text: (columns, 4)
        case .timeseries, .table, .heatmap: (12, 8)
        }
    }

    /// The panels with ids from 1 and positions.
    static func place(_ panels: [DashboardPanel]) -> [DashboardPanel] {
        var placed: [DashboardPanel] = []
        var x = 0
        var y = 0
        var lineHeight = 0
        for (offset, panel) in panels.enumerated() {
            var panel = panel
            let size = size(of: panel.visualization)
            if panel.visualization == .row || x + size.w > columns {
                y += lineHeight
                x = 0
                lineHeight = 0
            }
            panel.id = offset + 1
            panel.grid = GridPosition(x: x, y: y, w: size.w, h: size.h)
            x += size.w
            lineHeight = max(lineHeight, size.h)
            if panel.visualization == .row {
                // Nothing shares a row header's line.
                y += lineHeight
                x = 0
                lineHeight = 0
            }
            placed.append(panel)
        }
        return placed
    }
}
