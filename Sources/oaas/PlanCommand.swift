import ArgumentParser
import Foundation
import OAASCore

/// `oaas plan [PATH…]`: each resource's effective configuration, after defaults.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show each resource's effective configuration, after defaults are applied.")

    @Argument(help: "Files or directories to read.")
    var paths: [String] = ["."]

    func run() throws {
        throw UsageError(description: "oaas plan: not implemented yet")
    }
}
