extension RuleSet {
  static let versionKey = "regelsaet.version"

  /// Reads and validates the rule set at `path` (see `RuleSet` for the format).
  public static func load(path: String) throws(ConfigurationError) -> RuleSet {
    let bytes: [UInt8]
    do { bytes = try FileBytes.read(path) } catch {
      throw .badDataFile(path: path, line: 0, message: error.description)
    }
    return try parse(bytes: bytes, path: path)
  }

  /// Parses and validates rule-set text.
  public static func parse(bytes: [UInt8], path: String) throws(ConfigurationError) -> RuleSet {
    let table = try ReferenceTable(
      bytes: bytes, path: path, columns: ["noegle", "vaerdi", "gyldig_fra", "gyldig_til", "kilde", "beskrivelse"])
    var version: String?
    var entries: [RuleKey: [RuleEntry]] = [:]
    for row in table.rows {
      let f = row.fields
      func fail(_ message: String) -> ConfigurationError {
        .badDataFile(path: path, line: row.line, message: message)
      }
      if f[0] == versionKey {
        guard version == nil else { throw fail("regelsættets version står mere end én gang") }
        guard !f[1].isEmpty else { throw fail("regelsættets version er tom") }
        version = f[1]
        continue
      }
      guard let key = RuleKey(rawValue: f[0]) else { throw fail("ukendt regel '\(f[0])'") }
      let from = try parseDate(f[2], column: "gyldig_fra", fail: fail)
      let to = try parseDate(f[3], column: "gyldig_til", fail: fail)
      if let from, let to, to < from { throw fail("gyldig_til \(to) ligger før gyldig_fra \(from)") }
      let value = try parseValue(f[1], kind: key.kind, key: key, fail: fail)
      guard !f[4].isEmpty else { throw fail("reglen \(key.rawValue) mangler en kilde") }
      entries[key, default: []].append(
        RuleEntry(value: value, from: from, to: to, source: f[4], description: f[5], line: row.line))
    }
    guard let version else {
      throw .badDataFile(path: path, line: 0, message: "rækken '\(versionKey)' mangler")
    }
    for key in RuleKey.allCases {
      guard var list = entries[key] else {
        throw .badDataFile(path: path, line: 0, message: "reglen '\(key.rawValue)' mangler")
      }
      list.sort { ($0.from?.number ?? Int32.min) < ($1.from?.number ?? Int32.min) }
      try checkCoverage(list, key: key, path: path)
      entries[key] = list
    }
    return RuleSet(version: version, path: path, entries: entries)
  }

  /// The dated values of one key must follow each other without gap or overlap, from "always"
  /// to "no end".
  private static func checkCoverage(_ list: [RuleEntry], key: RuleKey, path: String) throws(ConfigurationError) {
    guard list.first!.from == nil else {
      throw .badDataFile(
        path: path, line: list.first!.line,
        message: "reglen \(key.rawValue) har ingen værdi før \(list.first!.from!): den første række skal have tom gyldig_fra")
    }
    for (earlier, later) in zip(list, list.dropFirst()) {
      guard let end = earlier.to, let start = later.from, end.adding(days: 1) == start else {
        throw .badDataFile(
          path: path, line: later.line,
          message: "reglen \(key.rawValue): gyldighedsperioderne skal følge direkte efter hinanden (huller eller overlap)")
      }
    }
    guard list.last!.to == nil else {
      throw .badDataFile(
        path: path, line: list.last!.line,
        message: "reglen \(key.rawValue) har ingen værdi efter \(list.last!.to!): den sidste række skal have tom gyldig_til")
    }
  }

  private static func parseDate(
    _ text: String, column: String, fail: (String) -> ConfigurationError
  ) throws(ConfigurationError) -> Day? {
    if text.isEmpty { return nil }
    let day = Array(text.utf8).withUnsafeBufferPointer { FieldParsing.date($0) }
    guard let day else { throw fail("\(column) '\(text)' er ikke en dato (ÅÅÅÅ-MM-DD)") }
    return day
  }

  private static func parseValue(
    _ text: String, kind: RuleValueKind, key: RuleKey, fail: (String) -> ConfigurationError
  ) throws(ConfigurationError) -> RuleValue {
    let bytes = Array(text.utf8)
    switch kind {
    case .integer:
      guard let value = bytes.withUnsafeBufferPointer({ FieldParsing.integer($0) }) else {
        throw fail("reglen \(key.rawValue) skal have et heltal, ikke '\(text)'")
      }
      return .integer(value)
    case .decimal:
      guard let value = bytes.withUnsafeBufferPointer({ FieldParsing.decimal($0) }) else {
        throw fail("reglen \(key.rawValue) skal have et decimaltal, ikke '\(text)'")
      }
      return .decimal(value)
    case .date:
      guard let value = bytes.withUnsafeBufferPointer({ FieldParsing.date($0) }) else {
        throw fail("reglen \(key.rawValue) skal have en dato, ikke '\(text)'")
      }
      return .date(value)
    case .codes(let known):
      let codes = text.split(separator: ",").map { String($0.filter { $0 != " " }) }
      guard !codes.isEmpty else { throw fail("reglen \(key.rawValue) skal have mindst én kode") }
      for code in codes where !known.contains(code) {
        throw fail("ukendt kode '\(code)' i reglen \(key.rawValue) (kendte: \(known.joined(separator: ", ")))")
      }
      return .codes(codes)
    }
  }
}
