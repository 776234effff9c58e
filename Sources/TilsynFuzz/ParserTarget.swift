#if DEBUG || FUZZING
  @testable import TilsynKit

  /// The field parsers of SPEC 3.1 (`FieldParsing`) and CPR masking on one field of arbitrary bytes,
  /// each against a plain reference written from the SPEC's wording (the parsers read eight bytes at
  /// a time, so they are checked against code that reads one), and the decimal's one-pass form
  /// against its two-pass form. The field is the fuzzer's exact buffer, so a read past it is an
  /// AddressSanitizer report.
  enum ParserTarget {
    static func run(_ field: UnsafeBufferPointer<UInt8>) {
      let bytes = Array(field)
      let shown = String(decoding: bytes, as: UTF8.self).debugDescription
      FuzzCheck.that(FieldParsing.date(field) == Reference.date(bytes), "date \(shown)")
      FuzzCheck.that(FieldParsing.month(field) == Reference.month(bytes), "month \(shown)")
      FuzzCheck.that(FieldParsing.integer(field) == Reference.integer(bytes), "integer \(shown)")
      FuzzCheck.that(FieldParsing.decimal(field) == FieldParsing.groupedDecimal(field), "decimal \(shown)")
      FuzzCheck.that(FieldParsing.isValidPersonId(field) == Reference.isPersonId(bytes), "person id \(shown)")
      FuzzCheck.that(FieldParsing.looksLikeCPR(field) == Reference.isCPR(bytes), "CPR \(shown)")
      let text = String(decoding: bytes, as: UTF8.self)
      let masked = CPRMasking.masked(text)
      FuzzCheck.that(Reference.cprToken(in: Array(masked.utf8)) == nil, "a CPR-like token survives masking: \(shown)")
      FuzzCheck.that(CPRMasking.masked(masked) == masked, "masking twice changes \(shown)")
      if Reference.cprToken(in: Array(text.utf8)) == nil {
        FuzzCheck.that(masked == text, "masking changes text without a CPR-like token: \(shown)")
      }
    }
  }

  /// The formats of SPEC 3.1, one byte at a time.
  enum Reference {
    static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// The value of `bytes[range]` if it is `lengths` digits long and all digits.
    static func number(_ bytes: ArraySlice<UInt8>, _ lengths: ClosedRange<Int>) -> Int? {
      guard lengths.contains(bytes.count), bytes.allSatisfy(isDigit) else { return nil }
      return bytes.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    /// `YYYY-MM-DD`, or `D[D]sM[M]sYYYY` with one separator `s` of `-`, `.`, `/`, a real date.
    static func date(_ bytes: [UInt8]) -> Day? {
      if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") {
        guard let year = number(bytes[0..<4], 4...4), let month = number(bytes[5..<7], 2...2),
          let day = number(bytes[8..<10], 2...2)
        else { return nil }
        return Day(year: year, month: month, day: day)
      }
      for separator in "-./".utf8 {
        let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, let day = number(parts[0], 1...2), let month = number(parts[1], 1...2),
          let year = number(parts[2], 4...4)
        else { continue }
        return Day(year: year, month: month, day: day)
      }
      return nil
    }

    /// `YYYY-MM`, year at least 1.
    static func month(_ bytes: [UInt8]) -> YearMonth? {
      guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes[0..<4], 4...4),
        let month = number(bytes[5..<7], 2...2), (1...12).contains(month), year >= 1
      else { return nil }
      return YearMonth(year: year, month: month)
    }

    /// 1 to 15 digits.
    static func integer(_ bytes: [UInt8]) -> Int? { number(bytes[...], 1...15) }

    /// 1 to 64 of `A-Z a-z 0-9 _ -`.
    static func isPersonId(_ bytes: [UInt8]) -> Bool {
      (1...64).contains(bytes.count)
        && bytes.allSatisfy { isDigit($0) || (65...90).contains($0) || (97...122).contains($0) || $0 == 95 || $0 == 45 }
    }

    /// `DDMMYY-NNNN` or `DDMMYYNNNN`, DD and MM a day of some year (29 February counts).
    static func isCPR(_ bytes: [UInt8]) -> Bool {
      let digits: [UInt8]
      if bytes.count == 11, bytes[6] == UInt8(ascii: "-") {
        digits = Array(bytes[0..<6] + bytes[7...])
      } else if bytes.count == 10 {
        digits = bytes
      } else {
        return false
      }
      guard digits.allSatisfy(isDigit) else { return false }
      return isDayAndMonth(digits[0...])
    }

    /// Whether the first four digits are DDMM of some year.
    static func isDayAndMonth(_ digits: ArraySlice<UInt8>) -> Bool {
      let start = digits.startIndex
      guard let day = number(digits[start..<start + 2], 2...2), let month = number(digits[start + 2..<start + 4], 2...2),
        (1...12).contains(month)
      else { return false }
      let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      return (1...lengths[month - 1]).contains(day)
    }

    /// Where a CPR-like token starts in `text`, as `CPRMasking` defines one: six digits forming a
    /// DDMMYY date, then `-`, a space, LF, CR or CRLF or nothing, then four digits, with no digit
    /// directly before or after.
    static func cprToken(in text: [UInt8]) -> Int? {
      for start in text.indices where start + 10 <= text.count {
        if start > 0, isDigit(text[start - 1]) { continue }
        guard text[start..<start + 6].allSatisfy(isDigit), isDayAndMonth(text[start..<start + 4]) else { continue }
        for separator: [UInt8] in [[], [45], [32], [10], [13], [13, 10]] {
          let rest = start + 6 + separator.count
          guard rest + 4 <= text.count, Array(text[start + 6..<rest]) == separator,
            text[rest..<rest + 4].allSatisfy(isDigit), rest + 4 == text.count || !isDigit(text[rest + 4])
          else { continue }
          return start
        }
      }
      return nil
    }
  }
#endif
