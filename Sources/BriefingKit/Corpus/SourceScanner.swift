import Foundation

/// Lists the article files the config's sources name: folders (recursively), files and globs.
public struct SourceScanner: Sendable {
    /// Files that are articles: plain text.
    static let articleExtensions: Set<String> = ["txt"]

    public init() {}

    /// Every article file, each once, sorted by path (byte order) so runs are reproducible; paired with the
    /// source that named it (the most specific, so a single-file entry overrides its folder's).
    /// - Throws: `BriefingError.missingInput` naming a source path that does not exist.
    public func files(for sources: [SourceSpec]) throws -> [SourceFile] {
        var byPath: [String: SourceFile] = [:]
        for source in sources {
            let (paths, sidecars) = try expand(source.path)
            let specificity = source.path.count
            byPath.reserveCapacity(byPath.count + paths.count)
            for path in paths {
                if let existing = byPath[path], existing.specificity > specificity { continue }
                let sidecar = sidecars.map { $0.contains(SidecarReader.path(for: path)) }
                byPath[path] = SourceFile(path: path, source: source, specificity: specificity, hasSidecar: sidecar)
            }
        }
        return byPath.values.sorted { Self.precedesBytewise($0.path, $1.path) }
    }

    /// Byte order of the UTF-8 (which is code point order), compared in bulk.
    static func precedesBytewise(_ first: String, _ second: String) -> Bool {
        var first = first, second = second
        return first.withUTF8 { left in
            second.withUTF8 { right in
                let common = min(left.count, right.count)
                if common > 0, let a = left.baseAddress, let b = right.baseAddress {
                    let order = memcmp(a, b, common)
                    if order != 0 { return order < 0 }
                }
                return left.count < right.count
            }
        }
    }

    /// The article files a source path names and, for a folder, the sidecars seen while walking it
    /// (nil when not known, so each article's sidecar is looked for on disk).
    private func expand(_ path: String) throws -> (files: [String], sidecars: Set<String>?) {
        let manager = FileManager.default
        if path.contains("*") || path.contains("?") {
            return (glob(path), nil)
        }
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BriefingError.missingInput("source path '\(path)' does not exist")
        }
        guard isDirectory.boolValue else { return ([path], nil) }
        var files: [String] = []
        var sidecars: Set<String> = []
        Self.walk(path, into: &files, sidecars: &sidecars)
        return (files, sidecars)
    }

    /// Appends the article files under `directory`, recursively, reading entry types from the
    /// directory itself (`d_type`) so that a hundred thousand files cost no `stat` each. Symbolic
    /// links to files count; links to folders are not followed.
    private static func walk(_ directory: String, into files: inout [String], sidecars: inout Set<String>) {
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = directory + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR):
                walk(full, into: &files, sidecars: &sidecars)
            case Int32(DT_REG):
                if isArticle(name) { files.append(full) }
                if name.hasSuffix(SidecarReader.suffix) { sidecars.insert(full) }
            default:
                // Links, and file systems that do not report types: ask once.
                var status = stat()
                guard stat(full, &status) == 0 else { continue }
                let type = status.st_mode & S_IFMT
                if type == S_IFREG, isArticle(name) {
                    files.append(full)
                } else if type == S_IFREG, name.hasSuffix(SidecarReader.suffix) {
                    sidecars.insert(full)
                } else if type == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    walk(full, into: &files, sidecars: &sidecars)
                }
            }
        }
    }

    private static func isArticle(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return articleExtensions.contains(String(name[name.index(after: dot)...]).lowercased())
    }

    /// Matches `*` and `?` in the last path component against the folder's files.
    private func glob(_ pattern: String) -> [String] {
        let directory = Paths.directory(of: pattern)
        let namePattern = String(pattern[pattern.index(after: pattern.lastIndex(of: "/") ?? pattern.startIndex)...])
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { Self.matches(Array($0.utf8), Array(namePattern.utf8)) }.map { directory + "/" + $0 }
    }

    static func matches(_ name: [UInt8], _ pattern: [UInt8]) -> Bool {
        var n = 0, p = 0, star = -1, mark = 0
        while n < name.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "?") || pattern[p] == name[n] {
                n += 1; p += 1
            } else if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = p; mark = n; p += 1
            } else if star >= 0 {
                p = star + 1; mark += 1; n = mark
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}

/// One article file and the config source that named it.
public struct SourceFile: Hashable, Sendable {
    public var path: String
    public var source: SourceSpec
    var specificity: Int
    /// Whether a sidecar (`SidecarReader`) was seen beside the file; nil when its folder was not walked.
    var hasSidecar: Bool?
}
