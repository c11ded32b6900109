/// Folds Latin letters with diacritics to lowercase ASCII from a fixed table (Lương → luong, Đ → d).
///
/// A table rather than Foundation's `folding(options:)`: that call leaves đ/Đ, ø and ł
/// untouched and its behaviour depends on the ICU build; the table gives the same bytes
/// on every platform. It covers Latin-1 Supplement, Latin Extended-A/B and Latin Extended
/// Additional (all Vietnamese letters); combining marks (U+0300–U+036F) are dropped.
enum DiacriticFolding {
    // One character per code point: a letter is the folded form, `*` an expansion
    // listed in `expansions`, `_` not folded by the table.
    private static let latinLow: [UInt8] = Array((
        "aaaaaa*ceeeeiiiidnooooo_ouuuuy**aaaaaa*ceeeeiiiidnooooo_ouuuuy*y"   // U+00C0
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkqlllllll" // U+0100
        + "lllnnnnnn_nnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" // U+0140
        + "bbbb___ccdddd___effg_*iikkl__nn_oo**pp_____ttttuu_vyyzz_________" // U+0180
        + "____*********aaiioouuuuuuuuuu_aaaa**ggggkkoooo__j***gg__nnaa**oo" // U+01C0
        + "aaaaeeeeiiiioooorrrruuuusstt__hh_d__zzaaeeooooooooyylntj**acclts" // U+0200
        + "z__bu_eejj__rryy"                                                 // U+0240
    ).utf8)
    private static let latinLowStart: UInt32 = 0x00C0

    private static let latinAdditional: [UInt8] = Array((
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"   // U+1E00
        + "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" // U+1E40
        + "wwwwwwwwwwxxxxyyzzzzzzhtwyasss*_aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" // U+1E80
        + "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy**vvyy" // U+1EC0
    ).utf8)
    private static let latinAdditionalStart: UInt32 = 0x1E00

    private static let expansions: [UInt32: ArraySlice<UInt8>] = {
        let pairs: [(UInt32, String)] = [
            (0x00C6, "ae"), (0x00E6, "ae"), (0x00DE, "th"), (0x00FE, "th"), (0x00DF, "ss"),
            (0x0132, "ij"), (0x0133, "ij"), (0x0152, "oe"), (0x0153, "oe"), (0x0195, "hv"),
            (0x01A2, "oi"), (0x01A3, "oi"), (0x01C4, "dz"), (0x01C5, "dz"), (0x01C6, "dz"),
            (0x01C7, "lj"), (0x01C8, "lj"), (0x01C9, "lj"), (0x01CA, "nj"), (0x01CB, "nj"),
            (0x01CC, "nj"), (0x01E2, "ae"), (0x01E3, "ae"), (0x01F1, "dz"), (0x01F2, "dz"),
            (0x01F3, "dz"), (0x01FC, "ae"), (0x01FD, "ae"), (0x0238, "db"), (0x0239, "qp"),
            (0x1E9E, "ss"), (0x1EFA, "ll"), (0x1EFB, "ll"),
        ]
        var table: [UInt32: ArraySlice<UInt8>] = [:]
        for (scalar, text) in pairs { table[scalar] = ArraySlice(text.utf8) }
        return table
    }()

    private static let star = UInt8(ascii: "*")
    private static let blank = UInt8(ascii: "_")

    /// Appends the folded form of a non-ASCII scalar to `buffer`; returns false when the
    /// table does not know the scalar (the caller then falls back to Unicode lowercasing).
    /// Combining marks append nothing and return true, so they never split a word.
    static func append(_ scalar: UInt32, to buffer: inout [UInt8]) -> Bool {
        if scalar >= 0x0300 && scalar <= 0x036F { return true }
        guard
            let letter = lookup(scalar, in: latinLow, from: latinLowStart)
                ?? lookup(scalar, in: latinAdditional, from: latinAdditionalStart)
        else { return false }
        if letter == blank { return false }
        if letter == star {
            guard let expansion = expansions[scalar] else { return false }
            buffer.append(contentsOf: expansion)
            return true
        }
        buffer.append(letter)
        return true
    }

    @inline(__always)
    private static func lookup(_ scalar: UInt32, in table: [UInt8], from start: UInt32) -> UInt8? {
        guard scalar >= start else { return nil }
        let offset = Int(scalar - start)
        return offset < table.count ? table[offset] : nil
    }
}
