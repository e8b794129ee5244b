/// Emoji and ASCII emoticons: in short comments they are often the only sentiment there is.
enum SentimentSymbols {
    /// Valence by Unicode scalar. Laughter is only mildly positive because it is often sarcastic.
    static let emoji: [UInt32: Double] = [
        // Smiles, love and approval.
        0x1F600: 2.0, 0x1F603: 2.0, 0x1F604: 2.2, 0x1F601: 2.2, 0x1F606: 1.8, 0x1F60A: 2.2, 0x1F642: 1.5,
        0x1F609: 1.2, 0x1F60D: 3.0, 0x1F970: 3.0, 0x1F618: 2.2, 0x1F929: 3.0, 0x1F60E: 1.5, 0x1F607: 2.0,
        0x1F973: 2.5, 0x1F917: 2.0, 0x1F60C: 1.2, 0x263A: 1.8, 0x1F602: 1.0, 0x1F923: 1.0, 0x1F605: 0.5,
        0x1F44D: 2.0, 0x1F44F: 2.0, 0x1F64C: 2.2, 0x1F64F: 1.5, 0x1F4AA: 1.5, 0x1F44C: 1.8, 0x1F91D: 1.5,
        0x2764: 2.5, 0x1F495: 2.5, 0x1F496: 2.5, 0x1F497: 2.5, 0x1F499: 2.2, 0x1F49A: 2.2, 0x1F49B: 2.2,
        0x1F49C: 2.2, 0x1F9E1: 2.2, 0x1F4AF: 2.0, 0x2B50: 1.5, 0x1F31F: 2.0, 0x2728: 1.2, 0x1F389: 2.0,
        0x2705: 1.5, 0x2714: 1.0, 0x1F3C6: 2.0, 0x1F947: 2.0,
        // Anger, sadness, disgust and disapproval.
        0x1F621: -3.0, 0x1F620: -2.8, 0x1F92C: -3.3, 0x1F624: -2.0, 0x1F61E: -2.2, 0x1F614: -1.8,
        0x1F622: -2.2, 0x1F62D: -2.5, 0x1F629: -2.2, 0x1F62B: -2.2, 0x1F616: -2.0, 0x1F623: -1.8,
        0x1F61F: -1.8, 0x1F615: -1.2, 0x1F641: -1.8, 0x2639: -2.0, 0x1F612: -1.8, 0x1F644: -1.8,
        0x1F611: -1.0, 0x1F610: -0.5, 0x1F62C: -1.0, 0x1F630: -2.0, 0x1F631: -2.0, 0x1F628: -2.0,
        0x1F613: -1.5, 0x1F926: -2.0, 0x1F937: -0.8, 0x1F44E: -2.2, 0x1F494: -2.5, 0x274C: -1.5,
        0x1F92E: -3.0, 0x1F922: -2.5, 0x1F4A9: -2.5, 0x1F634: -1.0, 0x1F40C: -1.0, 0x1F595: -3.0,
        0x1F62A: -1.0, 0x1F925: -2.0,
    ]

    /// Recognises an emoticon starting at `i` (":" ";" "=" "<" or "^"), e.g. ":)", ":-(", ":'(", ";)",
    /// ":D", "=)", "<3", "^_^"; repeated mouths (":)))", "<333") count once. Times ("10:30"), URLs
    /// ("http://") and formulas ("x=(1+2)", "a==b") are not faces.
    static func emoticon(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, valence: Double)? {
        switch bytes[i] {
        case 0x3C: return heart(in: bytes, at: i)
        case 0x5E: return caretFace(in: bytes, at: i)
        // "=" is a face only where it cannot be part of a formula: not after "x", "=", "<", ">", "!"
        case 0x3D where byte(bytes, i - 1).map { isAlphanumeric($0) || [0x3D, 0x3C, 0x3E, 0x21].contains($0) } == true: return nil
        default: return face(in: bytes, at: i)
        }
    }

    /// "<3", "<333" and "</3".
    private static func heart(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, valence: Double)? {
        if byte(bytes, i + 1) == 0x33 {
            var j = i + 1
            while byte(bytes, j + 1) == 0x33 { j += 1 }
            return isAlphanumeric(byte(bytes, j + 1)) ? nil : (j - i + 1, 2.5)
        }
        if byte(bytes, i + 1) == 0x2F, byte(bytes, i + 2) == 0x33, !isAlphanumeric(byte(bytes, i + 3)) { return (3, -2.5) }
        return nil
    }

    /// "^^", "^_^", "^-^", "^.^".
    private static func caretFace(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, valence: Double)? {
        if byte(bytes, i + 1) == 0x5E { return (2, 1.8) }
        guard let eye = byte(bytes, i + 1), [0x5F, 0x2D, 0x2E].contains(eye), byte(bytes, i + 2) == 0x5E else { return nil }
        return (3, 1.8)
    }

    /// Eyes (":", ";" or "="), an optional nose ("-", "'", "o"), then a mouth, repeated or not.
    private static func face(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (length: Int, valence: Double)? {
        let wink = bytes[i] == 0x3B
        var j = i + 1
        var tear = false
        if let nose = byte(bytes, j), nose == 0x2D || nose == 0x27 || nose == 0x6F {
            tear = nose == 0x27
            j += 1
        }
        guard let mouth = byte(bytes, j) else { return nil }
        let valence: Double
        switch mouth {
        case 0x29, 0x5D: valence = wink ? 1.2 : 1.8                  // ) ]
        case 0x44 where !wink: valence = 2.2                           // D
        case 0x50, 0x70: valence = 0.8                                 // P p
        case 0x28, 0x5B: valence = tear ? -2.2 : wink ? -1.2 : -1.8    // ( [
        case 0x2F where !wink && byte(bytes, j + 1) != 0x2F: valence = -1.0  // / but not "://"
        case 0x5C where !wink: valence = -1.0                           // \
        case 0x7C where !wink: valence = -0.5                          // |
        default: return nil
        }
        let letterMouth = mouth == 0x44 || mouth == 0x50 || mouth == 0x70 || mouth == 0x2F
        if letterMouth, isAlphanumeric(byte(bytes, j + 1)) { return nil }  // ":Done", ":pending", ":/path"
        while byte(bytes, j + 1) == mouth { j += 1 }
        return (j - i + 1, valence)
    }

    @inline(__always) private static func byte(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> UInt8? {
        k >= 0 && k < bytes.count ? bytes[k] : nil
    }

    @inline(__always) private static func isAlphanumeric(_ b: UInt8?) -> Bool {
        guard let b else { return false }
        return (0x30...0x39).contains(b) || (0x61...0x7A).contains(b | 0x20)
    }
}
