import Foundation

/// Lists the article files the config's sources name: folders (recursively), files and globs.
public struct SourceScanner: Sendable {
    /// Files that are articles: plain text.
    static let articleExtensions: Set<String> = ["txt"]

    public init() {}

    /// What the sources name: their article files, and the folders among them that could not be opened.
    public struct Listing: Sendable {
        public var files: [SourceFile] = []
        /// Folders (absolute paths) whose articles are missing from `files`: a warning each, not an error.
        public var unreadableFolders: [String] = []
    }

    /// `scan(_:)`'s files.
    /// - Throws: `BriefingError.missingSources` naming every source path that does not exist.
    public func files(for sources: [SourceSpec]) throws -> [SourceFile] {
        try scan(sources).files
    }

    /// Every article file, each once, sorted by path (byte order) so runs are reproducible; paired with the
    /// source that named it (the most specific, so a single-file entry overrides its folder's). Folders that
    /// cannot be opened are listed apart, each once, in the order they were met.
    /// - Throws: `BriefingError.missingSources` naming every source path (or glob folder) that does not
    ///   exist, each at its line of the config: a mistyped or unmounted archive would leave every brief empty.
    public func scan(_ sources: [SourceSpec]) throws -> Listing {
        var listing = Listing()
        var found: [(path: String, hasSidecar: Bool?, source: Int)] = []
        var missing: [Diagnostic] = []
        for (position, source) in sources.enumerated() {
            guard let expanded = expand(source.path) else {
                let message = Self.missingMessage(source.path)
                missing.append(source.location.map { .error(message, at: $0) } ?? Diagnostic(.error, message))
                continue
            }
            for folder in expanded.unreadableFolders where !listing.unreadableFolders.contains(folder) {
                listing.unreadableFolders.append(folder)
            }
            for listed in expanded.files { found.append((listed.path, listed.hasSidecar, position)) }
        }
        guard missing.isEmpty else { throw BriefingError.missingSources(missing) }
        // Positions are sorted, not the entries: a folder's walk is in order already, so this is one pass.
        // Equal paths stay in source order, and of those the most specific source wins, the later on a tie.
        let order = found.indices.sorted { first, second in
            let order = Self.compareBytewise(found[first].path, found[second].path)
            return order != 0 ? order < 0 : first < second
        }
        let specificities = sources.map(\.path.count)
        var files: [SourceFile] = []
        files.reserveCapacity(order.count)
        for index in order {
            let file = found[index]
            let specificity = specificities[file.source]
            if let last = files.last, Self.compareBytewise(last.path, file.path) == 0 {
                if last.specificity > specificity { continue }
                files.removeLast()
            }
            files.append(SourceFile(path: file.path, source: sources[file.source], specificity: specificity, hasSidecar: file.hasSidecar))
        }
        listing.files = files
        return listing
    }

    /// Byte order of the UTF-8 (which is code point order), compared in bulk.
    static func precedesBytewise(_ first: String, _ second: String) -> Bool {
        compareBytewise(first, second) < 0
    }

    /// Negative, zero or positive as `first` sorts before, with or after `second` in byte order.
    static func compareBytewise(_ first: String, _ second: String) -> Int {
        // Native strings lend their bytes as they are, with no copy of the string to hold them.
        if let order = first.utf8.withContiguousStorageIfAvailable({ left in
            second.utf8.withContiguousStorageIfAvailable { right in compare(left, right) }
        }), let order {
            return order
        }
        var first = first, second = second
        return first.withUTF8 { left in second.withUTF8 { right in compare(left, right) } }
    }

    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(left.count, right.count)
        if common > 0, let a = left.baseAddress, let b = right.baseAddress {
            let order = memcmp(a, b, common)
            if order != 0 { return Int(order) }
        }
        return left.count - right.count
    }

    /// "source path '…' does not exist", or for a glob, that its folder does not.
    static func missingMessage(_ path: String) -> String {
        guard isGlob(path) else { return "source path '\(path)' does not exist" }
        return "source path '\(path)': folder '\(Paths.directory(of: path))' does not exist"
    }

    private static func isGlob(_ path: String) -> Bool { path.contains("*") || path.contains("?") }

    /// The article files a source path names, each with whether a sidecar was seen beside it (nil when
    /// its folder was not walked, so its sidecar is looked for on disk); nil when the path, or a glob's
    /// folder, does not exist.
    private func expand(_ path: String) -> (files: [(path: String, hasSidecar: Bool?)], unreadableFolders: [String])? {
        if Self.isGlob(path) {
            return glob(path)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return ([(path, nil)], []) }
        let walk = FolderWalker.articles(under: path)
        return (walk.files.map { ($0.path, $0.hasSidecar) }, walk.unreadableFolders)
    }

    /// Whether a file name has an article extension (any case).
    static func isArticle(_ name: String) -> Bool {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
        let suffix = name.utf8[name.utf8.index(after: dot)...]
        // An ASCII extension is lowered byte by byte; any other goes through Unicode case mapping.
        guard suffix.allSatisfy({ $0 < 0x80 }) else {
            return articleExtensions.contains(String(name[name.index(after: dot)...]).lowercased())
        }
        return articleExtensionBytes.contains { $0.elementsEqual(suffix.lazy.map(Self.lowercaseASCII)) }
    }

    private static let articleExtensionBytes = articleExtensions.map { Array($0.utf8) }

    private static func lowercaseASCII(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// Matches `*` and `?` in the last path component against the folder's files; a folder that
    /// cannot be listed is returned as unreadable, and nil when the folder does not exist (as for a
    /// plain path: matching nothing there would leave every brief empty without a word).
    private func glob(_ pattern: String) -> (files: [(path: String, hasSidecar: Bool?)], unreadableFolders: [String])? {
        let directory = Paths.directory(of: pattern)
        let namePattern = String(pattern[pattern.index(after: pattern.lastIndex(of: "/") ?? pattern.startIndex)...])
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            if access(directory, F_OK) != 0 && errno == ENOENT { return nil }
            return ([], [directory])
        }
        let files = names.filter { Self.matches(Array($0.utf8), Array(namePattern.utf8)) }.map { directory + "/" + $0 }
        return (files.map { ($0, nil) }, [])
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
