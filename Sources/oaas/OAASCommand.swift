import ArgumentParser
import Foundation

/// `oaas`: validate, explain and compile AI-agent workspace configuration.
struct OAASCommand: ParsableCommand {
    /// oaas's version, in reports (SARIF `semanticVersion`, JSON) and `oaas --version`.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "oaas",
        abstract: "Validate and compile OAAS and AOF agent workspace configuration.",
        discussion: """
            oaas reads a workspace of OAAS (workspace, governance, orchestration rules, contexts, agents) and \
            AOF (agents, fleets, flows, contexts, triggers, daemon) YAML files, checks them with precise, \
            documented diagnostics, and compiles them into plans, Kubernetes manifests, Prometheus rules and \
            Grafana dashboards.

            validate, security-scan and compliance-check share their options: --format \
            text|json|sarif|junit|github|checkstyle|gitlab, --output FORMAT=FILE, --config, --baseline, \
            --write-baseline, --no-inline-ignores, --fail-on, --strict, --env-file, --quiet, --verbose, \
            --no-color. They read .oaas.yml from the current folder or the nearest folder above it \
            (`oaas init` writes a commented one).

            ENVIRONMENT:
              NO_COLOR         when set and not empty, never colour the output
              GITHUB_ACTIONS   "true" (standard output not a terminal): github format

            SHELL COMPLETION (bash, zsh or fish):
              oaas --generate-completion-script bash > ~/.bash_completion.d/oaas

            EXIT STATUS:
              0  nothing at or above the failing severity
              1  findings at or above it (or, for build --check, stale artifacts)
              2  usage or configuration error
              3  internal error
            """,
        version: OAASCommand.version,
        subcommands: [
            ValidateCommand.self, SecurityScanCommand.self, ComplianceCheckCommand.self, BuildCommand.self, VarsCommand.self,
            PlanCommand.self, InitCommand.self, ExplainCommand.self, SchemaCommand.self,
        ])
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
