@testable import TilsynKit

/// Short names for the measures of the repository's rule set, so tests read like SPEC 4.1 and 4.6. A
/// measure is identified by its id; name, rule and role here match `data/regler/regelsaet.csv`.
extension EarlyEffortMeasure {
  static let samtale = EarlyEffortMeasure(id: "samtale", name: "jobsamtaler", rule: .samtaler, flags: true)
  static let tilbud = EarlyEffortMeasure(id: "tilbud", name: "tilbud", rule: .tilbud, flags: true)
  static let akasse = EarlyEffortMeasure(id: "akasse", name: "jobsamtaler i a-kassen", rule: .samtaler, flags: false)
}

extension KommuneEarlyEffort {
  var samtale: MeasureHalfYear { halfYear(.samtale) }
  var tilbud: MeasureHalfYear { halfYear(.tilbud) }
  var akasse: MeasureHalfYear { halfYear(.akasse) }
  var samtaleGroups: [Maalgruppe: GroupCount]? { groups(.samtale) }
  var tilbudGroups: [Maalgruppe: GroupCount]? { groups(.tilbud) }
}

extension MonthlyShare {
  /// A month with its own criterion and minimum, under a test regime.
  init(month: YearMonth, cohort: Int, met: Int, cohortMinimum: Int, criterion: FixedDecimal) {
    self.init(
      setting: MonthSetting(month: month, regime: "test", criterion: criterion, cohortMinimum: cohortMinimum),
      cohort: cohort, met: met)
  }
}

extension MeasureHalfYear {
  /// A half-year whose every month has the measure.
  init(months: [MonthlyShare]?, consecutiveMonthsBelow: Int, settings: [MonthSetting]? = nil) {
    self.init(
      months: months, settings: settings ?? months?.map(\.setting) ?? [], consecutiveMonthsBelow: consecutiveMonthsBelow)
  }
}
