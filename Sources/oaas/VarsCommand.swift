import ArgumentParser
import Foundation
import OAASCore

/// `oaas vars [PATH…]`: the environment variables the workspace needs.
struct VarsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vars",
        abstract: "List the environment variables the workspace needs.")

    @Argument(help: "Files or directories to read.")
    var paths: [String] = ["."]

    func run() throws {
        throw UsageError(description: "oaas vars: not implemented yet")
    }
}
