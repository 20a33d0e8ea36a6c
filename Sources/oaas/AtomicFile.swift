import Foundation

/// Writes a file the safe way: into a new temporary file beside it (`mkstemp`, so no other process can
/// have created it), flushed to disk, then renamed over the target, so a reader never sees half a file
/// and a failed write leaves the old one intact.
enum AtomicFile {
    /// Writes `text` to `path`.
    /// - Throws: `UsageError` naming the path and the system's reason.
    static func write(_ text: String, to path: String) throws {
        let temporary = try stage(Array(text.utf8), for: path)
        try commit(temporary, to: path)
    }

    /// Writes `bytes` into a new temporary file in `path`'s folder, flushed to disk, and returns its path;
    /// `commit` renames it into place. The folder must exist.
    static func stage(_ bytes: [UInt8], for path: String) throws -> String {
        let folder = (path as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.oaas-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = failure(path)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += count
        }
        // New files get the permissions a plain create would give them (mkstemp makes them 0600).
        let mask = umask(0)
        umask(mask)
        fchmod(descriptor, 0o666 & ~mask)
        guard fsync(descriptor) == 0 else {
            let error = failure(path)
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// Renames a staged file over `path`.
    static func commit(_ temporary: String, to path: String) throws {
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// Renames every staged file into place, in order; when one rename fails, the files not yet renamed
    /// are removed (those renamed stay: each is whole) and the error is thrown.
    static func commitAll(_ staged: [(temporary: String, target: String)]) throws {
        for (index, file) in staged.enumerated() {
            do {
                try commit(file.temporary, to: file.target)
            } catch {
                for rest in staged[(index + 1)...] { unlink(rest.temporary) }
                throw error
            }
        }
    }

    static func failure(_ path: String) -> UsageError {
        UsageError(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
    }
}
