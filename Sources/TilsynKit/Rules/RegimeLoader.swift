extension RuleSet {
  /// Builds and checks the regimes (SPEC 4.6): they follow each other without gap or overlap from
  /// "always" to "no end"; each lists its measures in `tidlig.maal`, and each measure has every value
  /// its rule needs — a criterion above all — and no value of the other rule; every value covers its
  /// regime exactly once; a measure keeps its rule and role across regimes; every target group it
  /// names is in `koder.maalgrupper` (`knownGroups`).
  static func buildRegimes(
    rows: [ReferenceTable.Row], values: [(regime: String, key: RegimeKey, entry: RuleEntry)],
    knownGroups: Set<Maalgruppe>, path: String
  ) throws(ConfigurationError) -> [Regime] {
    func fail(_ line: Int, _ message: String) -> ConfigurationError {
      .badDataFile(path: path, line: line, message: message)
    }
    var definitions: [(id: String, entry: RuleEntry)] = []
    for row in rows {
      let id = row.fields[6]
      guard EarlyEffortMeasure.isValidID(id) else {
        throw fail(row.line, "regimets navn '\(id)' må kun have små bogstaver a-z, cifre og _")
      }
      guard !definitions.contains(where: { $0.id == id }) else { throw fail(row.line, "regimet \(id) står to gange") }
      let entry = try RuleEntry(row: row, kind: .text, key: "regime \(id)") { fail(row.line, $0) }
      definitions.append((id, entry))
    }
    guard !definitions.isEmpty else {
      throw .badDataFile(path: path, line: 0, message: "regelsættet har intet regime (rækker med noegle 'regime')")
    }
    definitions.sort { ($0.entry.from?.number ?? Int32.min) < ($1.entry.from?.number ?? Int32.min) }
    try checkCoverage(definitions.map(\.entry), key: "regime", from: nil, to: nil, path: path)

    var byRegime: [String: [RegimeKey: [RuleEntry]]] = [:]
    for value in values {
      try checkGroups(value.key, value.entry, knownGroups: knownGroups, fail: fail)
      guard let definition = definitions.first(where: { $0.id == value.regime }) else {
        throw fail(
          value.entry.line,
          "ukendt regime '\(value.regime)' (kendte: \(definitions.map(\.id).joined(separator: ", ")))")
      }
      let regimeEntry = definition.entry
      var entry = value.entry
      // Empty dates mean the regime's own bounds; given dates must lie inside them.
      if entry.from == nil { entry.from = regimeEntry.from }
      if entry.to == nil { entry.to = regimeEntry.to }
      let startsInside = regimeEntry.from.map { start in entry.from.map { $0 >= start } ?? false } ?? true
      let endsInside = regimeEntry.to.map { end in entry.to.map { $0 <= end } ?? false } ?? true
      guard startsInside, endsInside else {
        throw fail(entry.line, "reglen \(value.key.text) gælder uden for regimet \(value.regime)s gyldighed")
      }
      byRegime[value.regime, default: [:]][value.key, default: []].append(entry)
    }

    var regimes: [Regime] = []
    var rulesAndRoles: [String: (rule: RuleValue, role: RuleValue, line: Int)] = [:]
    for (id, definition) in definitions {
      var keys = byRegime[id] ?? [:]
      for (key, list) in keys {
        let sorted = list.sorted { ($0.from?.number ?? Int32.min) < ($1.from?.number ?? Int32.min) }
        try checkCoverage(sorted, key: "\(key.text) i regimet \(id)", from: definition.from, to: definition.to, path: path)
        keys[key] = sorted
      }
      let measureIDs = try measureList(keys[.measures], regime: id, line: definition.line, fail: fail)
      try checkMeasures(measureIDs, keys: keys, regime: id, line: definition.line, fail: fail)
      for measure in measureIDs {
        let rule = keys[.property(measure: measure, .regel, group: nil)]![0]
        let role = keys[.property(measure: measure, .rolle, group: nil)]![0]
        if let earlier = rulesAndRoles[measure], earlier.rule != rule.value || earlier.role != role.value {
          throw fail(
            rule.line,
            "målet \(measure) skal have samme regel og rolle i alle regimer (som i linje \(earlier.line))")
        }
        rulesAndRoles[measure] = (rule.value, role.value, rule.line)
      }
      regimes.append(
        Regime(
          id: id, name: definition.value.text, from: definition.from, to: definition.to, source: definition.source,
          line: definition.line, measureIDs: measureIDs, values: keys))
    }
    return regimes
  }

  /// The measure ids of `tidlig.maal`: one value for the whole regime, each a valid id, no repeats.
  private static func measureList(
    _ entries: [RuleEntry]?, regime: String, line: Int, fail: (Int, String) -> ConfigurationError
  ) throws(ConfigurationError) -> [String] {
    guard let entries else { throw fail(line, "regimet \(regime) mangler reglen \(RegimeKey.measuresKey)") }
    guard entries.count == 1 else {
      throw fail(entries[1].line, "\(RegimeKey.measuresKey) skal have én værdi for hele regimet \(regime)")
    }
    let ids = entries[0].value.text.split(separator: ",").map { String($0.filter { $0 != " " }) }
    for id in ids where !EarlyEffortMeasure.isValidID(id) {
      throw fail(entries[0].line, "målet '\(id)' må kun have små bogstaver a-z, cifre og _")
    }
    guard Set(ids).count == ids.count else { throw fail(entries[0].line, "et mål står to gange i \(RegimeKey.measuresKey)") }
    return ids
  }

  /// Every measure has what its rule needs and nothing of the other rule; no key names a measure the
  /// regime does not list.
  private static func checkMeasures(
    _ ids: [String], keys: [RegimeKey: [RuleEntry]], regime: String, line: Int,
    fail: (Int, String) -> ConfigurationError
  ) throws(ConfigurationError) {
    for (key, entries) in keys {
      guard case .property(let measure, let property, _) = key else { continue }
      guard ids.contains(measure) else {
        throw fail(
          entries[0].line,
          "reglen \(key.text) nævner målet \(measure), som ikke står i \(RegimeKey.measuresKey) for regimet \(regime)")
      }
      if property.isWholeRegime, entries.count > 1 {
        throw fail(entries[1].line, "reglen \(key.text) skal have én værdi for hele regimet \(regime)")
      }
    }
    for measure in ids {
      func has(_ property: RegimeProperty) -> Bool { keys[.property(measure: measure, property, group: nil)] != nil }
      for property in RegimeProperty.common where !has(property) {
        let what = property == .kriteriumProcent ? "et kriterium (tidlig.\(measure).kriterium_procent)" : "tidlig.\(measure).\(property.rawValue)"
        throw fail(line, "målet \(measure) i regimet \(regime) mangler \(what)")
      }
      let rule = keys[.property(measure: measure, .regel, group: nil)]![0].value.text
      let (needed, foreign) =
        rule == EarlyEffortMeasure.Rule.samtaler.rawValue
        ? (RegimeProperty.talks, RegimeProperty.offers) : (RegimeProperty.offers, RegimeProperty.talks)
      for property in needed where !has(property) {
        throw fail(line, "målet \(measure) (regel \(rule)) i regimet \(regime) mangler tidlig.\(measure).\(property.rawValue)")
      }
      for (key, entries) in keys {
        if case .property(measure, let property, _) = key, foreign.contains(property) {
          throw fail(entries[0].line, "reglen \(key.text) gælder ikke for et mål med regel \(rule)")
        }
      }
      try checkWindows(measure, keys: keys, fail: fail)
    }
  }

  /// The target groups a regime value names must be in `koder.maalgrupper`.
  private static func checkGroups(
    _ key: RegimeKey, _ entry: RuleEntry, knownGroups: Set<Maalgruppe>, fail: (Int, String) -> ConfigurationError
  ) throws(ConfigurationError) {
    guard case .property(_, let property, let group) = key else { return }
    var named = group.map { [$0] } ?? []
    if property == .maalgrupper { named += entry.value.maalgrupper }
    for code in named where !knownGroups.contains(code) {
      throw fail(entry.line, "målgruppen '\(code)' i reglen \(key.text) står ikke i koder.maalgrupper")
    }
  }

  /// A talk window must open before it closes: `fra_maaned` < `til_maaned` for every target group.
  private static func checkWindows(
    _ measure: String, keys: [RegimeKey: [RuleEntry]], fail: (Int, String) -> ConfigurationError
  ) throws(ConfigurationError) {
    var groups: [Maalgruppe?] = [nil]
    for key in keys.keys {
      if case .property(measure, _, let group?) = key, !groups.contains(group) { groups.append(group) }
    }
    for group in groups {
      let fromKey = RegimeKey.property(measure: measure, .fraMaaned, group: group)
      let toKey = RegimeKey.property(measure: measure, .tilMaaned, group: group)
      guard keys[fromKey] != nil || keys[toKey] != nil else { continue }
      let froms = keys[fromKey] ?? keys[.property(measure: measure, .fraMaaned, group: nil)] ?? []
      let tos = keys[toKey] ?? keys[.property(measure: measure, .tilMaaned, group: nil)] ?? []
      for from in froms {
        for to in tos where to.value.integer <= from.value.integer {
          throw fail(to.line, "tidsvinduet for \(measure) lukker (\(to.value.integer) mdr.) før det åbner (\(from.value.integer) mdr.)")
        }
      }
    }
  }
}
