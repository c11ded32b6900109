/// Sentences from the sample corpus that the thresholds were tuned on.
enum SampleCases {
    // Same fact, two outlets (Korea JoongAng Daily via Yonhap; JoongAng Ilbo): must merge.
    static let quoteFromKang = "\"The two leaders agreed to expand and deepen bilateral cooperation to match the level of their comprehensive strategic partnership, including in strategic sectors, such as high-speed rail and nuclear power,\" Kang told reporters."
    static let rephrasedByJoongAng = "The two leaders agreed to deepen strategic cooperation in areas such as high-speed rail and nuclear energy."

    // One call, two different facts: preferably apart.
    static let callElevatesTies = "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday and agreed to elevate bilateral ties across the economic, infrastructure and energy sectors, Lee's office said."
    static let callsFifthAndSixth = "President Lee Jae-myung spoke with Vietnamese President Luong Cuong and Australian Prime Minister Anthony Albanese respectively on Thursday, marking his fifth and sixth phone calls with foreign leaders since taking office."

    // A caption repeated verbatim: must merge.
    static let caption = "President Lee Jae-myung speaks on the phone with Vietnamese President Luong Cuong at the presidential office in Yongsan District, central Seoul, on June 12. [PRESIDENTIAL OFFICE]"

    // Different events sharing many words: must stay apart.
    static let albaneseSupplyChains = "The two leaders agreed to strengthen cooperation on supply chains related to defense, clean energy and critical minerals."
    static let cuongCallTime = "Lee spoke with Cuong at 9:30 a.m. for approximately 25 minutes."
    static let albaneseCallTime = "Lee spoke with Albanese for about 15 minutes starting at 5 p.m."
    static let delegationExchanges = "The two leaders agreed to continue promoting delegation exchanges and exchanges at all levels through various channels."
    static let peopleToPeople = "The two leaders agreed to step up educational, cultural and people-to-people collaboration."

    static let mustMerge: [(String, String)] = [(quoteFromKang, rephrasedByJoongAng), (caption, caption)]
    static let mustStayApart: [(String, String)] = [
        (albaneseSupplyChains, rephrasedByJoongAng),
        (albaneseSupplyChains, quoteFromKang),
        (cuongCallTime, albaneseCallTime),
        (delegationExchanges, peopleToPeople),
        (callElevatesTies, callsFifthAndSixth),
    ]

    /// Every case sentence once.
    static let all: [String] = [
        quoteFromKang, rephrasedByJoongAng, callElevatesTies, callsFifthAndSixth, caption,
        albaneseSupplyChains, cuongCallTime, albaneseCallTime, delegationExchanges, peopleToPeople,
    ]
}
