/// The versioned rule set (`data/regler/regelsaet.csv`, SPEC 4): every threshold, required count and
/// list of codes the measures use, each with the dates it is valid from and to and its legal source.
///
/// File format (`;`-separated, UTF-8, read with the extract reader): columns `noegle;vaerdi;
/// gyldig_fra;gyldig_til;kilde;beskrivelse`; a row `regelsaet.version` names the version. Empty
/// `gyldig_fra`/`gyldig_til` mean "always"/"no end". The rows of one key must cover every date exactly
/// once, so every lookup has one answer; any fault is a configuration error naming the line.
public struct RuleSet: Sendable {
  /// The rule set's version, quoted in every report and the manifest.
  public let version: String
  /// The file it came from.
  public let path: String
  private let entries: [RuleKey: [RuleEntry]]

  /// One dated value of a rule.
  public struct RuleEntry: Sendable, Equatable {
    public var value: RuleValue
    /// First day the value applies; `nil` = always before.
    public var from: Day?
    /// Last day the value applies; `nil` = no end.
    public var to: Day?
    /// The legal or documentary source.
    public var source: String
    public var description: String
    public var line: Int

    func covers(_ day: Day) -> Bool { (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }
  }

  /// Every dated value of `key`, in date order (for the methodology section).
  public func entries(_ key: RuleKey) -> [RuleEntry] { entries[key] ?? [] }

  /// The value of `key` on `day`. The loader guarantees exactly one entry covers every day.
  public func value(_ key: RuleKey, on day: Day) -> RuleValue {
    guard let entry = entries[key]?.first(where: { $0.covers(day) }) else {
      preconditionFailure("rule \(key.rawValue) has no value on \(day): the loader should have refused")
    }
    return entry.value
  }

  public func integer(_ key: RuleKey, on day: Day) -> Int { value(key, on: day).integer }
  public func decimal(_ key: RuleKey, on day: Day) -> FixedDecimal { value(key, on: day).decimal }
  public func date(_ key: RuleKey, on day: Day) -> Day { value(key, on: day).date }
  public func codes<Code: ExtractCode>(_ key: RuleKey, on day: Day, as type: Code.Type = Code.self) -> Set<Code> {
    value(key, on: day).codes(type)
  }

  init(version: String, path: String, entries: [RuleKey: [RuleEntry]]) {
    self.version = version
    self.path = path
    self.entries = entries
  }
}
