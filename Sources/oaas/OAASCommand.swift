import ArgumentParser
import Foundation

/// `oaas`: validate, explain and compile AI-agent workspace configuration.
struct OAASCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oaas",
        abstract: "Validate and compile OAAS and AOF agent workspace configuration.",
        version: "0.1.0",
        subcommands: [ValidateCommand.self, SecurityScanCommand.self, ComplianceCheckCommand.self, BuildCommand.self, VarsCommand.self, PlanCommand.self, ExplainCommand.self, SchemaCommand.self])
}

/// Runs the command and maps outcomes to the documented exit codes: 0 clean, 1 findings,
/// 2 usage or configuration error, 3 internal error.
@main
enum Main {
    static func main() {
        CrashReporting.install()
        do {
            var command = try OAASCommand.parseAsRoot()
            try command.run()
            exit(0)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            if OAASCommand.exitCode(for: error) == .success { OAASCommand.exit(withError: error) }
            FileHandle.standardError.write(Data((OAASCommand.fullMessage(for: error) + "\n").utf8))
            exit(2)
        }
    }
}

/// Turns a crash of oaas itself (a trap or a bad memory access) into the documented exit status 3, so
/// that CI tells "oaas is broken" apart from "the configuration has findings".
enum CrashReporting {
    static func install() {
        for signal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
            _ = Foundation.signal(signal) { _ in
                // Only async-signal-safe calls here: write(2) and _exit(2).
                let message: StaticString = "oaas: internal error (crash); please report it with the input that caused it\n"
                _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
                _exit(3)
            }
        }
    }
}

/// A usage or configuration error (exit code 2).
struct UsageError: Error, CustomStringConvertible {
    let description: String
}
