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
    // Split by a line break inside a quoted field, or by a space (issue 14): masked whole.
    #expect(CPRMasking.masked("\"171004\n7502\";KHJ") == "\"XXXXXX-XXXX\";KHJ")
    #expect(CPRMasking.masked("\"171004\r\n7502\"") == "\"XXXXXX-XXXX\"")
    #expect(CPRMasking.masked("171004\r7502") == "XXXXXX-XXXX")
    #expect(CPRMasking.masked("171004 7502") == "XXXXXX-XXXX")
    // Not a date, or two separators: left alone.
    #expect(CPRMasking.masked("321304\n7502") == "321304\n7502")
    #expect(CPRMasking.masked("171004\n\n7502") == "171004\n\n7502")
  }
}

/// The word-at-a-time parsers (`ByteWord`) agree with plain byte-by-byte readings of SPEC 3.1 — the
/// versions they replaced, kept below as the reference — on random (seeded) and exhaustive inputs.
@Suite struct FieldParsingAgreementTests {
  /// Bytes next to the edges of the accepted ranges, and bytes with the top bit set.
  static let awkwardBytes: [UInt8] = [
    0x00, 0x09, 0x0D, 0x10, 0x20, 0x2C, 0x2D, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x5E,
    0x5F, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0xAD, 0xB0, 0xC1, 0xDA, 0xDF, 0xE1, 0xFF,
  ]

  @Test func personIdsAgreeForEveryByteAtEveryPosition() {
    for count in [1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 24, 63, 64, 65] {
      for position in 0..<count {
        for byte in UInt8.min...UInt8.max {
          var id = Array(repeating: UInt8(ascii: "a"), count: count)
          id[position] = byte
          expectSameValidity(id)
        }
      }
    }
    expectSameValidity([])
  }

  @Test func personIdsAgreeOnRandomIds() {
    var random = SplitMix(state: 42)
    let valid = Array("ABCXYZabcxyz0189_-".utf8)
    for _ in 0..<100_000 {
      let count = Int(random.next() % 67)
      var id = (0..<count).map { _ in valid[Int(random.next() % UInt64(valid.count))] }
      if count > 0, random.next() % 2 == 0 {
        id[Int(random.next() % UInt64(count))] = Self.awkwardBytes.randomElement(using: &random)!
      }
      expectSameValidity(id)
    }
  }

  private func expectSameValidity(_ id: [UInt8]) {
    let fast = id.withUnsafeBufferPointer(FieldParsing.isValidPersonId)
    #expect(fast == id.withUnsafeBufferPointer(ReferenceParsing.isValidPersonId), "\(id)")
  }

  /// The real code lists of the schema, every code with every byte at every position replaced, in
  /// upper, lower and mixed case.
  @Test func codeMatchesAgreeOnTheSchemaListsWithEveryByteChanged() {
    let lists = [Maalgruppe.codes, SamtaleType.codes, AfholdtAf.codes, Tilbudstype.codes, Ydelse.codes,
      Markeringstype.codes]
    for codes in lists {
      let matcher = CodeMatcher(codes)
      for code in codes {
        let mixed = code.enumerated().map { $0.offset % 2 == 0 ? $0.element.uppercased() : $0.element.lowercased() }
        for text in [code, code.uppercased(), code.lowercased(), mixed.joined()] {
          let bytes = Array(text.utf8)
          expectSameMatch(matcher, codes, bytes)
          for position in bytes.indices {
            for byte in UInt8.min...UInt8.max {
              var changed = bytes
              changed[position] = byte
              expectSameMatch(matcher, codes, changed)
            }
          }
          expectSameMatch(matcher, codes, bytes.dropLast())
          expectSameMatch(matcher, codes, bytes + [UInt8(ascii: "x")])
        }
      }
    }
  }

  /// Random lists with codes of 0–40 bytes that are prefixes of each other, differ only in case or
  /// in one byte, and fields made from them.
  @Test func codeMatchesAgreeOnRandomLists() {
    var random = SplitMix(state: 42)
    let letters = Array("abcdefgxyzABCXYZ_0123-".utf8) + Self.awkwardBytes
    for _ in 0..<2_000 {
      let base = (0..<40).map { _ in letters[Int(random.next() % UInt64(letters.count))] }
      let lengths = [0, 1, 7, 8, 9, 15, 16, 17, 23, 24, 25, 31, 32, 33, 40]
      let codes = (0..<Int(1 + random.next() % 8)).map { _ -> String in
        var code = Array(base.prefix(lengths[Int(random.next() % UInt64(lengths.count))]))
        if !code.isEmpty, random.next() % 3 == 0 {
          code[Int(random.next() % UInt64(code.count))] = letters[Int(random.next() % UInt64(letters.count))]
        }
        let text = String(decoding: code, as: UTF8.self)
        return random.next() % 2 == 0 ? text : text.uppercased()
      }
      let matcher = CodeMatcher(codes)
      for _ in 0..<50 {
        var field = Array(codes[Int(random.next() % UInt64(codes.count))].utf8)
        switch random.next() % 4 {
        case 0 where !field.isEmpty:
          let position = Int(random.next() % UInt64(field.count))
          field[position] = Self.awkwardBytes[Int(random.next() % UInt64(Self.awkwardBytes.count))]
        case 1 where !field.isEmpty:
          let position = Int(random.next() % UInt64(field.count))
          field[position] ^= 0x20
        case 2:
          field = Array(field.prefix(Int(random.next() % UInt64(field.count + 1))))
        default:
          break
        }
        expectSameMatch(matcher, codes, field)
      }
    }
  }

  private func expectSameMatch(_ matcher: CodeMatcher, _ codes: [String], _ field: [UInt8]) {
    let fast = field.withUnsafeBufferPointer(matcher.match)
    let reference = field.withUnsafeBufferPointer(ReferenceCodeMatcher(codes).match)
    #expect(fast == reference, "\(field) in \(codes)")
  }

  /// Decimals of 0–44 bytes: the common form, thousands groups, stray bytes; lengths 7–9 (one word
  /// or more) and 40–41 (the limit) included.
  @Test func decimalsAgreeWithTheByteByByteReading() {
    var random = SplitMix(state: 42)
    let alphabet = Array("0123456789,.5".utf8) + Self.awkwardBytes
    for _ in 0..<200_000 {
      let count = random.next() % 2 == 0 ? Int(random.next() % 10) : Int(random.next() % 45)
      var text = (0..<count).map { _ in UInt8(ascii: "0") + UInt8(random.next() % 10) }
      if count > 0, random.next() % 4 != 0 {
        text[Int(random.next() % UInt64(count))] = random.next() % 2 == 0 ? UInt8(ascii: ",") : UInt8(ascii: ".")
      }
      if count > 0, random.next() % 4 == 0 {
        text[Int(random.next() % UInt64(count))] = alphabet[Int(random.next() % UInt64(alphabet.count))]
      }
      expectSameDecimal(text)
    }
    for count in [7, 8, 9, 12, 13, 19, 20, 40, 41] {
      let digits = Array(repeating: UInt8(ascii: "9"), count: count)
      expectSameDecimal(digits)
      for position in 0..<count {
        var text = digits
        text[position] = UInt8(ascii: ",")
        expectSameDecimal(text)
      }
    }
  }

  /// Every string of up to five bytes over digits, both separators and a stray byte.
  @Test func decimalsAgreeOnEveryShortString() {
    let alphabet = Array("0159,.x".utf8) + [0x80, 0x2F, 0x3A]
    var texts: [[UInt8]] = [[]]
    for _ in 0..<5 {
      texts = texts.flatMap { text in alphabet.map { text + [$0] } }
      for text in texts { expectSameDecimal(text) }
    }
  }

  private func expectSameDecimal(_ text: [UInt8]) {
    let fast = text.withUnsafeBufferPointer(FieldParsing.decimal)
    let reference = text.withUnsafeBufferPointer(ReferenceParsing.decimal)
    #expect(fast == reference, "\(String(decoding: text, as: UTF8.self))")
  }

  /// Dates and months: well-formed ones over the whole range of digits (day and month 0–99), and
  /// each with one byte replaced by any value.
  @Test func datesAndMonthsAgreeWithTheByteByByteReading() {
    var random = SplitMix(state: 42)
    for _ in 0..<20_000 {
      let year = Int(random.next() % 10_000)
      let limits: (month: UInt64, day: UInt64) = random.next() % 2 == 0 ? (14, 33) : (100, 100)
      let month = Int(random.next() % limits.month), day = Int(random.next() % limits.day)
      let shapes = [
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))", "\(pad(day, 2))-\(pad(month, 2))-\(pad(year, 4))",
        "\(day).\(month).\(pad(year, 4))", "\(day)/\(pad(month, 2))/\(pad(year, 4))",
        "\(pad(year, 4))-\(pad(month, 2))",
        "\(pad(Int(random.next() % 100), 2))\(pad(month, 2))\(pad(day, 2))-\(pad(year, 4))",
        "\(pad(day, 2))\(pad(month, 2))\(pad(year % 100, 2))\(pad(year, 4))",
      ]
      for shape in shapes {
        let bytes = Array(shape.utf8)
        expectSameDateReadings(bytes)
        var changed = bytes
        changed[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next())
        expectSameDateReadings(changed)
        changed[Int(random.next() % UInt64(bytes.count))] = Self.awkwardBytes.randomElement(using: &random)!
        expectSameDateReadings(changed)
        changed[Int(random.next() % UInt64(bytes.count))] = UInt8(ascii: "0") + UInt8(random.next() % 10)
        expectSameDateReadings(changed)
      }
    }
    for text in ["", "2024-02-30", "2024-1-005", "2024-00", "0000-12", "9999-12-31", "0001-01-01"] {
      expectSameDateReadings(Array(text.utf8))
    }
  }

  private func expectSameDateReadings(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { field in
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(FieldParsing.date(field) == ReferenceParsing.date(field), "\(text)")
      #expect(FieldParsing.month(field) == ReferenceParsing.month(field), "\(text)")
      #expect(FieldParsing.looksLikeCPR(field) == ReferenceParsing.looksLikeCPR(field), "\(text)")
    }
  }
}

/// The byte-by-byte readings of SPEC 3.1 that `FieldParsing` and `CodeMatcher` replaced, as the
/// reference in agreement tests.
enum ReferenceParsing {
  static func isValidPersonId(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    guard (1...64).contains(field.count) else { return false }
    return field.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        return true
      default:
        return false
      }
    }
  }

  static func decimal(_ field: UnsafeBufferPointer<UInt8>) -> FixedDecimal? {
    var integerPart: UInt64 = 0
    var integerDigits = 0
    var fraction: UInt64 = 0
    var fractionDigits = 0
    var roundUp = false
    var sawSeparator = false
    for byte in field {
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        if !sawSeparator {
          integerPart = integerPart &* 10 &+ UInt64(digit)
          integerDigits += 1
        } else {
          fractionDigits += 1
          if fractionDigits <= FixedDecimal.digits {
            fraction = fraction * 10 + UInt64(digit)
          } else if fractionDigits == FixedDecimal.digits + 1 {
            roundUp = digit >= 5
          }
        }
      } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".")) && !sawSeparator {
        sawSeparator = true
      } else {
        return FieldParsing.groupedDecimal(field)
      }
    }
    guard integerDigits > 0, integerDigits <= 12, !sawSeparator || fractionDigits > 0, field.count <= 40 else {
      return nil
    }
    for _ in min(fractionDigits, FixedDecimal.digits)..<FixedDecimal.digits { fraction *= 10 }
    if roundUp { fraction += 1 }
    return FixedDecimal(units: Int64(integerPart * FixedDecimal.unitsPerOne + fraction))
  }

  static func date(_ field: UnsafeBufferPointer<UInt8>) -> Day? {
    let count = field.count
    guard count >= 8, count <= 10 else { return nil }
    if count == 10, field[4] == UInt8(ascii: "-"), field[7] == UInt8(ascii: "-") {
      guard let year = digits(field, 0, 4), let month = digits(field, 5, 2), let day = digits(field, 8, 2)
      else { return nil }
      return Day(year: year, month: month, day: day)
    }
    let separators = [UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/")]
    let firstSeparator = separators.contains(field[1]) ? 1 : 2
    let separator = field[firstSeparator]
    guard separators.contains(separator), field[count - 5] == separator else { return nil }
    let monthLength = count - 5 - firstSeparator - 1
    guard monthLength == 1 || monthLength == 2, let day = digits(field, 0, firstSeparator),
      let month = digits(field, firstSeparator + 1, monthLength), let year = digits(field, count - 4, 4)
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  static func month(_ field: UnsafeBufferPointer<UInt8>) -> YearMonth? {
    guard field.count == 7, field[4] == UInt8(ascii: "-"), let year = digits(field, 0, 4),
      let month = digits(field, 5, 2), (1...12).contains(month), year >= 1
    else { return nil }
    return YearMonth(year: year, month: month)
  }

  static func looksLikeCPR(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = field.count
    guard count == 10 || count == 11 else { return false }
    if count == 11, field[6] != UInt8(ascii: "-") { return false }
    for index in 0..<count where !(count == 11 && index == 6) {
      guard field[index] >= UInt8(ascii: "0"), field[index] <= UInt8(ascii: "9") else { return false }
    }
    guard let day = digits(field, 0, 2), let month = digits(field, 2, 2), (1...12).contains(month), day >= 1
    else { return false }
    return day <= (month == 2 ? 29 : Day.daysInMonth(year: 2001, month: month))
  }

  static func digits(_ field: UnsafeBufferPointer<UInt8>, _ offset: Int, _ length: Int) -> Int? {
    guard length > 0 else { return nil }
    var value = 0
    for index in offset..<(offset + length) {
      let digit = field[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }
}

/// `CodeMatcher` as it was: a linear scan comparing the field, lower-cased byte by byte, with each
/// lower-cased code.
struct ReferenceCodeMatcher {
  let codes: [[UInt8]]

  init(_ codes: [String]) { self.codes = codes.map { Array($0.lowercased().utf8) } }

  func match(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
    for (index, code) in codes.enumerated() where code.count == field.count {
      var equal = true
      for offset in 0..<code.count {
        var byte = field[offset]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { byte |= 0x20 }
        if byte != code[offset] {
          equal = false
          break
        }
      }
      if equal { return index }
    }
    return nil
  }
}
