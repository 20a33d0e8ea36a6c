import Foundation
import OAASCore

/// Writes the files `oaas validate --fix` changed.
///
/// Each file is written atomically (`AtomicFile`: a temporary file beside it, flushed, renamed over it),
/// with its bytes as the fixes made them: nothing passes through `String`, so a file that is not valid
/// UTF-8 elsewhere keeps those bytes. All files are staged before any is renamed into place, so a
/// failure while staging leaves every file as it was. A file keeps its permission bits (and its owner,
/// where the system allows), and a symbolic link keeps pointing at its target, which is rewritten.
enum FixWriter {
    /// Writes each fixed file.
    /// - Parameter fixes: the files to rewrite, from `FixItApplication.applyAll`.
    /// - Returns: how many files were written and how many fixes they hold.
    /// - Throws: `UsageError` naming a file that changed on disk since it was read (nothing is written
    ///   then) or that could not be written.
    static func write(_ fixes: [FixItApplication.FileFix]) throws -> (files: Int, fixes: Int) {
        var staged: [(temporary: String, target: String, fixes: Int)] = []
        do {
            for fix in fixes where fix.bytes != fix.original {
                let target = resolvedTarget(fix.path)
                // The fixes were computed from the bytes read earlier: an editor that saved in between
                // would lose its changes, and stale offsets would land in the wrong place.
                guard let current = FileManager.default.contents(atPath: target), [UInt8](current) == fix.original else {
                    throw UsageError(description: "\(fix.path): changed since it was read; nothing was fixed, run again")
                }
                var status = stat()
                guard stat(target, &status) == 0 else { throw AtomicFile.failure(fix.path) }
                let temporary = try AtomicFile.stage(fix.bytes, for: target)
                staged.append((temporary, target, fix.applied.count))
                guard chmod(temporary, status.st_mode & 0o7777) == 0 else { throw AtomicFile.failure(fix.path) }
                // Only a privileged process may give a file away; otherwise the writer owns it, as any
                // editor's save would leave it.
                _ = chown(temporary, status.st_uid, status.st_gid)
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        try AtomicFile.commitAll(staged.map { ($0.temporary, $0.target) })
        return (staged.count, staged.reduce(0) { $0 + $1.fixes })
    }

    /// The file a path names: a symbolic link's target, so that renaming over it does not replace the
    /// link with a plain file.
    static func resolvedTarget(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
