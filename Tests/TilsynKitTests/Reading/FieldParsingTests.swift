import Testing
@testable import TilsynKit

/// Runs `body` on the UTF-8 bytes of `text`.
func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
  Array(text.utf8).withUnsafeBufferPointer(body)
}

@Suite struct FieldParsingTests {
  @Test(arguments: [
    ("2024-02-29", Day(2024, 2, 29)), ("29-02-2024", Day(2024, 2, 29)), ("29.02.2024", Day(2024, 2, 29)),
    ("29/02/2024", Day(2024, 2, 29)), ("1-2-2023", Day(2023, 2, 1)), ("1.12.2023", Day(2023, 12, 1)),
    ("31/1/2023", Day(2023, 1, 31)), ("01-02-2023", Day(2023, 2, 1)),
  ])
  func datesInEveryFormat(text: String, expected: Day) {
    #expect(withBytes(text, FieldParsing.date) == expected)
  }

  @Test(arguments: [
    "2023-02-29", "29-02-2023", "2024-13-01", "2024-00-10", "2024-01-00", "31.04.2024", "2024/01/05",
    "2024-1-05", "1-2-23", "01-02.2023", "1/2-2023", "2024-01-1", "abcd-ef-gh", "", "2024-01-015",
    "123-1-2024", "0000-01-01", "2024-01-01 ", "+2024-01-01",
  ])
  func notDates(text: String) {
    #expect(withBytes(text, FieldParsing.date) == nil)
  }

  @Test func months() {
    #expect(withBytes("2024-02", FieldParsing.month) == YearMonth(year: 2024, month: 2))
    for bad in ["2024-13", "2024-00", "2024-2", "02-2024", "2024-02-01", "2024/02", ""] {
      #expect(withBytes(bad, FieldParsing.month) == nil, "\(bad)")
    }
  }

  /// SPEC 3.1: `37,5` or `37.5`; with a comma, `.` groups thousands; no sign or exponent.
  @Test(arguments: [
    ("37,5", 37_500_000), ("37.5", 37_500_000), ("1.234,5", 1_234_500_000), ("1.234", 1_234_000),
    ("0", 0), ("100", 100_000_000), ("1.234.567,25", 1_234_567_250_000), ("43,3", 43_300_000),
    ("0,0000005", 1), ("0,0000004", 0), ("12,1234565", 12_123_457),
  ])
  func decimals(text: String, units: Int64) {
    #expect(withBytes(text, FieldParsing.decimal) == FixedDecimal(units: units))
  }

  @Test(arguments: [
    "-1", "+1", "1e3", "1,2,3", "1.2.3", ",5", "5,", ".5", "5.", "1.23,4", "12.3456,7", "1,234.5", "abc",
    "", "1 000", "1234567890123",
  ])
  func notDecimals(text: String) {
    #expect(withBytes(text, FieldParsing.decimal) == nil)
  }

  /// The one-pass reading of the common form agrees with the general one on every string of
  /// digits, separators and a stray byte, up to 14 long (random, seeded).
  @Test func onePassDecimalAgreesWithTheGeneralReading() {
    var generator = SplitMix(state: 3)
    let alphabet = Array("0123456789,.x 5".utf8)
    for _ in 0..<50_000 {
      let length = Int(generator.next() % 15)
      let text = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
      let fast = text.withUnsafeBufferPointer(FieldParsing.decimal)
      let general = text.withUnsafeBufferPointer(FieldParsing.groupedDecimal)
      #expect(fast == general, "\(String(decoding: text, as: UTF8.self))")
    }
  }

  @Test func integers() {
    #expect(withBytes("400000", FieldParsing.integer) == 400_000)
    #expect(withBytes("4.000", FieldParsing.integer) == nil)
    #expect(withBytes("-4", FieldParsing.integer) == nil)
    #expect(withBytes("", FieldParsing.integer) == nil)
  }

  @Test func personIds() {
    #expect(withBytes("Ab_9-x", FieldParsing.isValidPersonId))
    #expect(withBytes(String(repeating: "a", count: 64), FieldParsing.isValidPersonId))
    #expect(!withBytes(String(repeating: "a", count: 65), FieldParsing.isValidPersonId))
    #expect(!withBytes("", FieldParsing.isValidPersonId))
    #expect(!withBytes("a b", FieldParsing.isValidPersonId))
    #expect(!withBytes("søren", FieldParsing.isValidPersonId))
    #expect(!withBytes("a.b", FieldParsing.isValidPersonId))
  }

  /// SPEC 3.1: six digits forming a DDMMYY date (29 February always valid), optional `-`, four digits.
  @Test func cprNumbers() {
    for cpr in ["0101901234", "010190-1234", "290223-0000", "311299-9999", "3112999999"] {
      #expect(withBytes(cpr, FieldParsing.looksLikeCPR), "\(cpr)")
    }
    for notCPR in ["3102901234", "0113901234", "0001901234", "010190 1234", "01019012345", "010190-123",
      "p010190123", "0101901234x", "010190--1234", "300290-1234"]
    {
      #expect(!withBytes(notCPR, FieldParsing.looksLikeCPR), "\(notCPR)")
    }
  }

  @Test func cprMaskingInText() {
    #expect(CPRMasking.masked("a;0101901234;b") == "a;XXXXXX-XXXX;b")
    #expect(CPRMasking.masked("010190-1234") == "XXXXXX-XXXX")
    #expect(CPRMasking.masked("id p0101901234x") == "id pXXXXXX-XXXXx")
    #expect(CPRMasking.masked("12345678901234") == "12345678901234")
    #expect(CPRMasking.masked("3213901234") == "3213901234")
    #expect(CPRMasking.masked("two: 010190-1234, 020290-4321.") == "two: XXXXXX-XXXX, XXXXXX-XXXX.")
  }
}
