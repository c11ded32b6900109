import Foundation

/// An exclusive lock on the output folder, so two runs (say, cron and a person) never interleave writes.
///
/// The lock is `flock(2)` on `.briefing.lock` in the folder: the kernel releases it when a run
/// ends, even when killed. The file also records who holds it (pid, host, start time); a record
/// found when the lock is free was left by a run that died, and is taken over with a warning.
public final class OutputLock {
    public static let fileName = ".briefing.lock"

    public let path: String
    private let descriptor: Int32
    /// Set when a dead run's lock was taken over: the warning to show.
    public let takeoverWarning: String?

    /// Takes the lock or throws `BriefingError.locked` naming the holder.
    public init(folder: String, now: Date = Date()) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BriefingError.cannotWrite("cannot create output folder '\(folder)': \(OutputWriter.reason(error))")
        }
        path = folder + "/" + Self.fileName
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BriefingError.cannotWrite("cannot create the lock file '\(path)': \(String(cString: strerror(errno)))")
        }
        let previous = Self.readRecord(descriptor)
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            let holder = previous.isEmpty ? "another run" : "another run (\(previous))"
            throw BriefingError.locked("\(holder) holds the lock on \(folder); try again when it has finished")
        }
        takeoverWarning = previous.isEmpty ? nil
            : "\(path): warning: taking over a lock left by a run that no longer exists (\(previous))"
        let record = "pid \(getpid()) on \(ProcessInfo.processInfo.hostName), started \(ISO8601DateFormatter().string(from: now))"
        _ = ftruncate(descriptor, 0)
        _ = record.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    }

    /// Clears the record and releases the lock.
    public func release() {
        _ = ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    private static func readRecord(_ descriptor: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return "" }
        return String(decoding: buffer[0..<count], as: UTF8.self).trimmingWhitespace()
    }
}
