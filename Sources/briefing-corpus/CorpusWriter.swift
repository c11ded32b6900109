import Foundation

/// Writes a whole corpus: articles in folders of at most 1,000 files, then the
/// configs and patterns, and last `corpus.info`, which says the corpus is complete.
struct CorpusWriter {
    let options: GeneratorOptions
    static let filesPerFolder = 1000
    /// Bumped whenever the articles a seed gives change, so that the benchmark regenerates its corpora;
    /// `CORPUS_FORMAT` in scripts/benchmark.sh is the same number.
    static let format = 3

    /// Exit status: 0, or 73 when something cannot be written.
    func run() -> Int32 {
        let root = URL(fileURLWithPath: options.output)
        let articles = root.appendingPathComponent("articles")
        let manager = FileManager.default
        let info = root.appendingPathComponent("corpus.info")
        if let contents = try? manager.contentsOfDirectory(atPath: articles.path), !contents.isEmpty {
            guard options.force else {
                return fail("\(articles.path) already exists; remove it or pass --force")
            }
            do {
                try? manager.removeItem(at: info)
                try manager.removeItem(at: articles)
            } catch {
                return fail("cannot remove \(articles.path): \(error.localizedDescription)")
            }
        }
        do {
            try manager.createDirectory(at: articles, withIntermediateDirectories: true)
        } catch {
            return fail("cannot create \(articles.path): \(error.localizedDescription)")
        }

        let start = Date()
        let factory = ArticleFactory(seed: options.seed, count: options.count)
        let folders = (options.count + Self.filesPerFolder - 1) / Self.filesPerFolder
        let width = max(3, String(max(folders - 1, 0)).count)
        let failures = FailureLog()
        let bytes = ByteCounter()
        DispatchQueue.concurrentPerform(iterations: folders) { folder in
            let folderPath = articles.appendingPathComponent(ArticleFactory.zeroPadded(folder, width)).path
            do {
                try FileManager.default.createDirectory(atPath: folderPath, withIntermediateDirectories: true)
            } catch {
                failures.add("cannot create \(folderPath): \(error.localizedDescription)")
                return
            }
            var written = 0
            let end = min((folder + 1) * Self.filesPerFolder, options.count)
            for index in (folder * Self.filesPerFolder)..<end {
                let article = factory.article(index)
                let path = folderPath + "/" + article.name
                if let problem = Self.write(article.bytes, to: path) {
                    failures.add(problem)
                    return
                }
                written += article.bytes.count
            }
            bytes.add(written)
        }
        if let problem = failures.first { return fail(problem) }

        let files: [(String, String)] = [
            ("briefings.yaml", ConfigWriter.sampleConfig()),
            ("briefings-\(options.briefs).yaml", ConfigWriter.manyBriefsConfig(count: options.briefs, seed: options.seed)),
            ("patterns.txt", ConfigWriter.patterns()),
            ("corpus.info", "count=\(options.count) seed=\(options.seed) briefs=\(options.briefs) format=\(Self.format)\n"),
        ]
        for (name, text) in files {
            if let problem = Self.write(Array(text.utf8), to: root.appendingPathComponent(name).path) { return fail(problem) }
        }
        if !options.quiet {
            let seconds = Date().timeIntervalSince(start)
            let megabytes = Double(bytes.total) / 1_000_000
            FileHandleOutput.standardError("briefing-corpus: wrote \(options.count) articles (\(Int(megabytes.rounded())) MB) "
                + "to \(articles.path) in \(String(format: "%.1f", seconds)) s")
        }
        return 0
    }

    private func fail(_ message: String) -> Int32 {
        FileHandleOutput.standardError("briefing-corpus: error: \(message)")
        return 73
    }

    /// Writes `bytes` with one open/write/close; returns a message on failure.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return "cannot write \(path): \(String(cString: strerror(errno)))" }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return "cannot write \(path): \(String(cString: strerror(errno)))"
            }
            offset += result
        }
        return nil
    }
}

/// The first error any worker hit (thread-safe).
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []

    func add(_ message: String) { lock.withLock { messages.append(message) } }
    var first: String? { lock.withLock { messages.first } }
}

/// A total of bytes written by all workers (thread-safe).
final class ByteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add(_ count: Int) { lock.withLock { value += count } }
    var total: Int { lock.withLock { value } }
}

/// Diagnostics to stderr.
enum FileHandleOutput {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
