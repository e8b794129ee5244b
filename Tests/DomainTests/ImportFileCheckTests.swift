import Domain
import Testing

/// Files that are not UTF-8 text are refused saying what they are, or where each fault lies.
@Suite struct ImportFileCheckTests {
    static func refusal(_ bytes: [UInt8]) -> String? {
        do {
            _ = try ImportPreview.read(bytes, isWholeFile: true, settings: ImportSettings(columns: [.text: "comment"]), directory: ImportDirectory())
            return nil
        } catch { return error.description }
    }

    @Test func utf16IsNamedWithOrWithoutAByteOrderMark() {
        let text = "comment\nhello there\n"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [little, big] { #expect(Self.refusal(bytes)?.contains("UTF-16 text: save it as UTF-8") == true) }
    }

    @Test func aNulByteIsRefusedWithItsLineAndByte() {
        let refusal = Self.refusal(Array("comment\nab\u{0}c\n".utf8))
        #expect(refusal?.contains("Line 2, byte 3 is a NUL byte") == true, "\(refusal ?? "accepted")")
    }

    @Test func everyInvalidSequenceIsPlacedUpToTwenty() {
        var bytes = Array("comment\n".utf8)
        for _ in 0..<25 { bytes += Array("ok ".utf8) + [0xFF] + Array("\r\n".utf8) }
        let refusal = Self.refusal(bytes) ?? ""
        #expect(refusal.contains("line 2, byte 4; line 3, byte 4"), "\(refusal)")
        #expect(refusal.contains("line 21, byte 4 (the first 20 of 25)"), "\(refusal)")
        #expect(!refusal.contains("line 22"))
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xF4, 0x90, 0x80, 0x80]] as [[UInt8]])
    func malformedSequencesAreFaults(_ sequence: [UInt8]) {
        var scan = TextScan()
        scan.feed(Array("abc".utf8) + sequence)
        scan.finish()
        #expect(scan.invalidUTF8.first == TextScan.Place(line: 1, byte: 4))
    }

    @Test func chunksSplitAnywhereReadAlike() {
        let bytes = Array("a€b\r\nc😀\rd".utf8) + [0xE2, 0x28] + Array("\nend".utf8)
        var whole = TextScan(), bytewise = TextScan()
        whole.feed(bytes)
        for byte in bytes { bytewise.feed([byte]) }
        whole.finish(); bytewise.finish()
        #expect(whole.invalidUTF8 == [TextScan.Place(line: 3, byte: 2)])
        #expect(bytewise.invalidUTF8 == whole.invalidUTF8)
    }

    @Test func validTextPasses() {
        var scan = TextScan()
        scan.feed(Array("Straße, 東京, 😀, naïve\r\nline two".utf8))
        scan.finish()
        #expect(scan.problem == nil)
    }

    @Test func surveyDefinitionsAndDataFilesSayWhatToExport() {
        let qsf = #"{"SurveyEntry":{"SurveyID":"SV_1","SurveyName":"Pulse"},"SurveyElements":[]}"#
        let lss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document>\n <LimeSurveyDocType>Survey</LimeSurveyDocType>\n</document>\n"
        let sav = Array("$FL2@(#) IBM SPSS STATISTICS".utf8) + [0, 0, 2, 0]
        #expect(Self.refusal(Array(qsf.utf8))?.contains("Qualtrics survey definition (.qsf)") == true)
        #expect(Self.refusal(Array(lss.utf8))?.contains("LimeSurvey survey structure (.lss)") == true)
        #expect(Self.refusal(sav)?.contains("SPSS data file (.sav)") == true)
        #expect(Self.refusal([0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0])?.contains("Excel workbook") == true)
    }
}
