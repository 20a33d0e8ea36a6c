import ArgumentParser
import Foundation

/// `oaas`: validate, explain and compile AI-agent workspace configuration.
struct OAASCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oaas",
        abstract: "Validate and compile OAAS and AOF agent workspace configuration.",
        version: "0.1.0",
        subcommands: [ValidateCommand.self, ExplainCommand.self, SchemaCommand.self])
}

/// Runs the command and maps outcomes to the documented exit codes: 0 clean, 1 findings,
/// 2 usage or configuration error, 3 internal error.
@main
enum Main {
    static func main() {
        do {
            var command = try OAASCommand.parseAsRoot()
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let failure as InternalFailure {
            FileHandle.standardError.write(Data("oaas: internal error: \(failure.message)\n".utf8))
            exit(3)
        } catch {
            if OAASCommand.exitCode(for: error) == .success { OAASCommand.exit(withError: error) }
            FileHandle.standardError.write(Data((OAASCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}

/// A failure of oaas itself, not of the input (exit code 3).
struct InternalFailure: Error {
    let message: String
}

/// A usage or configuration error (exit code 2).
struct UsageError: Error, CustomStringConvertible {
    let description: String
}
