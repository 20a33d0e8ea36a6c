import Foundation
import OAASCore

/// Writes a build's artifacts into an output directory, all or nothing as far as the file system allows:
///
/// 1. every artifact whose bytes differ from the file already there is staged in a temporary file beside
///    its target and flushed to disk; if any of that fails, every staged file is removed and nothing in
///    the directory has changed (folders created for new artifacts aside);
/// 2. the staged files are renamed into place, each rename atomic;
/// 3. files a previous build of the same targets wrote (listed in `.oaas-build`) that this build no
///    longer produces are removed, and the list is rewritten; other targets' files are left alone.
///
/// Files whose bytes do not change are not touched, so their modification times stay and tools that
/// watch the directory see only real changes.
struct ArtifactWriter {
    /// What a write did, for the summary.
    struct Outcome {
        var written: [String] = []
        var unchanged: [String] = []
        var removed: [String] = []
    }

    /// The name of the list of files the build wrote, in the output directory.
    static let manifestName = ".oaas-build"

    /// The output directory.
    let directory: String
    /// The targets being built: only files in their folders are this build's to remove.
    let targets: [BuildTarget]

    /// The changes `write` would make, without making them (`--check`).
    func pending(_ artifacts: [Artifact]) -> Outcome {
        var outcome = Outcome()
        for artifact in artifacts {
            if existing(artifact.path) == Array(artifact.contents.utf8) {
                outcome.unchanged.append(artifact.path)
            } else {
                outcome.written.append(artifact.path)
            }
        }
        let produced = Set(artifacts.map(\.path))
        outcome.removed = previousManifest().filter { !produced.contains($0) && isOwned($0) }
        return outcome
    }

    /// Writes the artifacts.
    /// - Throws: `UsageError` naming the file that could not be written; the directory is then as it was.
    func write(_ artifacts: [Artifact]) throws -> Outcome {
        var outcome = pending(artifacts)
        let changed = Set(outcome.written)
        var staged: [(temporary: String, target: String)] = []
        do {
            for artifact in artifacts where changed.contains(artifact.path) {
                let target = location(artifact.path)
                try createFolder(of: target)
                staged.append((try AtomicFile.stage(Array(artifact.contents.utf8), for: target), target))
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        try AtomicFile.commitAll(staged)
        for path in outcome.removed {
            unlink(location(path))
        }
        let kept = previousManifest().filter { !isOwned($0) }
        let manifest = Set(kept + artifacts.map(\.path)).sorted().joined(separator: "\n") + "\n"
        if existing(Self.manifestName) != Array(manifest.utf8) {
            try AtomicFile.write(manifest, to: location(Self.manifestName))
        }
        outcome.removed.sort()
        return outcome
    }

    /// Whether a path is in the folder of a target being built.
    private func isOwned(_ path: String) -> Bool {
        targets.contains { path.hasPrefix($0.folder + "/") }
    }

    private func location(_ path: String) -> String { (directory as NSString).appendingPathComponent(path) }

    private func existing(_ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: location(path)).map { [UInt8]($0) }
    }

    /// The files the previous build listed, keeping only plain relative paths inside the directory.
    private func previousManifest() -> [String] {
        guard let bytes = existing(Self.manifestName) else { return [] }
        var paths: [String] = []
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            let path = String(line)
            if path.hasPrefix("/") || path.split(separator: "/").contains("..") || path.isEmpty { continue }
            paths.append(path)
        }
        return paths
    }

    /// Creates the folders above `path` (`mkdir -p`), with the system's reason when one cannot be made.
    private func createFolder(of path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        var current = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") {
            current += "/" + component
            if mkdir(current, 0o777) == 0 || errno == EEXIST {
                var info = stat()
                if stat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
                errno = ENOTDIR
            }
            let shown = current.hasPrefix("./") ? String(current.dropFirst(2)) : current
            throw UsageError(description: "\(shown): cannot create the folder: \(String(cString: strerror(errno)))")
        }
    }
}
