import Foundation
import OAASCore

/// Finds and reads the files to check: the only place oaas reads the file system.
enum FileDiscovery {
    /// Folders never descended into.
    static let skippedFolders: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", "vendor", "third_party", ".venv", "venv", "__pycache__", ".terraform",
    ]

    /// Reads every YAML file (or, with `allFiles`, every regular file) under `paths`; files named
    /// explicitly are read whatever their extension.
    /// - Parameter excluding: display paths of files and folders found by walking that are left out
    ///   (the configuration's `exclude`); paths named explicitly are always read.
    /// - Throws: `UsageError` when a path does not exist or cannot be read.
    static func read(_ paths: [String], allFiles: Bool = false, excluding: (String) -> Bool = { _ in false }) throws -> [SourceFile] {
        var found: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError(description: "\(path): no such file or directory")
            }
            if isDirectory.boolValue {
                found += walk(path, allFiles: allFiles, excluding: excluding)
            } else {
                found.append(path)
            }
        }
        var seen: Set<String> = []
        let unique = found.map(display).filter { seen.insert($0).inserted }.sorted()
        return try unique.map { path in
            guard let data = manager.contents(atPath: path) else {
                throw UsageError(description: "\(path): cannot be read")
            }
            return SourceFile(path: path, bytes: [UInt8](data))
        }
    }

    static func walk(_ root: String, allFiles: Bool, excluding: (String) -> Bool = { _ in false }) -> [String] {
        var files: [String] = []
        var pending = [root]
        let manager = FileManager.default
        while let folder = pending.popLast() {
            guard let names = try? manager.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() {
                let path = folder == "." ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      let type = attributes[.type] as? FileAttributeType else { continue }
                if excluding(display(path)) { continue }
                if type == .typeDirectory {
                    if skippedFolders.contains(name) || name.hasPrefix(".build") { continue }
                    pending.append(path)
                } else if type == .typeRegular || type == .typeSymbolicLink,
                          allFiles || name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    // A link to a folder is not followed (it could loop), and a dangling link is skipped.
                    var isDirectory: ObjCBool = false
                    if type == .typeSymbolicLink, !manager.fileExists(atPath: path, isDirectory: &isDirectory) || isDirectory.boolValue {
                        continue
                    }
                    files.append(path)
                }
            }
        }
        return files
    }

    /// Each file's path inside the folder argument it was found under (`a/b.yaml` for `root/a/b.yaml`
    /// scanned as `oaas security-scan root`); files named explicitly keep their display path.
    static func treePaths(of files: [SourceFile], roots: [String]) -> [String: String] {
        var folders: [String] = []
        for root in roots {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let shown = display(root)
            if shown == "." || shown.isEmpty { continue }
            folders.append(shown.hasSuffix("/") ? shown : shown + "/")
        }
        // The deepest folder wins when arguments nest.
        folders.sort { $0.count > $1.count }
        var result: [String: String] = [:]
        for file in files {
            if let folder = folders.first(where: { file.path.hasPrefix($0) }) {
                result[file.path] = String(file.path.dropFirst(folder.count))
            }
        }
        return result
    }

    /// Drops a leading `./` so paths read as they do in `git ls-files`.
    static func display(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
