extension RuleSet {
  static let versionKey = "regelsaet.version"
  static let regimeKey = "regime"
  static let columns = ["noegle", "vaerdi", "gyldig_fra", "gyldig_til", "kilde", "beskrivelse", "regime", "modelantagelse"]

  /// Reads and validates the rule set at `path` (see `RuleSet` for the format).
  package static func load(path: String) throws(ConfigurationError) -> RuleSet {
    let bytes: [UInt8]
    do { bytes = try FileBytes.read(path) } catch {
      throw .badDataFile(path: path, line: 0, message: error.description)
    }
    return try parse(bytes: bytes, path: path)
  }

  /// Parses and validates rule-set text: an unknown key or regime, a bad value, dates that leave a
  /// gap or overlap, a regime without a measure's criterion — each is refused with the line named.
  package static func parse(bytes: [UInt8], path: String) throws(ConfigurationError) -> RuleSet {
    let table = try ReferenceTable(bytes: bytes, path: path, columns: columns)
    var version: String?
    var entries: [RuleKey: [RuleEntry]] = [:]
    var regimeRows: [ReferenceTable.Row] = []
    var regimeValues: [(regime: String, key: RegimeKey, entry: RuleEntry)] = []
    for row in table.rows {
      let f = row.fields
      let fail = { (message: String) in ConfigurationError.badDataFile(path: path, line: row.line, message: message) }
      let (key, regime) = (f[0], f[6])
      if key == versionKey {
        guard version == nil else { throw fail("regelsættets version står mere end én gang") }
        guard !f[1].isEmpty else { throw fail("regelsættets version er tom") }
        version = f[1]
        continue
      }
      if key == regimeKey {
        guard !regime.isEmpty else { throw fail("en regime-række skal have regimets navn i kolonnen regime") }
        regimeRows.append(row)
        continue
      }
      if let regimeScoped = RegimeKey(key) {
        guard !regime.isEmpty else {
          throw fail("reglen \(key) hører til et regime: angiv regimet i kolonnen regime")
        }
        let entry = try RuleEntry(row: row, kind: regimeScoped.kind, key: key, fail: fail)
        regimeValues.append((regime, regimeScoped, entry))
        continue
      }
      guard let global = RuleKey(rawValue: key) else {
        throw fail("ukendt regel '\(key)'" + (key.hasPrefix("tidlig.") ? Self.regimeKeyHint : ""))
      }
      guard regime.isEmpty else { throw fail("reglen \(key) gælder for alle regimer: kolonnen regime skal være tom") }
      entries[global, default: []].append(try RuleEntry(row: row, kind: global.kind, key: key, fail: fail))
    }
    guard let version else {
      throw .badDataFile(path: path, line: 0, message: "rækken '\(versionKey)' mangler")
    }
    for key in RuleKey.allCases {
      guard var list = entries[key] else {
        throw .badDataFile(path: path, line: 0, message: "reglen '\(key.rawValue)' mangler")
      }
      list.sort { ($0.from?.number ?? Int32.min) < ($1.from?.number ?? Int32.min) }
      try checkCoverage(list, key: key.rawValue, from: nil, to: nil, path: path)
      entries[key] = list
    }
    let knownGroups = Set(entries[.koderMaalgrupper]!.flatMap(\.value.maalgrupper))
    let regimes = try buildRegimes(rows: regimeRows, values: regimeValues, knownGroups: knownGroups, path: path)
    return RuleSet(version: version, path: path, sha256: SHA256.hex(bytes), regimes: regimes, entries: entries)
  }

  static let regimeKeyHint =
    " (en måls værdi skrives tidlig.<mål>.<egenskab>, fx tidlig.samtale.antal, med egenskaberne "
    + RegimeProperty.allCases.map(\.rawValue).joined(separator: ", ") + ")"

  /// The dated values of one key must follow each other without gap or overlap, from `from` (`nil`:
  /// always) to `to` (`nil`: no end).
  static func checkCoverage(
    _ list: [RuleEntry], key: String, from: Day?, to: Day?, path: String
  ) throws(ConfigurationError) {
    guard let first = list.first, let last = list.last else { return }
    let scope = "reglen \(key)"
    guard first.from == from else {
      throw .badDataFile(
        path: path, line: first.line,
        message: from.map { "\(scope) skal gælde fra \($0) (regimets første dag) eller have tom gyldig_fra" }
          ?? "\(scope) har ingen værdi før \(first.from!): den første række skal have tom gyldig_fra")
    }
    for (earlier, later) in zip(list, list.dropFirst()) {
      guard let end = earlier.to, let start = later.from, end.adding(days: 1) == start else {
        throw .badDataFile(
          path: path, line: later.line,
          message: "\(scope): gyldighedsperioderne skal følge direkte efter hinanden (huller eller overlap)")
      }
    }
    guard last.to == to else {
      throw .badDataFile(
        path: path, line: last.line,
        message: to.map { "\(scope) skal gælde til \($0) (regimets sidste dag) eller have tom gyldig_til" }
          ?? "\(scope) har ingen værdi efter \(last.to!): den sidste række skal have tom gyldig_til")
    }
  }
}

extension RuleSet.RuleEntry {
  /// One row's value, dates, source and assumption flag, checked.
  init(
    row: ReferenceTable.Row, kind: RuleValueKind, key: String, fail: (String) -> ConfigurationError
  ) throws(ConfigurationError) {
    let f = row.fields
    let from = try RuleValueParser.date(f[2], column: "gyldig_fra", fail: fail)
    let to = try RuleValueParser.date(f[3], column: "gyldig_til", fail: fail)
    if let from, let to, to < from { throw fail("gyldig_til \(to) ligger før gyldig_fra \(from)") }
    let value = try RuleValueParser.value(f[1], kind: kind, key: key, fail: fail)
    guard !f[4].isEmpty else { throw fail("reglen \(key) mangler en kilde") }
    let isAssumption: Bool
    switch f[7].lowercased() {
    case "ja": isAssumption = true
    case "nej", "": isAssumption = false
    default: throw fail("modelantagelse skal være ja eller nej, ikke '\(f[7])'")
    }
    self.init(
      value: value, from: from, to: to, source: f[4], description: f[5], isAssumption: isAssumption, line: row.line)
  }
}
