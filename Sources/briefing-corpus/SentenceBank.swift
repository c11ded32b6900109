/// Sentence templates for the facts of a story, by stance, and for lead paragraphs, by kind.
///
/// Several wordings per stance give different outlets different sentences for
/// the same fact; the slots (people, topics, dates, figures) make sentences
/// about different stories differ.
enum SentenceBank {
    static func facts(_ stance: Stance) -> [Template] {
        switch stance {
        case .agreed: return agreed
        case .proposed: return proposed
        case .askedFor: return askedFor
        case .pledged: return pledged
        case .invited: return invited
        case .discussed: return discussed
        case .quote: return quote
        case .congratulated: return congratulated
        }
    }

    static let agreed = Template.list([
        "{both} agreed to {action}{when}.",
        "{a} and {b} agreed to {action}, {office} said.",
        "The two sides agreed to {action}, according to {spokes}.",
        "{both} also agreed to {deepen} cooperation in {topic} and {topic2}.",
        "{during}, {both} agreed to {action}.",
        "{both} consented to {action}, creating a major and substantive shift in cooperation.",
        "{both} agreed on major directions to {action}, including {topic} and {topic2}.",
        "\"The two leaders agreed to {deepen} cooperation in strategic sectors such as {topic} and {topic2},\" {spokes} told reporters.",
        "{both} promised to {action} as a new pillar of the relationship.",
    ])

    static let proposed = Template.list([
        "{x} proposed that the two sides {action}.",
        "{x} suggested the two countries {action}, {office} said.",
        "{x} also proposed that {yc} continue to {action}.",
        "{x} proposed that {y} and {xadj} officials {action} in the coming period.",
        "At {meeting}, {x} suggested that both sides {deepen} {topic} and {action}.",
        "{x} proposed setting up a working group to {action}.",
    ])

    static let askedFor = Template.list([
        "{x} also asked for the {yadj} government's support to {action}.",
        "{x} asked {y} to help {action}.",
        "{x} called on {yc} to {action}.",
        "{x} urged {yc} to work together to {action}.",
        "{x} requested that {yc} {action}, {office} said.",
    ])

    static let pledged = Template.list([
        "{x} pledged to {action}.",
        "{x} vowed to {action}, {office} said.",
        "{x} promised that {xc} would {action}.",
        "{x} affirmed that {xc} stands ready to {action}.",
        "{x} confirmed that {xc} will {action} in the next stages of development.",
        "{x} said {xc} would {action}, adding that {topic} remains a priority.",
    ])

    static let invited = Template.list([
        "{x} invited {y} to visit {xc} {later}, and {y} accepted the invitation with pleasure.",
        "{x} extended an invitation for {y} to visit {xc}.",
        "{y} responded that he hopes to visit {xc} {later} for further discussions on {topic}.",
        "{x} invited {y} to pay an official visit to {xc} {later} to {action}.",
    ])

    static let discussed = Template.list([
        "{both} discussed {topic} and {topic2}, as well as regional and international issues of mutual concern.",
        "{x} and {y} exchanged views on {topic}{when}.",
        "The talks also covered {topic}, {topic2} and people-to-people exchanges.",
        "{during}, {both} reviewed progress in {topic} since their last meeting.",
        "{x} briefed {y} on {xc}'s position on {topic}.",
    ])

    static let quote = Template.list([
        "\"{quote},\" {x} said.",
        "\"{quote},\" {x} told {y}, according to {office}.",
        "{x} said, \u{201C}{quote}.\u{201D}",
        "\u{201C}{quote},\u{201D} {x} said during {meeting}.",
        "\"{quote},\" {x} was quoted as saying by {spokes}.",
    ])

    static let congratulated = Template.list([
        "{x} congratulated {yc} on its development achievements, including economic growth of {pct} last year.",
        "{x} thanked {y} for the congratulatory message on the {annivth} anniversary of diplomatic ties.",
        "{x} praised the development of {topic} since the establishment of diplomatic ties in {year}.",
        "{x} expressed delight at the achievements in {topic} over more than {anniv} years of diplomatic relations.",
        "{x} appreciated the attention {y} has paid to {topic} and {topic2}.",
    ])

    /// Facts of a story that has not happened yet.
    static let expected = Template.list([
        "{both} are expected to {action}.",
        "{x} is expected to propose that the two sides {action}.",
        "Officials said {x} would ask {yc} to {action}.",
        "The two sides are likely to discuss {topic} and {topic2}, {office} said.",
        "{x} will also invite {y} to visit {xc} {later}.",
        "A senior official said {xc} hopes to {action} during the visit.",
        "{x} plans to raise {topic} and seek {yadj} support to {action}.",
    ])

    /// First sentences, by kind of story.
    static func leads(_ kind: StoryKind) -> [Template] {
        switch kind {
        case .phoneCall: return phoneLeads
        case .videoCall: return videoLeads
        case .summit, .stateVisit: return summitLeads
        case .sideline: return sidelineLeads
        case .ministerial: return summitLeads
        case .businessMeeting: return businessLeads
        case .preview: return previewLeads
        }
    }

    static let phoneLeads = Template.list([
        "{a} talked over the phone with {b}{when} and agreed to {action}, {office} said.",
        "{b}{when} held phone talks with {a}, discussing {topic} and {topic2}.",
        "{a} and {b} held a {minutes} phone call{when} to discuss ways to {action}.",
        "{a} spoke by phone with {b}{when}, the first call between the two leaders since {a} took office.",
    ])

    static let videoLeads = Template.list([
        "{a} and {b} held a video call{when} to exchange views on ways to develop relations, {topic} and international issues.",
        "{ac} and {bc} will seek to {action}, the two sides' leaders agreed in a videoconference{when}.",
    ])

    static let summitLeads = Template.list([
        "{b} held talks with {a}{place}{when}, focusing on {topic} and {topic2}.",
        "{a} and {b} agreed to {action} at their summit{place}{when}.",
        "{a} met {b}{place}{when} and the two sides agreed to {deepen} cooperation in {topic}.",
        "{b} and {a} held talks{place}{when}, pledging to {action}.",
    ])

    static let sidelineLeads = Template.list([
        "{a} met {b} on the sidelines of {forum}{place}{when}, and the two agreed to {action}.",
        "On the sidelines of {forum}{place}, {b} held talks with {a}{when}.",
        "{a} and {b} met{place}{when} on the sidelines of {forum} to discuss {topic}.",
    ])

    static let businessLeads = Template.list([
        "{b} received a delegation led by {a}{place}{when}, urging {aadj} companies to {action}.",
        "{a} met {b}{place}{when} and pledged to {deepen} investment in {topic}.",
    ])

    static let previewLeads = Template.list([
        "{b} will hold talks with {a}{place}{when}, officials said, with {topic} expected to top the agenda.",
        "{a} is scheduled to meet {b}{when}{place}, where the two are expected to {action}.",
        "{b} will pay an official visit to {ac}{when} at the invitation of {a}, the foreign ministry announced.",
    ])
}
