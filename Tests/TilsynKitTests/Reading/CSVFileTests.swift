import Foundation
import Testing
@testable import TilsynKit

/// Reads `bytes` and returns the header and every data record as strings, with line numbers.
func readAll(_ bytes: [UInt8]) throws -> (file: CSVFile, rows: [[String]], lines: [Int]) {
  let file = try CSVFile(bytes: bytes)
  var rows: [[String]] = []
  var lines: [Int] = []
  do {
    try file.forEachRow { (row: CSVRow) throws(Never) in
      rows.append(row.strings)
      lines.append(row.lineNumber)
    }
  } catch {
    switch error {
    case .csv(let error): throw error
    }
  }
  return (file, rows, lines)
}

func readAll(_ text: String) throws -> (file: CSVFile, rows: [[String]], lines: [Int]) {
  try readAll(Array(text.utf8))
}

@Suite struct CSVFileTests {
  @Test func semicolonWithLF() throws {
    let (file, rows, lines) = try readAll("a;b;c\n1;2;3\n4;5;6\n")
    #expect(file.header == ["a", "b", "c"])
    #expect(file.delimiter == UInt8(ascii: ";"))
    #expect(rows == [["1", "2", "3"], ["4", "5", "6"]])
    #expect(lines == [2, 3])
    #expect(try file.dialect().lineEnding == .lf)
  }

  @Test func commaWithCRLFAndNoFinalNewline() throws {
    let (file, rows, _) = try readAll("a,b\r\n1,2\r\n3,4")
    #expect(file.delimiter == UInt8(ascii: ","))
    #expect(rows == [["1", "2"], ["3", "4"]])
    #expect(try file.dialect().lineEnding == .crlf)
  }

  @Test func tabDelimitedWithBlankTabLine() throws {
    let (file, rows, lines) = try readAll("a\tb\n1\t2\n\t \t\n3\t\n")
    #expect(file.delimiter == 0x09)
    #expect(rows == [["1", "2"], ["3", ""]])
    #expect(lines == [2, 4])
  }

  /// SPEC 3.1: the most frequent delimiter outside quotes wins; ties go `;`, TAB, `,`.
  @Test func delimiterDetection() throws {
    #expect(try readAll("a;b,c;d\n").file.delimiter == UInt8(ascii: ";"))
    #expect(try readAll("a,b,c;d\n").file.delimiter == UInt8(ascii: ","))
    #expect(try readAll("a,b;c\n").file.delimiter == UInt8(ascii: ";"))
    #expect(try readAll("a,b\tc\n").file.delimiter == 0x09)
    #expect(try readAll("\"a;b;c\",d,e\n").file.delimiter == UInt8(ascii: ","))
    #expect(try readAll("kolonne\n1\n").file.delimiter == UInt8(ascii: ";"))
  }

  @Test func quotedFieldsWithDelimitersDoubledQuotesAndLineBreaks() throws {
    let text = "a;b;c\n\"x;y\";\"sagde \"\"hej\"\"\";\"to\nlinjer\"\n\"\";\" \";z\n"
    let (_, rows, lines) = try readAll(text)
    #expect(rows == [["x;y", "sagde \"hej\"", "to\nlinjer"], ["", "", "z"]])
    #expect(lines == [2, 4])
  }

  @Test func crlfInsideQuotesIsKeptAndLinesAreCounted() throws {
    let (_, rows, lines) = try readAll("a;b\r\n\"1\r\n2\";3\r\n4;5\r\n")
    #expect(rows == [["1\r\n2", "3"], ["4", "5"]])
    #expect(lines == [2, 4])
  }

  @Test func fieldsAreTrimmedAfterUnquoting() throws {
    let (file, rows, _) = try readAll(" a ; B \n  1 ;\" 2 \" ; \"3\" \n")
    #expect(file.header == ["a", "B"])
    #expect(rows == [["1", "2", "3"]])
  }

  @Test func blankLinesAreSkippedButEmptyFieldsAreNot() throws {
    let (_, rows, lines) = try readAll("\n  \na;b\n\n1;2\n \t \n;\n")
    #expect(rows == [["1", "2"], ["", ""]])
    #expect(lines == [5, 7])
  }

  @Test func emptyLastFieldAndTrailingDelimiter() throws {
    let (_, rows, _) = try readAll("a;b;c\n1;2;\n1;2;3;\n")
    #expect(rows == [["1", "2", ""], ["1", "2", "3", ""]])
  }

  @Test func byteOrderMarkMeansUTF8() throws {
    let (file, rows, _) = try readAll([0xEF, 0xBB, 0xBF] + Array("navn\nÆrø\n".utf8))
    #expect(file.encoding == .utf8WithBOM)
    #expect(file.header == ["navn"])
    #expect(rows == [["Ærø"]])
  }

  @Test func windows1252LettersAndEuroAreDecoded() throws {
    // "navn;tekst\nÆbeltoft;é 5 € øå\n" in Windows-1252.
    let bytes: [UInt8] =
      Array("navn;tekst\n".utf8) + [0xC6] + Array("beltoft;".utf8) + [0xE9, 0x20, 0x35, 0x20, 0x80]
      + [0x20, 0xF8, 0xE5, 0x0A]
    let (file, rows, _) = try readAll(bytes)
    #expect(file.encoding == .windows1252)
    #expect(rows == [["Æbeltoft", "é 5 € øå"]])
  }

  @Test func windows1252UndefinedBytesBecomeC1Controls() {
    let out = TextEncoding.transcodeWindows1252([0x81, 0x9F])
    #expect(String(decoding: out, as: UTF8.self) == "\u{81}Ÿ")
  }

  @Test func windows1252TranscodingAgreesWithFoundation() throws {
    // Foundation's code page leaves the five undefined bytes out; every other byte is compared, in
    // runs long and short enough to take both the eight-byte ASCII path and the byte path.
    let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
    var random = SplitMix(state: 1252)
    for length in 0..<300 {
      let bytes = (0..<length % 61).map { _ -> UInt8 in
        let byte = UInt8(truncatingIfNeeded: random.next())
        return random.next() % 4 == 0 && !undefined.contains(byte) ? byte : byte & 0x7F
      }
      let expected = try #require(String(data: Data(bytes), encoding: .windowsCP1252))
      #expect(TextEncoding.transcodeWindows1252(bytes) == Array(expected.utf8), "\(bytes)")
    }
  }

  @Test func utf8ValidationAgreesWithTheStandardLibrary() {
    // ASCII runs long enough for the 32- and 8-byte paths, broken by valid and invalid sequences.
    let pieces: [[UInt8]] = [
      Array("æ".utf8), Array("€".utf8), Array("😀".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE6], [0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ]
    var random = SplitMix(state: 8)
    for _ in 0..<2000 {
      var bytes: [UInt8] = []
      for _ in 0..<Int(random.next() % 4) {
        bytes += [UInt8](repeating: 0x61, count: Int(random.next() % 70))
        if random.next() % 2 == 0 { bytes += pieces[Int(random.next() % UInt64(pieces.count))] }
      }
      #expect(TextEncoding.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
  }

  @Test func utf8ValidationIsStrict() {
    #expect(TextEncoding.isValidUTF8(Array("æøå €😀 plain ascii text here".utf8)))
    #expect(!TextEncoding.isValidUTF8([0xC0, 0x80]))  // overlong NUL
    #expect(!TextEncoding.isValidUTF8([0xED, 0xA0, 0x80]))  // surrogate
    #expect(!TextEncoding.isValidUTF8([0xF4, 0x90, 0x80, 0x80]))  // above U+10FFFF
    #expect(!TextEncoding.isValidUTF8([0x61, 0xE6]))  // Windows-1252 æ
    #expect(!TextEncoding.isValidUTF8([0xE2, 0x82]))  // cut off
  }

  @Test func unterminatedQuoteNamesTheLineWhereItOpened() throws {
    #expect(throws: CSVError.unterminatedQuote(line: 3)) {
      try readAll("a;b\n1;2\n3;\"fire\n5;6\n7;8\n")
    }
    #expect(throws: CSVError.unterminatedQuote(line: 1)) { try readAll("\"a;b\n1;2\n") }
  }

  @Test func emptyFileHasNoHeader() throws {
    #expect(throws: CSVError.noHeader) { try readAll("") }
    #expect(throws: CSVError.noHeader) { try readAll(" \n\t\r\n") }
  }

  @Test func headerOnlyHasNoRows() throws {
    let (file, rows, _) = try readAll("a;b\n")
    #expect(file.header == ["a", "b"])
    #expect(rows.isEmpty)
  }

  @Test func strayQuoteInUnquotedFieldIsData() throws {
    let (_, rows, _) = try readAll("a;b\n5\" skærm;x\n")
    #expect(rows == [["5\" skærm", "x"]])
  }

  @Test func textAfterClosingQuoteIsKept() throws {
    let (_, rows, _) = try readAll("a;b\n\"ab\"cd;x\n")
    #expect(rows == [["abcd", "x"]])
  }

  @Test func loneCarriageReturnIsData() throws {
    let (_, rows, _) = try readAll("a;b\n1\r2;3\n")
    #expect(rows == [["1\r2", "3"]])
  }

  @Test func oneMegabyteField() throws {
    let big = String(repeating: "x", count: 1 << 20)
    let quoted = String(repeating: "ab\"\"", count: 1 << 18)
    let (_, rows, _) = try readAll("a;b\n\(big);\"\(quoted)\"\n")
    #expect(rows.count == 1)
    #expect(rows[0][0].utf8.count == 1 << 20)
    #expect(rows[0][1] == String(repeating: "ab\"", count: 1 << 18))
  }

  @Test func rawLineIsTheRecordAsWritten() throws {
    let file = try CSVFile(bytes: Array("a;b\r\n\"x\";y\r\n".utf8))
    var raw: [String] = []
    try file.forEachRow { (row: CSVRow) throws(Never) in
      raw.append(String(decoding: row.rawLine, as: UTF8.self))
    }
    #expect(raw == ["\"x\";y"])
  }

  @Test func mixedLineEndingsAreReported() throws {
    #expect(try readAll("a\r\n1\n2\r\n").file.dialect().lineEnding == .mixed)
    #expect(try readAll("a").file.dialect().lineEnding == .none)
  }
}
