import Foundation

/// HTML character references that page dumps keep in their text ("AT&amp;T", "Lee&#8217;s",
/// "&ldquo;key partner&rdquo;"), decoded before a page is split into lines, so that a brief never
/// shows them.
///
/// A reference is `&name;`, `&#digits;` or `&#xhex;`. Names are those of HTML that news text uses
/// (punctuation, spaces, symbols, the accented letters of Latin scripts); an unknown name, a number
/// that is no Unicode scalar, or an ampersand without a closing `;` ("AT&T", a URL's `&b=2`) stays
/// as written. A reference to a control character (`&#10;`) becomes a space: it cannot break a line.
enum CharacterReferences {
    /// `bytes` (valid UTF-8) with every reference decoded; the same array when it has none.
    static func decoded(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, memchr(base, 0x26, buffer.count) != nil else { return bytes }
            return decode(buffer) ?? bytes
        }
    }

    /// The longest name looked for, and so how far past `&` a `;` is looked for.
    private static let longestReference = 10

    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < buffer.count {
            guard buffer[index] == 0x26, let (scalar, end) = reference(in: buffer, at: index) else {
                index += 1
                continue
            }
            if output.isEmpty { output.reserveCapacity(buffer.count) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<index]))
            let written = scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0) ? " " : scalar
            output.append(contentsOf: String(Character(written)).utf8)
            index = end
            copied = end
        }
        guard copied > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied...]))
        return output
    }

    /// The scalar of the reference whose `&` is at `start`, and where it ends (after its `;`).
    private static func reference(in buffer: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        let limit = min(buffer.count, start + 2 + longestReference)
        var semicolon = start + 1
        while semicolon < limit, buffer[semicolon] != 0x3B {
            let byte = buffer[semicolon]
            // Only letters, digits and '#' make up a reference.
            guard ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x23 else { return nil }
            semicolon += 1
        }
        guard semicolon < limit, semicolon > start + 1 else { return nil }
        let body = UnsafeBufferPointer(rebasing: buffer[(start + 1)..<semicolon])
        let scalar = body[0] == 0x23 ? numeric(UnsafeBufferPointer(rebasing: body.dropFirst())) : named[String(decoding: body, as: UTF8.self)]
        return scalar.map { ($0, semicolon + 1) }
    }

    /// `digits` or `xhex` as a scalar; nil for none, zero, a surrogate or past U+10FFFF.
    private static func numeric(_ digits: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard let first = digits.first else { return nil }
        let hex = (first | 0x20) == 0x78
        let text = String(decoding: hex ? UnsafeBufferPointer(rebasing: digits.dropFirst()) : digits, as: UTF8.self)
        guard !text.isEmpty, let value = UInt32(text, radix: hex ? 16 : 10), value != 0 else { return nil }
        return Unicode.Scalar(value)
    }

    static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hellip": "\u{2026}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "prime": "\u{2032}", "Prime": "\u{2033}", "middot": "\u{B7}", "bull": "\u{2022}",
        "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}", "deg": "\u{B0}", "sect": "\u{A7}", "para": "\u{B6}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "yen": "\u{A5}", "cent": "\u{A2}", "curren": "\u{A4}",
        "times": "\u{D7}", "divide": "\u{F7}", "plusmn": "\u{B1}", "frac12": "\u{BD}", "frac14": "\u{BC}",
        "frac34": "\u{BE}", "percnt": "%", "num": "#", "dollar": "$", "commat": "@",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "Acirc": "Â",
        "atilde": "ã", "Atilde": "Ã", "auml": "ä", "Auml": "Ä", "aring": "å", "Aring": "Å",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "Ecirc": "Ê",
        "euml": "ë", "Euml": "Ë", "iacute": "í", "Iacute": "Í", "igrave": "ì", "Igrave": "Ì",
        "icirc": "î", "Icirc": "Î", "iuml": "ï", "Iuml": "Ï", "oacute": "ó", "Oacute": "Ó",
        "ograve": "ò", "Ograve": "Ò", "ocirc": "ô", "Ocirc": "Ô", "otilde": "õ", "Otilde": "Õ",
        "ouml": "ö", "Ouml": "Ö", "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "Uacute": "Ú",
        "ugrave": "ù", "Ugrave": "Ù", "ucirc": "û", "Ucirc": "Û", "uuml": "ü", "Uuml": "Ü",
        "yacute": "ý", "Yacute": "Ý", "ccedil": "ç", "Ccedil": "Ç", "ntilde": "ñ", "Ntilde": "Ñ",
        "szlig": "ß", "aelig": "æ", "AElig": "Æ", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š",
        "zcaron": "ž", "Zcaron": "Ž",
    ]
}
