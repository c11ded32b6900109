import Foundation

// briefing-corpus: a synthetic news corpus for benchmarking `briefing`, and a `measure` mode for the benchmark script.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "measure" {
    exit(Measure.main(Array(arguments.dropFirst())))
}
do {
    let options = try GeneratorOptions.parse(arguments)
    exit(CorpusWriter(options: options).run())
} catch {
    if error.isHelp {
        print(GeneratorOptions.usage)
        exit(0)
    }
    FileHandleOutput.standardError("briefing-corpus: \(error.message)\n\(GeneratorOptions.usage)")
    exit(64)
}
