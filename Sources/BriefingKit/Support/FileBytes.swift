import Foundation

/// Reads a whole file straight into a byte array: one `open`, `fstat` and `read` loop, without
/// the `Data` that `FileManager.contents(atPath:)` builds and the copy out of it.
enum FileBytes {
    /// The file's bytes, or nil when it cannot be opened or read (or is not a regular file).
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the file holds, so that the read that finds the end has room and the
        // buffer is not grown for it: growing copied every file once.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                // The file grew since fstat: read on in blocks until end of file.
                bytes += [UInt8](repeating: 0, count: max(4_096, bytes.count / 2))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }
}
