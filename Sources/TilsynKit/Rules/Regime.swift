/// One rule regime of the early effort (SPEC 4.6): a named set of measures and their values, valid
/// from one date to another. Measuring month m is governed by the regime in force on the first day of
/// month m − 6, the month its cohort's spells started in; every value of that month (target groups,
/// talks and their window, criterion, minimum) is looked up in that regime on that day.
struct Regime: Sendable {
  /// The id, as the outputs' `regime` column writes it (`reform2026`).
  let id: String
  /// The Danish name for reports ("Reformen 2025, fase 1").
  let name: String
  /// First day in force; `nil` = always before.
  let from: Day?
  /// Last day in force; `nil` = no end.
  let to: Day?
  let source: String
  let line: Int
  /// The measure ids of `tidlig.maal`, in its order.
  let measureIDs: [String]
  /// Every regime-scoped value, by key, in date order; the loader has checked that each key's
  /// entries cover the regime exactly once.
  let values: [RegimeKey: [RuleSet.RuleEntry]]

  func covers(_ day: Day) -> Bool { (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true) }

  /// The entries of `key` (for the methodology chapter).
  func entries(_ key: RegimeKey) -> [RuleSet.RuleEntry] { values[key] ?? [] }

  /// Every key of the regime, in file order.
  var keys: [RegimeKey] { values.keys.sorted { values[$0]![0].line < values[$1]![0].line } }

  /// The value of `key` on `day`, or `nil` when the key is not given.
  func value(_ key: RegimeKey, on day: Day) -> RuleValue? {
    values[key]?.first { $0.covers(day) }?.value
  }

  /// A measure's property on `day`: the target group's own value when `group` has one, else the
  /// measure's.
  func value(_ measure: String, _ property: RegimeProperty, group: Maalgruppe? = nil, on day: Day) -> RuleValue? {
    if let group, let value = value(.property(measure: measure, property, group: group), on: day) { return value }
    return value(.property(measure: measure, property, group: nil), on: day)
  }

  /// The measure as this regime defines it.
  func measure(_ id: String) -> EarlyEffortMeasure? {
    guard let first = values[.property(measure: id, .navn, group: nil)]?.first,
      case .text(let name) = first.value,
      case .text(let rule)? = values[.property(measure: id, .regel, group: nil)]?.first?.value,
      case .text(let role)? = values[.property(measure: id, .rolle, group: nil)]?.first?.value,
      let kind = EarlyEffortMeasure.Rule(rawValue: rule)
    else { return nil }
    return EarlyEffortMeasure(id: id, name: name, rule: kind, flags: role == "flagger")
  }
}
