/// Where the package's own files are, for tests that read the sample corpus and config.
enum TestPaths {
    static let packageRoot: String = {
        var path = #filePath
        for _ in 0..<4 {
            guard let slash = path.lastIndex(of: "/") else { break }
            path = String(path[..<slash])
        }
        return path
    }()

    static let seeds = packageRoot + "/seeds"
}
