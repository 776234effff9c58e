import Testing

@testable import TilsynKit

/// The scanner's word-at-a-time path for plain records gives exactly what the byte-by-byte path
/// gives — fields, line numbers, record ends, endings and errors — on random text full of the bytes
/// that matter: delimiters, quotes, blanks, CR and LF, near word boundaries and the end of the text.
@Suite struct RecordScannerTests {
  /// What one walk over a text saw: per record its line, start, end, ending and fields, or the error.
  struct Walk: Equatable {
    var records: [[String]] = []
    var error: CSVError?
  }

  static func walk(_ bytes: [UInt8], delimiter: UInt8, wordAtATime: Bool) -> Walk {
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = RecordScanner(buffer: buffer, delimiter: delimiter)
      scanner.triesPlainRecords = wordAtATime
      var walk = Walk()
      while scanner.skipBlankLines() {
        let (start, line) = (scanner.position, scanner.line)
        do throws(CSVError) {
          let ending = try scanner.scanRecord()
          let row = scanner.row(lineNumber: line, start: start)
          walk.records.append(
            ["\(line)", "\(start)", "\(row.rawLine.count)", "\(ending)", "\(scanner.position)"] + row.strings)
        } catch {
          walk.error = error
          break
        }
      }
      return walk
    }
  }

  @Test func wordPathAgreesWithBytePath() {
    var random = SplitMix(state: 2024)
    let specials: [UInt8] = [0x3B, 0x3B, 0x2C, 0x09, 0x20, 0x22, 0x0D, 0x0A, 0x0A, 0x0A]
    var records = 0
    for length in 0..<120 {
      for _ in 0..<40 {
        // Mostly letters, so records of several words come up; the rest special bytes.
        let bytes = (0..<length).map { _ -> UInt8 in
          random.next() % 3 == 0 ? specials[Int(random.next() % UInt64(specials.count))] : 0x61
        }
        for delimiter: UInt8 in [0x3B, 0x09] {
          let fast = Self.walk(bytes, delimiter: delimiter, wordAtATime: true)
          let slow = Self.walk(bytes, delimiter: delimiter, wordAtATime: false)
          #expect(fast == slow, "\(bytes)")
          records += fast.records.count
        }
      }
    }
    #expect(records > 10_000)  // the texts really had records to compare
  }

  @Test func wordPathAgreesWithBytePathOnCSVShapedText() {
    // Records of plain and quoted fields side by side (the word path takes the plain records and
    // leaves the rest to the byte path): quoted simply, with a doubled quote, a delimiter or line
    // break inside, blanks around the quotes, a quote that never closes.
    var random = SplitMix(state: 4180)
    let shapes = [
      "7C0031", "", "2022-01", " 28,15 ", "\"jobsamtale\"", "\"\"", "\" a b \"", "\"a\"\"b\"", "\"a;b\"",
      "\"a\nb\"", " \"a\"", "\"a\" ", "a\"b", "\"open",
    ]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int(random.next() % 4) {
        let fields = (0..<1 + Int(random.next() % 5)).map { _ in shapes[Int(random.next() % UInt64(shapes.count))] }
        text += fields.joined(separator: ";") + (random.next() % 3 == 0 ? "\r\n" : "\n")
      }
      let bytes = Array(text.utf8)
      #expect(
        Self.walk(bytes, delimiter: 0x3B, wordAtATime: true) == Self.walk(bytes, delimiter: 0x3B, wordAtATime: false),
        "\(text)")
    }
  }

  @Test func plainRowsTakeTheWordPath() {
    // Plain rows with LF and CRLF endings, blanks around fields, an empty last field.
    let text = "7C0031;2022-01; 28,15 \n7C0031;2022-02;27,22\r\n7C0032;2022-01;\n" + String(repeating: " ", count: 8)
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      var scanner = RecordScanner(buffer: buffer, delimiter: 0x3B)
      #expect(scanner.scanPlainRecord() == .lf)
      #expect(scanner.row(lineNumber: 1, start: 0).strings == ["7C0031", "2022-01", "28,15"])
      #expect(scanner.scanPlainRecord() == .crlf)
      #expect(scanner.row(lineNumber: 2, start: 23).strings == ["7C0031", "2022-02", "27,22"])
      #expect(scanner.scanPlainRecord() == .lf)
      #expect(scanner.row(lineNumber: 3, start: 45).strings == ["7C0032", "2022-01", ""])
      #expect((scanner.line, scanner.position) == (4, 61))
    }
  }

  @Test func simpleQuotedFieldsTakeTheFastPath() {
    // Quoted right at the field's start, closed right before a delimiter or the line's end: the
    // delimiter inside is text, blanks inside are trimmed, an empty pair is an empty field.
    let padding = String(repeating: " ", count: 16)
    let cases: [(String, [String], RecordEnding)] = [
      ("a;\"b\";c\n", ["a", "b", "c"], .lf),
      ("a;\"b;c\";d\n", ["a", "b;c", "d"], .lf),
      ("\"\";\" x \";\"a\"\r\n", ["", "x", "a"], .crlf),
      ("\"7C0031\";\"2022-01-25\";\"jobsamtale\";\"\"\n", ["7C0031", "2022-01-25", "jobsamtale", ""], .lf),
    ]
    for (text, fields, ending) in cases {
      Array((text + padding).utf8).withUnsafeBufferPointer { buffer in
        var scanner = RecordScanner(buffer: buffer, delimiter: 0x3B)
        #expect(scanner.scanPlainRecord() == ending, "\(text)")
        #expect(scanner.row(lineNumber: 1, start: 0).strings == fields)
        #expect((scanner.line, scanner.position) == (2, text.utf8.count))
      }
    }
  }

  @Test func otherQuotesLoneCarriageReturnsAndTheTextsEndAreLeftToTheBytePath() {
    let padding = String(repeating: " ", count: 16)
    let texts = [
      "a;\"b\"\"c\";d\n" + padding, "a; \"b\";c\n" + padding, "a;\"b\" ;c\n" + padding, "a;b\"c;d\n" + padding,
      "a;\"b\nc\";d\n" + padding, "a;\"b\"c;d\n" + padding, "a;\"open;d\n" + padding, "a;b\rc;d\n" + padding,
      "a;\"b\"\rc\n" + padding, "a;b;c\n", "a;b;c;d;e;f", "a;\"b\"",
    ]
    for text in texts {
      Array(text.utf8).withUnsafeBufferPointer { buffer in
        var scanner = RecordScanner(buffer: buffer, delimiter: 0x3B)
        #expect(scanner.scanPlainRecord() == nil, "\(text)")
        #expect((scanner.line, scanner.position) == (1, 0))
      }
    }
  }
}
