/// The reform indicators of SPEC 4.5, named as the outputs name them, in the order SPEC 4.5 lists
/// them; each with its exact value, its display and the order in which municipalities are ranked.
enum Indicator: String, Sendable, CaseIterable {
  case tilgangFoertidspension = "tilgang_fp_pr_10000"
  case ressourceforloebPersoner = "ressourceforloeb_personer"
  case ressourceforloebFuldtid = "ressourceforloeb_fuldtid"
  case afgangRessourceforloeb = "afgang_rf_job_uddannelse_andel"
  case ledighedFleksjob = "ledighed_fleksjob_andel"
  case timeprogression = "timeprogression_andel"

  /// Which end of the ranking is place 1.
  enum RankOrder: Sendable {
    /// The lowest value is place 1.
    case lowestFirst
    /// The highest value is place 1.
    case highestFirst
  }

  /// Place 1 is the best value where the reform's aim gives a direction: the lowest inflow to
  /// førtidspension, the highest exit share, the lowest unemployment among fleksjob holders, the
  /// highest hour progression. Ressourceforløb are ranked by extent (most per inhabitant first),
  /// not by merit.
  var order: RankOrder {
    switch self {
    case .tilgangFoertidspension, .ledighedFleksjob: return .lowestFirst
    case .ressourceforloebPersoner, .ressourceforloebFuldtid, .afgangRessourceforloeb, .timeprogression:
      return .highestFirst
    }
  }

  /// The exact value of `values`, or `nil` when it is `mangler_data` or has no denominator.
  func value(_ values: IndicatorValues) -> IndicatorFraction? {
    let fraction: IndicatorFraction?
    switch self {
    case .tilgangFoertidspension: fraction = values.foertidspension.perBase
    case .ressourceforloebPersoner: fraction = IndicatorFraction(values.ressourceforloeb.personsAtEnd, 1)
    case .ressourceforloebFuldtid: fraction = values.ressourceforloeb.fullTime.fraction
    case .afgangRessourceforloeb: fraction = values.afgangRF
    case .ledighedFleksjob: fraction = values.ledighedFleksjob.share
    case .timeprogression: fraction = values.timeprogression
    }
    return fraction.flatMap { $0.hasValue ? $0 : nil }
  }

  /// What municipalities are ranked by: the value, except that the ressourceforløb counts, which
  /// grow with the municipality, are taken per inhabitant aged 16–66 (`befolkning_16_66`).
  func rankingKey(_ values: IndicatorValues) -> IndicatorFraction? {
    guard let value = value(values) else { return nil }
    switch self {
    case .ressourceforloebPersoner, .ressourceforloebFuldtid:
      let key = IndicatorFraction(value.numerator, value.denominator * values.foertidspension.population)
      return key.hasValue ? key : nil
    default: return value
    }
  }

  /// The value as the outputs show it: two decimals for `tilgang_fp_pr_10000`, a whole number of
  /// persons, one decimal for fuldtidspersoner and for shares in percent; empty without a value.
  func text(_ values: IndicatorValues) -> String {
    guard let value = value(values) else { return "" }
    switch self {
    case .tilgangFoertidspension: return DanishFormat.ratio(value.numerator, value.denominator, places: 2)
    case .ressourceforloebPersoner: return String(value.numerator)
    case .ressourceforloebFuldtid: return DanishFormat.ratio(value.numerator, value.denominator, places: 1)
    case .afgangRessourceforloeb, .ledighedFleksjob, .timeprogression: return value.percentText
    }
  }
}
