/// Lowercased word lists that decide whether a full stop ends a sentence.
enum WordLists {
    /// Abbreviations that are practically never the last word of a sentence (titles, "e.g.").
    static let neverFinal = WordTable([
        "mr", "mrs", "ms", "mx", "messrs", "mme", "mlle", "dr", "drs", "prof", "profs",
        "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "cmdr", "brig", "cpl", "pvt",
        "gov", "sen", "sens", "rep", "reps", "rev", "hon", "pres", "supt", "atty", "insp",
        "amb", "fr", "mt", "ft", "e.g", "i.e", "viz", "cf", "vs",
    ])

    /// Abbreviations that end a sentence only when a typical sentence opener follows.
    static let abbreviations = WordTable([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "inc", "co", "corp", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "ave", "blvd", "rd",
        "etc", "approx", "est", "dept", "univ", "assn", "govt", "intl", "natl", "al",
        "vol", "vols", "fig", "figs", "pp", "ch", "sec", "para", "ed", "eds",
    ])

    /// Words that are abbreviations only in front of a number ("No. 5"), ordinary words otherwise.
    static let beforeNumber = WordTable(["no", "nos", "nr", "n°", "nº", "art", "op"])

    /// Capitalised words that usually open a sentence, so a preceding abbreviation ends one.
    static let sentenceOpeners = WordTable([
        "a", "an", "the", "this", "that", "these", "those", "there", "here",
        "i", "he", "she", "it", "we", "they", "you", "his", "her", "its", "our", "their", "my", "your",
        "but", "and", "or", "so", "yet", "nor", "however", "meanwhile", "still", "then", "now",
        "also", "instead", "thus", "therefore", "moreover", "furthermore", "nevertheless",
        "in", "on", "at", "as", "by", "for", "from", "with", "after", "before", "during", "since",
        "while", "when", "if", "although", "though", "because", "unless", "until", "despite",
        "according", "under", "over", "about", "among", "earlier", "later", "today", "yesterday",
        "what", "who", "whom", "why", "how", "where", "which",
        "did", "do", "does", "is", "are", "was", "were", "will", "would", "can", "could",
        "should", "has", "have", "had", "not", "no", "yes", "one", "some", "many", "most",
        "all", "both", "each", "every", "other", "such", "last", "next", "let", "please",
    ])

    /// Verbs of speech that mark a capitalised word after a closing quote as attribution.
    static let speechVerbs = WordTable([
        "said", "says", "told", "added", "asked", "wrote", "noted", "stated", "explained",
        "continued", "replied", "insisted", "argued", "warned", "declared", "announced",
        "tweeted", "posted", "recalled", "responded", "remarked", "stressed", "emphasized",
        "emphasised", "acknowledged", "admitted", "suggested", "claimed", "concluded",
        "cautioned", "countered", "observed", "agreed", "answered", "shouted", "whispered",
    ])

    /// Capitalised words that commonly follow "a.m."/"p.m." inside a sentence.
    static let timeFollowers = WordTable([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
        "gmt", "utc", "bst", "cet", "cest", "kst", "jst", "ist", "aest", "local",
    ])

    /// Domain suffixes that make "Example.Com" a web address rather than two sentences.
    static let domainSuffixes = WordTable([
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "biz", "io", "ai", "co", "tv", "news",
        "uk", "us", "eu", "kr", "jp", "cn", "de", "fr", "au", "ca",
    ])

    /// Multi-period abbreviations of time of day.
    static let timeOfDay = WordTable(["a.m", "p.m"])
}
