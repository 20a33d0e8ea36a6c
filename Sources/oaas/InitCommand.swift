import ArgumentParser
import Foundation
import OAASCore

/// `oaas init`: writes a commented starter `.oaas.yml`.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented starter configuration file (.oaas.yml).",
        discussion: """
            Writes .oaas.yml into the given folder (default: the current one). validate, security-scan and \
            compliance-check find it from that folder and every folder below it; flags on the command line \
            win over it. Every key is explained in the file; an existing file is kept unless --force is given.

            EXAMPLES:
              Write ./.oaas.yml:
                oaas init
              Write platform/.oaas.yml:
                oaas init platform/
            """)

    @Argument(help: "The folder to write .oaas.yml into.")
    var folder = "."

    @Flag(help: "Overwrite an existing configuration file.")
    var force = false

    func run() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError(description: "\(folder): no such folder")
        }
        let path = ConfigurationLoader.join(folder, ProjectConfiguration.fileNames[0])
        for name in ProjectConfiguration.fileNames {
            let existing = ConfigurationLoader.join(folder, name)
            if FileManager.default.fileExists(atPath: existing), !force {
                throw UsageError(description: "\(existing) already exists; --force overwrites it")
            }
        }
        try AtomicFile.write(Self.template, to: path)
        Output.error("oaas: wrote \(path)\n")
    }

    /// The starter configuration: valid as it is (a test checks it), every key explained.
    static let template = """
        # oaas configuration, read by `oaas validate`, `oaas security-scan` and `oaas compliance-check`
        # run in this folder or any folder below it. Flags on the command line win over it.
        # Every problem in this file stops the run with exit status 2 (`oaas explain config.invalid`).

        # The paths that form the workspace, relative to this file (default: this folder). Files given
        # on the command line (as pre-commit passes them) are checked with this workspace loaded around
        # them, unless a folder above them holds a workspace.yml.
        # include:
        #   - platform/

        # Path patterns left out of every run: `*` within a name, `**` across folders; a pattern without
        # `/` matches that name at any depth.
        # exclude:
        #   - "**/testdata/**"
        #   - examples/broken

        # The lowest severity that fails a run (exit status 1): error, warning or note.
        fail-on: error

        # Severity per diagnostic ID (`oaas explain ID`) or `area.*`: error, warning, note, or off.
        # rules:
        #   schema.unknown-key: error
        #   "yaml.*": warning
        #   suppression.unused: off

        # The frameworks `oaas compliance-check` checks when --framework is not given (or all).
        # frameworks: [iso-42001, soc2]

        # Dotenv files of the variables the deployment provides (as --env-file), relative to this file.
        # env-files: [deploy/prod.env]

        # Findings accepted earlier, relative to this file; write one with
        # `oaas security-scan --write-baseline .oaas-baseline.json` (any checking command can).
        # baseline: .oaas-baseline.json

        # Whether inline suppressions (the oaas:ignore comments) are honoured; false for audits.
        inline-ignores: true

        """
}
