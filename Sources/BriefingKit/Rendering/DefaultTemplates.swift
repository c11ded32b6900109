/// The built-in templates, by name. `briefing templates NAME` prints one to start a custom template.
///
/// Names are `KIND.EXT` for briefs (meeting.md, leader.txt); the others are partials they include.
public enum DefaultTemplates {
    public static let all: [String: String] = [
        "background.md": background_md,
        "background.txt": background_txt,
        "figures.md": figures_md,
        "figures.txt": figures_txt,
        "leader.md": leader_md,
        "leader.txt": leader_txt,
        "meeting.md": meeting_md,
        "meeting.txt": meeting_txt,
        "sources.md": sources_md,
        "sources.txt": sources_txt,
        "timeline.md": timeline_md,
        "timeline.txt": timeline_txt,
    ]

    /// The base names of the built-in brief templates.
    public static let briefNames = ["leader", "meeting"]

    /// The base names of the built-in partials.
    public static let partialNames = ["background", "figures", "sources", "timeline"]

    static let background_md = #"""
{{#has_sections}}
## Background by topic

{{#sections}}
### {{label}}

{{#facts}}
- {{date}}: {{text}} {{citations}}{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/facts}}

{{/sections}}
{{/has_sections}}
"""#

    static let background_txt = #"""
{{#has_sections}}
BACKGROUND BY TOPIC

{{#sections}}
{{label}}
{{#facts}}
  - {{date}}: {{text}} {{citations}}{{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/facts}}

{{/sections}}
{{/has_sections}}
"""#

    static let figures_md = #"""
{{#has_figures}}
## Key figures

| Figure | What it measures | Date | Sources |
| --- | --- | --- | --- |
{{#figures}}
| {{value}} | {{measure}} | {{date}}{{#upcoming}} (target){{/upcoming}} | {{citations}} |
{{/figures}}

{{/has_figures}}
"""#

    static let figures_txt = #"""
{{#has_figures}}
KEY FIGURES

{{#figures}}
  - {{value}}: {{measure}}, {{date}}{{#upcoming}} (target){{/upcoming}} {{citations}}
{{/figures}}

{{/has_figures}}
"""#

    static let leader_md = #"""
# {{brief.title}}

{{#person}}
| | |
| --- | --- |
| **Who** | {{name}} |
{{#title}}
| **Role** | {{title}} |
{{/title}}
{{/person}}
| **Prepared on** | {{generated_on}} |
{{#period}}
| **Period covered** | {{#from}}from {{from}}{{/from}}{{#to}} to {{to}}{{/to}} |
{{/period}}

{{#has_key_points}}
## Key points

{{#key_points}}
- {{text}} {{citations}}{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/key_points}}

{{/has_key_points}}
{{#has_engagements}}
## Recent engagements

| Date | Format | With | Sources |
| --- | --- | --- | --- |
{{#engagements}}
| {{date}} | {{format}} | {{counterpart_names}} | {{citations}} |
{{/engagements}}

{{/has_engagements}}
{{#has_quotes}}
## In their own words

{{#quotes}}
> “{{text}}”
> — {{speaker}}, {{date}} {{citations}}

{{/quotes}}
{{/has_quotes}}
{{#has_principal_asks}}
## Proposals and requests

{{#principal_asks}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/principal_asks}}

{{/has_principal_asks}}
{{#has_counterpart_asks}}
## What others have asked

{{#counterpart_asks}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/counterpart_asks}}

{{/has_counterpart_asks}}
{{#has_agreements}}
## Agreements

{{#agreements}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/agreements}}

{{/has_agreements}}
{{#has_commitments}}
## Commitments

{{#commitments}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/commitments}}

{{/has_commitments}}
{{#has_topic_counts}}
## Topics in the coverage

{{#topic_counts}}
- {{label}}: {{count}}
{{/topic_counts}}

{{/has_topic_counts}}
{{> background.md}}
{{> timeline.md}}
{{> figures.md}}
{{> sources.md}}
"""#

    static let leader_txt = #"""
{{brief.title}}

{{#person}}
Who:            {{name}}
{{#title}}
Role:           {{title}}
{{/title}}
{{/person}}
Prepared on:    {{generated_on}}
{{#period}}
Period covered: {{#from}}from {{from}}{{/from}}{{#to}} to {{to}}{{/to}}
{{/period}}

{{#has_key_points}}
KEY POINTS

{{#key_points}}
  - {{text}} {{citations}}{{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/key_points}}

{{/has_key_points}}
{{#has_engagements}}
RECENT ENGAGEMENTS

{{#engagements}}
  - {{date}}: {{format}} with {{counterpart_names}} {{citations}}
{{/engagements}}

{{/has_engagements}}
{{#has_quotes}}
IN THEIR OWN WORDS

{{#quotes}}
  - “{{text}}” ({{speaker}}, {{date}}) {{citations}}
{{/quotes}}

{{/has_quotes}}
{{#has_principal_asks}}
PROPOSALS AND REQUESTS

{{#principal_asks}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/principal_asks}}

{{/has_principal_asks}}
{{#has_counterpart_asks}}
WHAT OTHERS HAVE ASKED

{{#counterpart_asks}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/counterpart_asks}}

{{/has_counterpart_asks}}
{{#has_agreements}}
AGREEMENTS

{{#agreements}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/agreements}}

{{/has_agreements}}
{{#has_commitments}}
COMMITMENTS

{{#commitments}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/commitments}}

{{/has_commitments}}
{{#has_topic_counts}}
TOPICS IN THE COVERAGE

{{#topic_counts}}
  - {{label}}: {{count}}
{{/topic_counts}}

{{/has_topic_counts}}
{{> background.txt}}
{{> timeline.txt}}
{{> figures.txt}}
{{> sources.txt}}
"""#

    static let meeting_md = #"""
# {{brief.title}}

{{#meeting}}
| | |
| --- | --- |
| **Who** | {{participants}} |
| **When** | {{date}} |
{{#place}}
| **Where** | {{place}} |
{{/place}}
{{#format}}
| **Format** | {{format}} |
{{/format}}
| **Prepared on** | {{generated_on}} |
{{#period}}
| **Period covered** | {{#from}}from {{from}}{{/from}}{{#to}} to {{to}}{{/to}} |
{{/period}}

## Purpose

{{purpose}}
{{/meeting}}

{{#has_key_points}}
## Key points

{{#key_points}}
- {{text}} {{citations}}{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/key_points}}

{{/has_key_points}}
{{#has_last_contact}}
{{#last_contact}}
## Last contact

**{{format}}, {{date}}.** {{text}} {{citations}}

{{/last_contact}}
{{/has_last_contact}}
{{#has_engagements}}
## Earlier contacts

| Date | Format | Sources |
| --- | --- | --- |
{{#engagements}}
| {{date}} | {{format}} | {{citations}} |
{{/engagements}}

{{/has_engagements}}
{{#has_agreements}}
## Agreements

{{#agreements}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/agreements}}

{{/has_agreements}}
{{#has_commitments}}
## Commitments made

{{#commitments}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/commitments}}

{{/has_commitments}}
{{#has_counterpart_asks}}
## What the other side is likely to raise

{{#counterpart_asks}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/counterpart_asks}}

{{/has_counterpart_asks}}
{{#has_principal_asks}}
## What our side has asked for

{{#principal_asks}}
- {{text}} {{citations}} *({{attribution}}, {{date}})*{{#discrepancy}} *{{discrepancy}}*{{/discrepancy}}
{{/principal_asks}}

{{/has_principal_asks}}
{{> background.md}}
{{> timeline.md}}
{{> figures.md}}
{{#has_quotes}}
## Quotes

{{#quotes}}
> “{{text}}”
> — {{speaker}}{{#speaker_title}}, {{speaker_title}}{{/speaker_title}}, {{date}} {{citations}}

{{/quotes}}
{{/has_quotes}}
{{#has_participants}}
## Participants

{{#participants}}
- **{{name}}**{{#title}}, {{title}}{{/title}}
{{/participants}}

{{/has_participants}}
{{> sources.md}}
"""#

    static let meeting_txt = #"""
{{brief.title}}

{{#meeting}}
Who:            {{participants}}
When:           {{date}}
{{#place}}
Where:          {{place}}
{{/place}}
{{#format}}
Format:         {{format}}
{{/format}}
Prepared on:    {{generated_on}}
{{#period}}
Period covered: {{#from}}from {{from}}{{/from}}{{#to}} to {{to}}{{/to}}
{{/period}}

PURPOSE

{{purpose}}
{{/meeting}}

{{#has_key_points}}
KEY POINTS

{{#key_points}}
  - {{text}} {{citations}}{{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/key_points}}

{{/has_key_points}}
{{#has_last_contact}}
{{#last_contact}}
LAST CONTACT

{{format}}, {{date}}. {{text}} {{citations}}

{{/last_contact}}
{{/has_last_contact}}
{{#has_engagements}}
EARLIER CONTACTS

{{#engagements}}
  - {{date}}: {{format}} {{citations}}
{{/engagements}}

{{/has_engagements}}
{{#has_agreements}}
AGREEMENTS

{{#agreements}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/agreements}}

{{/has_agreements}}
{{#has_commitments}}
COMMITMENTS MADE

{{#commitments}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/commitments}}

{{/has_commitments}}
{{#has_counterpart_asks}}
WHAT THE OTHER SIDE IS LIKELY TO RAISE

{{#counterpart_asks}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/counterpart_asks}}

{{/has_counterpart_asks}}
{{#has_principal_asks}}
WHAT OUR SIDE HAS ASKED FOR

{{#principal_asks}}
  - {{text}} {{citations}} ({{attribution}}, {{date}}){{#discrepancy}} ({{discrepancy}}){{/discrepancy}}
{{/principal_asks}}

{{/has_principal_asks}}
{{> background.txt}}
{{> timeline.txt}}
{{> figures.txt}}
{{#has_quotes}}
QUOTES

{{#quotes}}
  - “{{text}}” ({{speaker}}{{#speaker_title}}, {{speaker_title}}{{/speaker_title}}, {{date}}) {{citations}}
{{/quotes}}

{{/has_quotes}}
{{#has_participants}}
PARTICIPANTS

{{#participants}}
  - {{name}}{{#title}}, {{title}}{{/title}}
{{/participants}}

{{/has_participants}}
{{> sources.txt}}
"""#

    static let sources_md = #"""
{{#has_sources}}
## Sources

{{#sources}}
{{number}}. {{outlet}}, {{published}}: {{#url}}[{{title}}]({{url}}){{/url}}{{^url}}{{title}}{{/url}} ({{file}})
{{/sources}}
{{/has_sources}}
"""#

    static let sources_txt = #"""
{{#has_sources}}
SOURCES

{{#sources}}
  [{{number}}] {{outlet}}, {{published}}: {{title}}{{#url}} <{{url}}>{{/url}} ({{file}})
{{/sources}}
{{/has_sources}}
"""#

    static let timeline_md = #"""
{{#has_timeline}}
## Timeline

| Date | Event | Sources |
| --- | --- | --- |
{{#timeline}}
| {{date}}{{#upcoming}} (upcoming){{/upcoming}} | {{text}} | {{citations}} |
{{/timeline}}

{{/has_timeline}}
"""#

    static let timeline_txt = #"""
{{#has_timeline}}
TIMELINE

{{#timeline}}
  - {{date}}{{#upcoming}} (upcoming){{/upcoming}}: {{text}} {{citations}}
{{/timeline}}

{{/has_timeline}}
"""#
}
