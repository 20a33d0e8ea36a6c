import Foundation
import OAASCore

/// The workspaces a checking command loads and the files it reports on.
///
/// Folders named on the command line (or, with none named, the configuration's `include`, else the
/// configuration's folder or the working directory) are one workspace, reported on whole. Files named
/// on the command line — as pre-commit passes them, in arbitrary batches — are reported on alone, but
/// with the workspace they belong to loaded around them so that references resolve: the nearest folder
/// above the file, up to the configuration's folder, holding an OAAS `workspace.yml`, else the default
/// workspace when the file is in it, else the file's own folder. A file's findings therefore do not
/// depend on the batch it came in.
struct WorkspaceInputs {
    /// One workspace to compile: every file to load, and those reported on (nil: all of them).
    struct Group {
        var files: [SourceFile]
        var reported: Set<String>?
        /// The folder arguments the files were found under, for the secret scan's tree paths.
        var roots: [String]
        /// What was loaded, for `--verbose`.
        var description: String
    }

    /// The workspaces, in a stable order.
    let groups: [Group]
    /// Files named on the command line that the configuration excludes (`--verbose` lists them).
    let excluded: [String]

    /// The OAAS workspace file names that mark a workspace's folder.
    static let markers = ["workspace.yml", "workspace.yaml"]

    /// Resolves the command line's paths.
    /// - Parameters:
    ///   - paths: the arguments (empty: the default workspace).
    ///   - settings: the configuration's root, include and exclude.
    ///   - allFiles: every regular file (security-scan) rather than YAML files only.
    /// - Throws: `UsageError` for a path that does not exist or cannot be read.
    static func resolve(_ paths: [String], settings: CheckSettings, allFiles: Bool) throws -> WorkspaceInputs {
        var folders: [String] = []
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw UsageError(description: "\(path): no such file or directory")
            }
            if isDirectory.boolValue { folders.append(path) } else { files.append(path) }
        }
        if paths.isEmpty { folders = settings.defaultPaths }
        var groups: [Group] = []
        var excluded: [String] = []
        var claimed: Set<String> = []
        // The configuration file is not a workspace document (the secret scan still reads it).
        let excluding = { (path: String) in
            settings.isExcluded(path) || (!allFiles && ProjectConfiguration.fileNames.contains((path as NSString).lastPathComponent))
        }
        if !folders.isEmpty {
            let loaded = try FileDiscovery.read(folders, allFiles: allFiles, excluding: excluding)
            claimed = Set(loaded.map { absolute($0.path) })
            groups.append(Group(files: loaded, reported: nil, roots: folders, description: folders.joined(separator: " ")))
        }
        // Named files, grouped by the workspace each belongs to.
        var byWorkspace: [String: [String]] = [:]
        var order: [String] = []
        for file in files.map(FileDiscovery.display) where !claimed.contains(absolute(file)) {
            if settings.isExcluded(file) {
                excluded.append(file)
                continue
            }
            // A file outside the default workspace (named by an absolute path, or from above it) is not
            // judged against unrelated files: its own folder is its workspace.
            let folder = (file as NSString).deletingLastPathComponent
            let workspace = workspaceFolder(of: file, root: settings.root, configured: settings.configuration != nil).map { [$0] }
                ?? (isInside(file, settings.defaultPaths) ? settings.defaultPaths : [folder.isEmpty ? "." : folder])
            let key = workspace.joined(separator: "\u{0}")
            if byWorkspace[key] == nil { order.append(key) }
            byWorkspace[key, default: []].append(file)
        }
        for key in order {
            let workspace = key.split(separator: "\u{0}").map(String.init)
            let named = byWorkspace[key] ?? []
            // The workspace is read as YAML: a named non-YAML file (a .env for the secret scan) is read
            // on its own.
            var loaded = try FileDiscovery.read(workspace, allFiles: false, excluding: excluding)
            var known: [String: Int] = [:]
            for (index, file) in loaded.enumerated() { known[absolute(file.path)] = index }
            var reported: Set<String> = []
            var extra: [String] = []
            for file in named {
                guard let index = known[absolute(file)] else {
                    extra.append(file)
                    continue
                }
                // Findings name the file as the command line did, whatever path the walk took to it.
                loaded[index] = SourceFile(path: file, bytes: loaded[index].bytes)
                reported.insert(file)
            }
            let read = try FileDiscovery.read(extra, allFiles: true)
            loaded += read
            reported.formUnion(read.map(\.path))
            loaded.sort { $0.path < $1.path }
            groups.append(Group(
                files: loaded, reported: reported, roots: workspace,
                description: "\(workspace.joined(separator: " ")) (reporting on \(reported.count) of \(loaded.count) files)"))
        }
        return WorkspaceInputs(groups: groups, excluded: excluded.sorted())
    }

    /// The nearest folder at or above the file's that holds a `workspace.yml`, as a display path; nil
    /// when there is none. The search stops at the configuration's folder when there is a configuration,
    /// else at the repository's top folder (the one holding `.git`) or the file system's root.
    static func workspaceFolder(of file: String, root: String, configured: Bool) -> String? {
        let rootPath = absolute(root)
        var folder = URL(fileURLWithPath: absolute(file)).deletingLastPathComponent()
        if configured, !(rootPath == "/" || folder.path == rootPath || folder.path.hasPrefix(rootPath + "/")) { return nil }
        while true {
            for marker in markers where FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path) {
                return display(absolute: folder.path)
            }
            let parent = folder.deletingLastPathComponent()
            let atTop = configured ? folder.path == rootPath : FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path)
            if atTop || parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Whether a display path lies in one of `folders` (or is one of them).
    static func isInside(_ path: String, _ folders: [String]) -> Bool {
        let target = absolute(path)
        return folders.contains { folder in
            let base = absolute(folder)
            return target == base || base == "/" || target.hasPrefix(base + "/")
        }
    }

    /// An absolute path as a display path: relative to the working directory when inside it.
    static func display(absolute path: String) -> String {
        let directory = absolute(".")
        if path == directory { return "." }
        let prefix = directory == "/" ? "/" : directory + "/"
        if path.hasPrefix(prefix) { return String(path.dropFirst(prefix.count)) }
        // A folder above the working directory reads as `..`, `../..`.
        var above = URL(fileURLWithPath: directory).deletingLastPathComponent()
        var climb = ".."
        while above.path != "/" {
            if above.path == path { return climb }
            above = above.deletingLastPathComponent()
            climb += "/.."
        }
        return path
    }

    /// The absolute, standardised form of a display path, to tell two spellings of one file apart.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// What a run reports on, gathered across its workspaces: the named files (or every file) and their
/// documents.
struct ReportedFiles {
    /// The documents of the files reported on.
    private(set) var project = Project(files: [])
    /// The files reported on, in workspace order.
    private(set) var files: [SourceFile] = []

    /// Adds one workspace's reported files and their documents.
    mutating func add(_ group: WorkspaceInputs.Group, project compiled: Project) {
        let isReported = { (path: String) in group.reported?.contains(path) ?? true }
        project.resources += compiled.resources.filter { isReported($0.file) }
        project.skipped += compiled.skipped.filter { isReported($0.range.file) }
        files += group.files.filter { isReported($0.path) }
        project.files = files.map(\.path)
    }

    /// The files by display path.
    var sources: [String: SourceFile] { Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }) }
}
