/// A municipality's place in the skærpet-tilsyn picture (SPEC 4.2).
enum SkaerpetStatus: String, Sendable, Equatable, CaseIterable {
  /// Condition A is false: no more on public support than expected. Never covered.
  case ikkeOmfattet = "ikke_omfattet"
  /// A is true and at least one fokusmål is not met: at risk of the genopretningsfase at the annual
  /// count.
  case iRisiko = "i_risiko"
  /// Not in `benchmark.csv`, a table for A missing, or A true and a fokusmål's table missing.
  case manglerData = "mangler_data"
  /// A is true, no fokusmål failed, and one could not be assessed (no long-term recipients).
  case ikkeVurderet = "ikke_vurderet"
  /// A is true and both fokusmål are met.
  case risikozone = "risikozone"
}

/// One municipality's skærpet-tilsyn figures: condition A and the fokusmål.
struct KommuneSkaerpetTilsyn: Sendable {
  let kommune: Kommune
  /// Condition A's figures; `nil` when the municipality is not in `benchmark.csv` or `ydelser` is
  /// missing.
  let actual: ActualShare?
  /// The fokusmål over the 12 points; `nil` when `ydelser` is missing.
  let focus: FocusTargets?
  /// Whether the fokusmål's tables are there (fokusmål 1: tilbud and timer; 2: samtaler).
  let hasFokusmaal1Tables: Bool
  let hasFokusmaal2Tables: Bool

  /// The status, the first that applies of ikke_omfattet, i_risiko, mangler_data, ikke_vurderet,
  /// risikozone (SPEC 4.2).
  var status: SkaerpetStatus {
    guard let actual else { return .manglerData }
    if !actual.isWorseThanExpected { return .ikkeOmfattet }
    let fm1 = hasFokusmaal1Tables ? focus?.fokusmaal1 : nil
    let fm2 = hasFokusmaal2Tables ? focus?.fokusmaal2 : nil
    if fm1 == false || fm2 == false { return .iRisiko }
    if !hasFokusmaal1Tables || !hasFokusmaal2Tables { return .manglerData }
    if fm1 == nil || fm2 == nil { return .ikkeVurderet }
    return .risikozone
  }
}

extension KommuneSkaerpetTilsyn {
  /// Computes the figures for one municipality's extract in `period`.
  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  init(
    _ extract: KommuneExtract, benchmark: BenchmarkRow?, period: Period, rules: SkaerpetRules, tables: PersonTables? = nil
  ) {
    kommune = extract.kommune
    hasFokusmaal1Tables = extract.tilbud != nil && extract.timer != nil
    hasFokusmaal2Tables = extract.samtaler != nil
    let tables = tables ?? PersonTables(extract)
    guard let grouped = tables.ydelser else {
      actual = nil
      focus = nil
      return
    }
    let persons = extract.persons.count
    let end = period.lastDay
    let window = rules.window(endingOn: end)
    actual = benchmark.map { row in
      ActualShare(
        supportDays: grouped.daysOnPublicSupport(in: window, persons: persons),
        windowDays: window.lowerBound.days(to: window.upperBound) + 1, befolkning: row.befolkning16til66,
        forventetAndel: row.forventetAndel)
    }
    focus = FocusTargets(
      benefits: grouped, persons: persons, tilbud: tables.tilbud, hours: tables.hours, samtaler: tables.samtaler,
      rules: rules, end: end)
  }
}
