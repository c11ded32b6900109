import Foundation

/// Lists the article files under a folder, recursively, in byte order of their paths, with subfolders
/// listed on all cores.
///
/// Entry types come from the directory itself (`d_type`), so a hundred thousand files cost no `stat`
/// each. Symbolic links to files count; links to folders are not followed. Sidecars (`SidecarReader`)
/// are noted on the way, so no article has to look for its own on disk.
enum FolderWalker {
    /// An article file, and whether a sidecar sits beside it.
    struct Listed: Sendable {
        var path: String
        var hasSidecar: Bool
    }

    /// What a walk found: the article files, and the folders it could not open (their articles unlisted).
    struct Walk: Sendable {
        var files: [Listed] = []
        var unreadableFolders: [String] = []
    }

    /// The article files under `directory` (`SourceScanner.isArticle`), sorted bytewise by path, and the
    /// folders under it (itself included) that could not be opened, in the same order.
    static func articles(under directory: String) -> Walk {
        walk(directory)
    }

    /// One entry of a folder; a folder's key ends in "/", which is where its files fall among the paths.
    private struct Entry {
        var key: String
        var isFolder: Bool
    }

    /// Where a record's name starts (a stored field always has an offset; 19 is glibc's).
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19

    private static func walk(_ directory: String) -> Walk {
        var entries: [Entry] = []
        var sidecars: Set<String> = []
        guard let stream = opendir(directory) else { return Walk(unreadableFolders: [directory]) }
        while let entry = readdir(stream) {
            // Read in place: a record is only as long as its name, so copying the whole `d_name`
            // array can run past the end of the directory buffer.
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            var type = Int32(entry.pointee.d_type)
            if type != Int32(DT_DIR) && type != Int32(DT_REG) {
                // Links, and file systems that do not report types: ask once; follow no link to a folder.
                var status = stat()
                guard stat(directory + "/" + name, &status) == 0 else { continue }
                let mode = status.st_mode & S_IFMT
                if mode == S_IFREG {
                    type = Int32(DT_REG)
                } else if mode == S_IFDIR, type == Int32(DT_UNKNOWN) {
                    type = Int32(DT_DIR)
                } else {
                    continue
                }
            }
            if type == Int32(DT_DIR) {
                entries.append(Entry(key: name + "/", isFolder: true))
                continue
            }
            if SourceScanner.isArticle(name) { entries.append(Entry(key: name, isFolder: false)) }
            if name.hasSuffix(SidecarReader.suffix) { sidecars.insert(name) }
        }
        closedir(stream)
        // Sorted by key, the folder's entries are in the byte order of the paths under it: a file `a.txt`
        // and the files of a folder `a/` compare as "a." and "a/" do.
        entries.sort { SourceScanner.precedesBytewise($0.key, $1.key) }
        let folders = entries.filter(\.isFolder).map { directory + "/" + String($0.key.dropLast()) }
        let inside = folders.count < 2 ? folders.map(walk) : folders.concurrentMap(chunk: 1) { walk($0) }
        var result = Walk()
        result.files.reserveCapacity(entries.count - folders.count + inside.reduce(0) { $0 + $1.files.count })
        var folder = 0
        for entry in entries {
            if entry.isFolder {
                result.files += inside[folder].files
                result.unreadableFolders += inside[folder].unreadableFolders
                folder += 1
            } else {
                let sidecar = !sidecars.isEmpty && sidecars.contains(SidecarReader.path(for: entry.key))
                result.files.append(Listed(path: directory + "/" + entry.key, hasSidecar: sidecar))
            }
        }
        return result
    }
}
