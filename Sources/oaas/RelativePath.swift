import Foundation

/// Paths relative to a folder, worked out lexically (no file system access beyond the working directory),
/// so that a baseline stores `triggers/slack.yaml` whether the scan was started as `oaas security-scan .`
/// in the repository or `oaas security-scan repo` from its parent.
enum RelativePath {
    /// A function from display paths to paths relative to the folder holding `file`.
    static func mapper(relativeToFolderOf file: String) -> @Sendable (String) -> String {
        let directory = FileManager.default.currentDirectoryPath
        let base = components(absolute((file as NSString).deletingLastPathComponent, in: directory))
        return { path in
            let target = components(absolute(path, in: directory))
            var common = 0
            while common < base.count, common < target.count, base[common] == target[common] { common += 1 }
            let parts = Array(repeating: "..", count: base.count - common) + target[common...]
            return parts.isEmpty ? "." : parts.joined(separator: "/")
        }
    }

    static func absolute(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : directory + "/" + path
    }

    /// The components of an absolute path with `.` and `..` resolved.
    static func components(_ path: String) -> [String] {
        var result: [String] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !result.isEmpty { result.removeLast() }
                continue
            }
            result.append(String(part))
        }
        return result
    }
}
