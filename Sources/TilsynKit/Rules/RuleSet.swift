/// The versioned rule set (`data/regler/regelsaet.csv`, SPEC 4 and 4.6): every threshold, required
/// count, list of codes and early-effort regime the measures use, each with the dates it is valid from
/// and to, its legal source, and whether it is a modelled assumption.
///
/// File format (`;`-separated, UTF-8, read with the extract reader): columns `noegle;vaerdi;
/// gyldig_fra;gyldig_til;kilde;beskrivelse;regime;modelantagelse`. A row `regelsaet.version` names the
/// version. Rows with key `regime` define the regimes (`regime` = the id, `vaerdi` = the name); rows
/// with a `regime` hold that regime's early-effort values (`RegimeKey`); the other rows hold the
/// global rules (`RuleKey`). Empty `gyldig_fra`/`gyldig_til` mean "always"/"no end" (for a regime's
/// values: the regime's own first and last day). `modelantagelse` is `ja` for a value the law's text
/// did not settle, which the report lists. Any fault is a configuration error naming the line.
package struct RuleSet: Sendable {
  /// The rule set's version, quoted in every report and the manifest.
  package let version: String
  /// The file it came from.
  package let path: String
  /// The SHA-256 of the file's bytes, for the report and the manifest.
  package let sha256: String
  /// The early-effort regimes in date order; together they cover every day exactly once.
  let regimes: [Regime]
  private let entries: [RuleKey: [RuleEntry]]

  /// One dated value of a rule.
  package struct RuleEntry: Sendable, Equatable {
    package var value: RuleValue
    /// First day the value applies; `nil` = always before.
    package var from: Day?
    /// Last day the value applies; `nil` = no end.
    package var to: Day?
    /// The legal or documentary source.
    package var source: String
    package var description: String
    /// A value the law's text did not settle (SPEC 4.6: the report says it is one).
    package var isAssumption: Bool
    package var line: Int

    func covers(_ day: Day) -> Bool { (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }
  }

  /// Every dated value of `key`, in date order (for the methodology section).
  package func entries(_ key: RuleKey) -> [RuleEntry] { entries[key] ?? [] }

  /// The value of `key` on `day`. The loader guarantees exactly one entry covers every day.
  package func value(_ key: RuleKey, on day: Day) -> RuleValue {
    guard let entry = entries[key]?.first(where: { $0.covers(day) }) else {
      preconditionFailure("rule \(key.rawValue) has no value on \(day): the loader should have refused")
    }
    return entry.value
  }

  package func integer(_ key: RuleKey, on day: Day) -> Int { value(key, on: day).integer }
  package func decimal(_ key: RuleKey, on day: Day) -> FixedDecimal { value(key, on: day).decimal }
  package func date(_ key: RuleKey, on day: Day) -> Day { value(key, on: day).date }
  package func flag(_ key: RuleKey, on day: Day) -> Bool { value(key, on: day).flag }
  func codes<Code: ExtractCode>(_ key: RuleKey, on day: Day, as type: Code.Type = Code.self) -> Set<Code> {
    value(key, on: day).codes(type)
  }

  /// The regime in force on `day`.
  func regime(on day: Day) -> Regime {
    guard let regime = regimes.first(where: { $0.covers(day) }) else {
      preconditionFailure("no regime on \(day): the loader should have refused")
    }
    return regime
  }

  /// Every early-effort measure of any regime, in order of first appearance (the order of the
  /// outputs' columns and rows), each as the latest regime that has it defines it.
  var earlyEffortMeasures: [EarlyEffortMeasure] {
    var order: [String] = []
    var latest: [String: EarlyEffortMeasure] = [:]
    for regime in regimes {
      for id in regime.measureIDs {
        if latest[id] == nil { order.append(id) }
        latest[id] = regime.measure(id)
      }
    }
    return order.compactMap { latest[$0] }
  }

  /// Every value marked as a modelled assumption: global rules by key, regime values by regime.
  var assumptions: [(key: String, regime: Regime?, entry: RuleEntry)] {
    var list: [(key: String, regime: Regime?, entry: RuleEntry)] = []
    for key in RuleKey.allCases {
      for entry in entries(key) where entry.isAssumption { list.append((key.rawValue, nil, entry)) }
    }
    for regime in regimes {
      for key in regime.keys {
        for entry in regime.entries(key) where entry.isAssumption { list.append((key.text, regime, entry)) }
      }
    }
    return list.sorted { $0.entry.line < $1.entry.line }
  }

  init(version: String, path: String, sha256: String, regimes: [Regime], entries: [RuleKey: [RuleEntry]]) {
    self.version = version
    self.path = path
    self.sha256 = sha256
    self.regimes = regimes
    self.entries = entries
  }
}
