import Foundation

/// Writes briefs so that a reader never sees half a file: a temporary file in the same folder, then rename.
public struct OutputWriter: Sendable {
    public enum Result: String, Sendable {
        case written, unchanged
    }

    public init() {}

    /// Replaces `path` with `contents` unless it already holds exactly that (its modification time is then kept).
    /// - Throws: `BriefingError.cannotWrite` naming the path and the reason.
    @discardableResult
    public func write(_ contents: String, to path: String) throws -> Result {
        let data = Data(contents.utf8)
        let manager = FileManager.default
        if let existing = manager.contents(atPath: path), existing == data { return .unchanged }
        let directory = Paths.directory(of: path)
        do {
            try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw BriefingError.cannotWrite("cannot create output folder '\(directory)': \(Self.reason(error))")
        }
        let name = String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...])
        let temporary = "\(directory)/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard manager.createFile(atPath: temporary, contents: data) else {
            throw BriefingError.cannotWrite("cannot write '\(path)': the folder is not writable")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw BriefingError.cannotWrite("cannot replace '\(path)': \(reason)")
        }
        return .written
    }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
