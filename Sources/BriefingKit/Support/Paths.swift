import Foundation

/// Path arithmetic for config-relative paths.
public enum Paths {
    /// `path` made absolute against `directory`, unless it already is; `~` expands to the home folder.
    public static func resolve(_ path: String, from directory: String) -> String {
        if path.hasPrefix("/") { return normalize(path) }
        if path == "~" || path.hasPrefix("~/") {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
            return normalize(home + path.dropFirst())
        }
        return normalize(directory + "/" + path)
    }

    /// Removes `.` and empty components and folds `..`.
    public static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        return (path.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `base` when inside it, for shorter messages.
    public static func relative(_ path: String, to base: String) -> String {
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    public static var currentDirectory: String { FileManager.default.currentDirectoryPath }
}
