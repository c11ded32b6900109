/// Checks what the shape cannot: that every name a brief uses is defined, and ids are safe.
struct ConfigValidator {
    let config: BriefingConfig
    let references: ConfigReferences
    /// Template names that exist (defaults and the user's folder).
    let templateNames: [String]

    func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let entityIDs = references.declaredEntities
        let topicIDs = references.declaredTopics
        let known = Set(entityIDs)

        for (id, location) in references.entities + references.people where !known.contains(id) {
            diagnostics.append(.error(Messages.unknownEntity(id, suggestion: Suggestion.hint(for: id, in: entityIDs)), at: location))
        }
        for (id, location) in references.people {
            if let entity = config.entity(id), entity.kind != .person {
                diagnostics.append(.error(Messages.notAPerson(id, kind: entity.kind.rawValue), at: location))
            }
        }
        let knownTopics = Set(topicIDs)
        for (id, location) in references.topics where !knownTopics.contains(id) {
            diagnostics.append(.error(Messages.unknownTopic(id, suggestion: Suggestion.hint(for: id, in: topicIDs)), at: location))
        }
        for (name, location) in references.templates where !templateNames.contains(name) {
            diagnostics.append(.error(Messages.unknownTemplate(name, suggestion: Suggestion.hint(for: name, in: templateNames)), at: location))
        }
        var firstUse: [String: SourceLocation] = [:]
        for (id, location) in references.briefIDs {
            if !Self.isSafeFileName(id) {
                diagnostics.append(.error(Messages.unsafeBriefID(id), at: location))
            }
            if let first = firstUse[id] {
                diagnostics.append(.error(Messages.duplicateBriefID(id, first: first), at: location))
            } else {
                firstUse[id] = location
            }
        }
        return diagnostics
    }

    /// Letters, digits, `-`, `_` and `.`, not starting with `.`: a name that is a file in the output folder and nothing else.
    static func isSafeFileName(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != ".", id.utf8.count <= 200 else { return false }
        return id.unicodeScalars.allSatisfy { scalar in
            scalar == "-" || scalar == "_" || scalar == "." ||
                (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
        } && !id.contains("..")
    }
}
