/// What the rule set says about one early-effort measure within a regime (SPEC 4.1, 4.6). A
/// regime-scoped key is `tidlig.maal` (the regime's measures) or `tidlig.<maal>.<property>`, and for
/// the properties of a talk requirement optionally `tidlig.<maal>.<property>.<MAALGRUPPE>`, a value
/// for that target group only (`tidlig.samtale.antal.DP`).
enum RegimeProperty: String, CaseIterable, Sendable {
  /// The measure's Danish name in reports and letters ("jobsamtaler").
  case navn
  /// Which rule judges a spell: `samtaler` (talks) or `tilbud` (an offer).
  case regel
  /// `flagger`: the measure enters the municipality's overall status, appendix and letters;
  /// `information`: it is reported only (the a-kasse measure).
  case rolle
  /// The target groups of the cohort.
  case maalgrupper
  /// The criterion in percent (80; 75 from the reform).
  case kriteriumProcent = "kriterium_procent"
  /// The smallest cohort for a month to be assessable (10).
  case kohorteMinimum = "kohorte_minimum"
  /// Talks: distinct dates required.
  case antal
  /// Talks: the window opens at `start` + this many months.
  case fraMaaned = "fra_maaned"
  /// Talks: the window closes at `start` + this many months (6 = D6).
  case tilMaaned = "til_maaned"
  /// Talks: who must have held them.
  case afholdtAf = "afholdt_af"
  /// Offers: the minimum duration in days (14).
  case minimumDage = "minimum_dage"
  /// Offers: days after D6 within which a wage subsidy granted by D6 may start (21).
  case loentilskudFristDage = "loentilskud_frist_dage"

  /// The rule kinds: `samtaler` counts talks, `tilbud` looks for an offer.
  static let ruleKinds = ["samtaler", "tilbud"]
  /// The roles: `flagger` or `information`.
  static let roles = ["flagger", "information"]

  var kind: RuleValueKind {
    switch self {
    case .navn: return .text
    case .regel: return .choice(Self.ruleKinds)
    case .rolle: return .choice(Self.roles)
    case .maalgrupper: return .openCodes
    case .kriteriumProcent: return .percent
    case .kohorteMinimum, .antal, .minimumDage: return .positiveInteger
    case .fraMaaned, .tilMaaned, .loentilskudFristDage: return .integer
    case .afholdtAf: return .codes(AfholdtAf.codes)
    }
  }

  /// Whether a value may be given per target group.
  var isPerTargetGroup: Bool { [.antal, .fraMaaned, .tilMaaned, .afholdtAf].contains(self) }

  /// Whether the value must be one for the whole regime (no dated values inside it).
  var isWholeRegime: Bool { [.navn, .regel, .rolle].contains(self) }

  /// The properties every measure needs, and those of each rule kind.
  static let common: [RegimeProperty] = [.navn, .regel, .rolle, .maalgrupper, .kriteriumProcent, .kohorteMinimum]
  static let talks: [RegimeProperty] = [.antal, .fraMaaned, .tilMaaned, .afholdtAf]
  static let offers: [RegimeProperty] = [.minimumDage, .loentilskudFristDage]
}

/// A regime-scoped key, parsed: `tidlig.maal`, or a measure's property, perhaps for one target group.
enum RegimeKey: Hashable, Sendable {
  case measures
  case property(measure: String, RegimeProperty, group: Maalgruppe?)

  static let measuresKey = "tidlig.maal"

  /// Parses `text`; `nil` when it is no regime-scoped key.
  init?(_ text: String) {
    if text == Self.measuresKey {
      self = .measures
      return
    }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 3 || parts.count == 4, parts[0] == "tidlig", EarlyEffortMeasure.isValidID(parts[1]),
      let property = RegimeProperty(rawValue: parts[2])
    else { return nil }
    var group: Maalgruppe?
    if parts.count == 4 {
      guard property.isPerTargetGroup, let code = Maalgruppe(rawValue: parts[3]) else { return nil }
      // Which codes are target groups is checked against `koder.maalgrupper` by the loader.
      group = code
    }
    self = .property(measure: parts[1], property, group: group)
  }

  /// The key as written in the file.
  var text: String {
    switch self {
    case .measures: return Self.measuresKey
    case .property(let measure, let property, let group):
      return "tidlig.\(measure).\(property.rawValue)" + (group.map { ".\($0.rawValue)" } ?? "")
    }
  }

  var kind: RuleValueKind {
    switch self {
    case .measures: return .text
    case .property(_, let property, _): return property.kind
    }
  }
}
