/// The built-in templates, by name. `briefing templates NAME` prints one to start a custom template.
///
/// Names are `KIND.EXT` for briefs (meeting.md, leader.txt) and anything else for partials.
public enum DefaultTemplates {
    public static let all: [String: String] = [
        "meeting.md": meetingMarkdown,
        "meeting.txt": meetingText,
        "leader.md": leaderMarkdown,
        "leader.txt": leaderText,
        "sources.md": sourcesMarkdown,
        "sources.txt": sourcesText,
    ]

    static let meetingMarkdown = #"""
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
{{/meeting}}

{{#has_key_points}}
## Key points

{{#key_points}}
- {{text}} {{citations}}
{{/key_points}}

{{/has_key_points}}
{{#has_sections}}
## Background by topic

{{#sections}}
### {{label}}

{{#facts}}
- {{date}}: {{text}} {{citations}}
{{/facts}}

{{/sections}}
{{/has_sections}}
{{#has_timeline}}
## Timeline

{{#timeline}}
- **{{date}}**{{#upcoming}} (upcoming){{/upcoming}}: {{text}} {{citations}}
{{/timeline}}

{{/has_timeline}}
{{#has_participants}}
## Participants

{{#participants}}
- **{{name}}**{{#title}}, {{title}}{{/title}}
{{/participants}}

{{/has_participants}}
{{> sources.md}}
"""#

    static let meetingText = #"""
{{brief.title}}

{{#meeting}}
Who:          {{participants}}
When:         {{date}}
{{#place}}
Where:        {{place}}
{{/place}}
{{#format}}
Format:       {{format}}
{{/format}}
Prepared on:  {{generated_on}}
{{/meeting}}

{{#has_key_points}}
KEY POINTS

{{#key_points}}
  - {{text}} {{citations}}
{{/key_points}}

{{/has_key_points}}
{{#has_sections}}
BACKGROUND BY TOPIC

{{#sections}}
{{label}}
{{#facts}}
  - {{date}}: {{text}} {{citations}}
{{/facts}}

{{/sections}}
{{/has_sections}}
{{#has_timeline}}
TIMELINE

{{#timeline}}
  - {{date}}{{#upcoming}} (upcoming){{/upcoming}}: {{text}} {{citations}}
{{/timeline}}

{{/has_timeline}}
{{#has_participants}}
PARTICIPANTS

{{#participants}}
  - {{name}}{{#title}}, {{title}}{{/title}}
{{/participants}}

{{/has_participants}}
{{> sources.txt}}
"""#

    static let leaderMarkdown = #"""
# {{brief.title}}

{{#person}}
**{{name}}**{{#title}}, {{title}}{{/title}}
{{/person}}

Prepared on {{generated_on}}.

{{#has_key_points}}
## Key points

{{#key_points}}
- {{text}} {{citations}}
{{/key_points}}

{{/has_key_points}}
{{#has_sections}}
## By topic

{{#sections}}
### {{label}}

{{#facts}}
- {{date}}: {{text}} {{citations}}
{{/facts}}

{{/sections}}
{{/has_sections}}
{{#has_timeline}}
## Timeline

{{#timeline}}
- **{{date}}**{{#upcoming}} (upcoming){{/upcoming}}: {{text}} {{citations}}
{{/timeline}}

{{/has_timeline}}
{{> sources.md}}
"""#

    static let leaderText = #"""
{{brief.title}}

{{#person}}
{{name}}{{#title}}, {{title}}{{/title}}
{{/person}}
Prepared on {{generated_on}}.

{{#has_key_points}}
KEY POINTS

{{#key_points}}
  - {{text}} {{citations}}
{{/key_points}}

{{/has_key_points}}
{{#has_sections}}
BY TOPIC

{{#sections}}
{{label}}
{{#facts}}
  - {{date}}: {{text}} {{citations}}
{{/facts}}

{{/sections}}
{{/has_sections}}
{{#has_timeline}}
TIMELINE

{{#timeline}}
  - {{date}}{{#upcoming}} (upcoming){{/upcoming}}: {{text}} {{citations}}
{{/timeline}}

{{/has_timeline}}
{{> sources.txt}}
"""#

    static let sourcesMarkdown = #"""
{{#has_sources}}
## Sources

{{#sources}}
{{number}}. {{outlet}}, {{published}}: {{#url}}[{{title}}]({{url}}){{/url}}{{^url}}{{title}}{{/url}} ({{file}})
{{/sources}}
{{/has_sources}}
"""#

    static let sourcesText = #"""
{{#has_sources}}
SOURCES

{{#sources}}
  [{{number}}] {{outlet}}, {{published}}: {{title}}{{#url}} <{{url}}>{{/url}} ({{file}})
{{/sources}}
{{/has_sources}}
"""#
}

extension DefaultTemplates {
    /// The base names of the built-in brief templates.
    public static let briefNames = ["leader", "meeting"]
}
