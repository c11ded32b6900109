/// The subjects stories are about, matching the topics of the generated config.
///
/// Each topic has noun phrases ("cooperation in {topic}"), verb phrases that
/// templates splice in after "agreed to" or "pledged to", and lines for quotes.
/// Phrases are templates themselves, so they may use slots such as `{bc}`.
enum Topic: Int, Sendable, CaseIterable {
    case relations, trade, nuclear, rail, defence, labour, science, apec, peninsula, eastSea

    var nouns: [String] {
        switch self {
        case .relations: return ["bilateral relations", "the {partnership}", "high-level exchanges", "bilateral ties",
                                 "diplomatic relations"]
        case .trade: return ["trade and investment", "economic cooperation", "supply chains", "foreign direct investment",
                             "economic, trade and investment cooperation", "the free trade agreement"]
        case .nuclear: return ["nuclear energy", "nuclear power", "nuclear power plant construction",
                               "civil nuclear energy", "small modular reactors"]
        case .rail: return ["high-speed rail", "railway infrastructure", "the high-speed rail project", "urban railways"]
        case .defence: return ["defence and security", "the defence industry", "maritime security",
                               "the fight against transnational crime", "military cooperation"]
        case .labour: return ["labour cooperation", "people-to-people exchanges", "educational and cultural exchanges",
                              "the employment of {badj} workers", "workforce training"]
        case .science: return ["science and technology", "digital transformation", "innovation",
                               "semiconductors and artificial intelligence", "high-tech industries"]
        case .apec: return ["APEC cooperation", "regional and international forums", "ASEAN-Korea cooperation",
                            "Mekong-Korea cooperation"]
        case .peninsula: return ["peace on the Korean Peninsula", "the North Korean nuclear issue",
                                 "denuclearisation of the Korean Peninsula"]
        case .eastSea: return ["maritime cooperation in the East Sea", "the South China Sea issue",
                               "freedom of navigation in the East Sea"]
        }
    }

    var actions: [String] {
        switch self {
        case .relations: return [
            "further advance the {partnership} between the two countries",
            "maintain regular exchanges of high-level delegations and exchanges at all levels",
            "deepen bilateral ties ahead of the {annivth} anniversary of diplomatic relations",
            "upgrade bilateral relations to a comprehensive strategic partnership",
            "implement the agreements reached during the previous talks between the two leaders",
        ]
        case .trade: return [
            "raise bilateral trade to {fig}",
            "coordinate on measures to rapidly reach the bilateral trade target of {fig} in a balanced and sustainable manner",
            "create favourable conditions for {aadj} businesses to invest and expand their operations in {bc}",
            "expand investment by {aadj} enterprises in infrastructure, energy and new urban construction",
            "stabilise supply chains for semiconductors, batteries and critical minerals",
            "work toward the early upgrade of the ASEAN-Korea Free Trade Agreement",
            "promote economic cooperation worth {bn} in new projects",
        ]
        case .nuclear: return [
            "cooperate on building nuclear power plants in {bc}",
            "share expertise on nuclear power plant safety and small modular reactors",
            "train engineers for {bc}'s nuclear energy programme",
            "pursue nuclear power plant projects worth about {bn}",
            "expand cooperation in nuclear energy and clean power",
        ]
        case .rail: return [
            "work together on the planned North-South high-speed rail line",
            "share {ac}'s experience in building and operating high-speed rail",
            "consider {aadj} participation in high-speed rail and urban railway projects",
            "cooperate on a feasibility study for high-speed rail worth {bn}",
        ]
        case .defence: return [
            "expand cooperation in defence, security and the fight against transnational crime",
            "boost defence industry cooperation, including the joint production of military equipment",
            "hold a regular security dialogue at the vice-ministerial level",
            "strengthen maritime security and defence cooperation",
        ]
        case .labour: return [
            "increase quotas and expand the industries receiving {badj} workers",
            "protect the legitimate rights of the {badj} community in {ac}",
            "step up educational, cultural and people-to-people exchanges",
            "open more places for {badj} workers under the Employment Permit System",
            "expand vocational training so that more workers can find jobs in {ac}",
        ]
        case .science: return [
            "make science, technology and innovation a new pillar of bilateral relations",
            "cooperate in digital transformation, semiconductors and artificial intelligence",
            "set up a joint research centre for high-tech industries",
            "promote technology transfer and innovation in supporting industries",
        ]
        case .apec: return [
            "ensure the success of the APEC Economic Leaders' Meeting",
            "coordinate closely at regional and international forums, including ASEAN and APEC",
            "co-chair the Mekong-Korea cooperation mechanism",
            "support each other's hosting of APEC Economic Leaders' Week in 2025 and 2027",
        ]
        case .peninsula: return [
            "work together for the complete denuclearisation of the Korean Peninsula",
            "respond firmly to North Korea's provocations while keeping the door to dialogue open",
            "support efforts to bring lasting peace and stability to the Korean Peninsula",
        ]
        case .eastSea: return [
            "maintain peace, stability and freedom of navigation in the East Sea",
            "settle disputes in the South China Sea in accordance with the 1982 United Nations Convention on the Law of the Sea",
            "ensure legitimate rights in the East Sea in accordance with international law",
        ]
        }
    }

    var quotes: [String] {
        switch self {
        case .relations: return [
            "{qopen}we can work closely to further advance the {partnership} between {ac} and {bc}",
            "{qopen}our relationship has never been stronger, and {ac} wants to take it to a new level in {topic2}",
            "Over the past {anniv} years, {ac} and {bc} have become reliable partners and close friends",
        ]
        case .trade: return [
            "{qopen}our two economies are highly complementary, and there is still much room to expand {topic}",
            "{bc} is a key partner for {aadj} companies, and we will keep supporting their investment in {topic2}",
            "{qopen}we can reach {fig}",
        ]
        case .nuclear: return [
            "{qopen}nuclear power will be a pillar of our cooperation with {bc} in the years ahead",
            "{ac} has the technology and the experience to help {bc} with {topic}",
        ]
        case .rail: return [
            "{qopen}high-speed rail can connect our economies as much as our cities",
            "{aadj} companies are ready to take part in {topic} from the design stage",
        ]
        case .defence: return [
            "{qopen}cooperation in {topic} is the foundation of the trust between {ac} and {bc}",
            "We will expand {topic} to respond together to new security challenges",
        ]
        case .labour: return [
            "The {badj} community in {ac} is a bridge between our two peoples, and {topic} will keep growing",
            "{qopen}{badj} workers can live and work safely in {ac}",
        ]
        case .science: return [
            "{qopen}{topic} will be the new engine of our partnership",
            "{topic2} and {topic} are areas where {ac} and {bc} can achieve a great deal together",
        ]
        case .apec: return [
            "{qopen}we will work together to make {topic} a success",
            "ASEAN is the key to freedom, peace and prosperity in the Indo-Pacific region, and {ac} will work with {bc} on {topic}",
        ]
        case .peninsula: return [
            "We will keep the door for dialogue with North Korea open, but we will respond firmly to illegal acts such as provocations",
            "{qopen}peace on the Korean Peninsula is essential to the prosperity of {ac}, {bc} and the whole region",
        ]
        case .eastSea: return [
            "{qopen}disputes in the East Sea must be resolved peacefully, in accordance with international law",
            "Freedom of navigation in the East Sea matters to {bc}, to {ac} and to every country in the region",
        ]
        }
    }
}

extension Topic {
    private static let nounTemplates = Topic.allCases.map { Template.list($0.nouns) }
    private static let actionTemplates = Topic.allCases.map { Template.list($0.actions) }
    private static let quoteTemplates = Topic.allCases.map { Template.list($0.quotes) }

    /// The phrases above, parsed once.
    var nounPatterns: [Template] { Topic.nounTemplates[rawValue] }
    var actionPatterns: [Template] { Topic.actionTemplates[rawValue] }
    var quotePatterns: [Template] { Topic.quoteTemplates[rawValue] }
}
