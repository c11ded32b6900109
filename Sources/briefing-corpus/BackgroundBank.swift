/// Context sentences an article adds around the facts of its story: history,
/// statistics, analysts' views, schedules. They are the article's own, not
/// the story's, so they differ between reports of the same event.
enum BackgroundBank {
    static let context = Template.list([
        "{ac} is {bc}'s {ordinal} trading partner, with two-way trade of {bn} in {lastYear}.",
        "Bilateral trade reached {bn} in {lastYear}, up {pct} from a year earlier, according to the Korea International Trade Association.",
        "The two countries established diplomatic relations in {year} and have since expanded cooperation in {topic}.",
        "{analyst}, said {meeting} showed that both governments want to {action}.",
        "\"The two countries need each other more than ever, especially in {topic},\" said {analyst}.",
        "Some {few} {aadj} firms have invested in {bc}, employing about {count} local workers.",
        "It was the leaders' {nth} conversation this year, {office} said.",
        "{ac} and {bc} upgraded their ties to a {partnership} after {anniv} years of diplomatic relations.",
        "{ac} won a contract worth {bn} to build nuclear power plants abroad, its largest since the Barakah project in the United Arab Emirates.",
        "Officials said a joint statement covering {topic} and {topic2} would be released later in the day.",
        "The {minutes} session ran longer than initially planned, {office} said.",
        "Analysts say {topic} will be the main test of whether the two governments can {action}.",
        "{bc}'s economy grew {growth} in {lastYear}, according to official data.",
        "Investment pledges from {aadj} companies in {topic} rose {pct} in the first half of the year.",
        "{analyst}, noted that cooperation in {topic} has lagged behind trade, which grew {pct} over the period.",
        "The previous round of talks on {topic} took place in {lastYear} in {bc}.",
        "The {aadj} government has set aside {bn} to support projects in {topic} over the next five years.",
        "Diplomatic sources said the two sides also discussed a visit by {b} to {ac} {later}.",
        "The two sides last held talks on {topic2} {monthsAgo}, when they set up a joint committee on {topic}.",
        "A {few}-strong business delegation accompanied the talks, the trade ministry said.",
        "Shares of {aadj} construction and energy companies rose {pct} after the announcement.",
        "{analyst}, said the agreement on {topic} could be worth {bn} to {aadj} companies over the next decade.",
        "Opposition lawmakers questioned whether the pledges on {topic} would be matched by funding.",
        "{ac}'s exports to {bc} rose {pct} in the first {n} months of the year, customs data showed.",
        "{meeting} came {n} weeks after officials of the two countries met in {bc} to prepare the agenda.",
        "The two countries' trade ministers will meet {later} to review {topic}, with {few} projects on the agenda.",
    ])

    /// Context that only makes sense for Korea-Vietnam stories.
    static let vietnamContext = Template.list([
        "{ac} is {bc}'s {ordinal} source of foreign direct investment, with cumulative investment of {bn}.",
        "About {count} {badj} nationals live in {ac}, while more than {few} {aadj} companies operate in {bc}.",
        "The Employment Permit System brought in about {count} {badj} workers in {lastYear}, according to the labour ministry.",
        "Exports of electronics, textiles and farm produce account for roughly {pct} of {bc}'s shipments to {ac}.",
        "More than {count} students from {bc} are enrolled at universities in {ac}, the education ministry said.",
        "The number of {aadj} tourists visiting {bc} exceeded {count} in {lastYear}, the tourism authority said.",
        "{bc} will host APEC Economic Leaders' Week in {vncity} in 2027, with about {count} delegates expected.",
        "Tensions in the East Sea, known internationally as the South China Sea, have risen since {month}, when {count} vessels were reported near disputed reefs.",
        "Samsung Electronics alone accounts for about {pct} of {bc}'s exports, according to industry estimates.",
        "Some {count} marriages between {aadj} and {badj} nationals are registered each year, making the two countries \"in-laws\".",
    ])

    /// Sentences for a second, unrelated item some pages run at the end ("Also on Thursday ...").
    static let aside = Template.list([
        "Separately, the foreign ministry said {count} {aadj} nationals had been evacuated safely from the region.",
        "Earlier, {a} met business leaders to discuss {topic} and the outlook for exports.",
        "Also{when}, the government announced {bn} in support for small and medium-sized exporters.",
        "The presidential office said {a} would travel to {bc} {later} for talks on {topic}.",
    ])

    /// Photo captions: (text, credit).
    static let captions = Template.list([
        "{a} speaks by phone with {b} at the presidential office in Seoul{date} in this photo provided by the presidential office.",
        "{a}, right, shakes hands with {b} before their talks{place}{date}.",
        "{b} and {a} pose for a photo ahead of their meeting{place}{date}.",
        "{a} speaks on the phone with {b} at the presidential office in Yongsan District, central Seoul{date}.",
        "{b}, left, and {a} attend a signing ceremony{place}{date}.",
    ])
}
