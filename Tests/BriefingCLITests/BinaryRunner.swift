import Foundation

/// Runs the built `briefing` binary as a user or cron would, capturing stdout, stderr and the exit code.
struct BinaryRunner {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let packageRoot: String = {
        var path = #filePath
        for _ in 0..<3 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
        }
        return path
    }()

    /// The binary built next to the test bundle.
    static let binary: String = {
        let directory = Bundle.main.bundleURL.path
        let candidates = [directory + "/briefing", (directory as NSString).deletingLastPathComponent + "/briefing"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    /// Runs `executable` (default: the built binary) with `arguments` in `directory`.
    static func run(_ arguments: [String], in directory: String, stdin: String? = nil, executable: String = binary) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self),
                      status: process.terminationStatus)
    }
}

/// A temporary copy of the sample project: config and corpus, removed afterwards.
final class SampleProject {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "briefing-test-" + UUID().uuidString
        let manager = FileManager.default
        try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        try manager.copyItem(atPath: BinaryRunner.packageRoot + "/seeds", toPath: path + "/seeds")
        try manager.copyItem(atPath: BinaryRunner.packageRoot + "/briefings.yaml", toPath: path + "/briefings.yaml")
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func write(_ text: String, to relative: String) throws {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: full, atomically: true, encoding: .utf8)
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func run(_ arguments: String...) throws -> BinaryRunner.Result {
        try BinaryRunner.run(arguments, in: path)
    }
}
