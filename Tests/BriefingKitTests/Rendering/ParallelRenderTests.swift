import Testing
@testable import BriefingKit

@Suite("Rendering many briefs at once")
struct ParallelRenderTests {
    @Test("briefs rendered in parallel come back in order, each as it renders alone")
    func inOrder() throws {
        let library = try TemplateStore(userFolder: nil).compile()
        let briefs = (0..<24).map { number in
            var brief = RenderingFixture.brief(text: "Fact number \(number) about trade, " + String(repeating: "with more words ", count: number))
            brief.spec.id = "brief-\(number)"
            brief.spec.formats = number % 3 == 0 ? [.markdown, .text] : number % 3 == 1 ? [.text] : [.markdown]
            return brief
        }
        let rendered = try BriefingPipeline().render(briefs, library: library, format: nil, asOf: briefs[0].asOf)
        let expected = briefs.flatMap { brief in brief.spec.formats.map { (brief, $0) } }
        #expect(rendered.map(\.id) == expected.map(\.0.spec.id))
        #expect(rendered.map(\.format) == expected.map(\.1))
        for (output, (brief, format)) in zip(rendered, expected) {
            #expect(output.text == (try BriefRenderer(library: library).render(brief, format: format, generatedOn: brief.asOf)))
        }
        let forced = try BriefingPipeline().render(briefs, library: library, format: .text, asOf: briefs[0].asOf)
        #expect(forced.map(\.id) == briefs.map(\.spec.id) && forced.allSatisfy { $0.format == .text })
    }
}
