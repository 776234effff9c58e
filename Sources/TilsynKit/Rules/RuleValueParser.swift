/// Parses one rule-set value by its kind; a fault names the rule and what was expected, in Danish.
enum RuleValueParser {
  /// The largest whole number a rule takes: 999999999999 months trapped the run (issue 14, found
  /// while writing the rule-set fuzz target) and 10000 months made it run for many minutes, so a
  /// count of months (a key naming `maaned…`) is at most 120, anything else at most 10000. The
  /// committed rule sets stay below both (12 months, 10000 inhabitants).
  static func largestInteger(key: String) -> Int {
    key.contains("maaned") ? 120 : 10_000
  }

  static func date(_ text: String, column: String, fail: (String) -> ConfigurationError) throws(ConfigurationError) -> Day? {
    if text.isEmpty { return nil }
    let day = Array(text.utf8).withUnsafeBufferPointer { FieldParsing.date($0) }
    guard let day else { throw fail("\(column) '\(text)' er ikke en dato (ÅÅÅÅ-MM-DD)") }
    return day
  }

  static func value(
    _ text: String, kind: RuleValueKind, key: String, fail: (String) -> ConfigurationError
  ) throws(ConfigurationError) -> RuleValue {
    let bytes = Array(text.utf8)
    switch kind {
    case .integer, .positiveInteger:
      let minimum = kind == .positiveInteger ? 1 : 0
      guard let value = bytes.withUnsafeBufferPointer({ FieldParsing.integer($0) }), value >= minimum else {
        throw fail("reglen \(key) skal have et helt tal på mindst \(minimum), ikke '\(text)'")
      }
      let largest = largestInteger(key: key)
      guard value <= largest else {
        throw fail("reglen \(key) skal have et helt tal på højst \(largest), ikke '\(text)'")
      }
      return .integer(value)
    case .percentOrDecimal, .percent:
      guard let value = bytes.withUnsafeBufferPointer({ FieldParsing.decimal($0) }) else {
        throw fail("reglen \(key) skal have et decimaltal, ikke '\(text)'")
      }
      if kind == .percent, value.units <= 0 || value > FixedDecimal(integer: 100) {
        throw fail("reglen \(key) skal have en procent over 0 og højst 100, ikke '\(text)'")
      }
      return .decimal(value)
    case .date:
      guard let value = bytes.withUnsafeBufferPointer({ FieldParsing.date($0) }) else {
        throw fail("reglen \(key) skal have en dato, ikke '\(text)'")
      }
      return .date(value)
    case .flag:
      switch text.lowercased() {
      case "ja": return .flag(true)
      case "nej": return .flag(false)
      default: throw fail("reglen \(key) skal være ja eller nej, ikke '\(text)'")
      }
    case .text:
      guard !text.isEmpty else { throw fail("reglen \(key) er tom") }
      return .text(text)
    case .choice(let words):
      guard words.contains(text) else {
        throw fail("reglen \(key) skal være \(words.joined(separator: " eller ")), ikke '\(text)'")
      }
      return .text(text)
    case .openCodes:
      let codes = text.split(separator: ",").map { String($0.filter { $0 != " " }) }
      guard !codes.isEmpty else { throw fail("reglen \(key) skal have mindst én kode") }
      for code in codes where Maalgruppe(rawValue: code) == nil {
        throw fail("koden '\(code)' i reglen \(key) skal være 1-8 bogstaver, cifre eller _")
      }
      guard Set(codes).count == codes.count else { throw fail("reglen \(key) nævner samme kode to gange") }
      return .codes(codes)
    case .codes(let known):
      let codes = text.split(separator: ",").map { String($0.filter { $0 != " " }) }
      guard !codes.isEmpty else { throw fail("reglen \(key) skal have mindst én kode") }
      for code in codes where !known.contains(code) {
        throw fail("ukendt kode '\(code)' i reglen \(key) (kendte: \(known.joined(separator: ", ")))")
      }
      guard Set(codes).count == codes.count else { throw fail("reglen \(key) nævner samme kode to gange") }
      return .codes(codes)
    }
  }
}
