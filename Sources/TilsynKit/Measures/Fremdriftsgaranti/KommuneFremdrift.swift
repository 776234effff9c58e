/// One municipality's proposed fremdriftsgaranti at the period's last day E (SPEC 4.4; a proposal of
/// the expert group on the future employment effort, 2024 — not law): the persons due, those who had
/// their fremdriftsvurdering, the share, and the status.
struct KommuneFremdrift: Sendable {
  let kommune: Kommune
  let period: Period
  /// Due and met as a share against the criterion, measured at E (in E's month); `nil` when a needed
  /// table is missing (`mangler_data`: empty, never 0).
  let share: MonthlyShare?
  /// The thresholds used (from the rule set, on E).
  let thresholds: FremdriftThresholds
  /// Every person due at E with the date of the review that met the guarantee, if any, in person
  /// order (`nil` for `mangler_data`): the case list (SPEC 5.2) the share was made from.
  let duePersons: [(person: PersonIndex, review: Day?)]?

  /// The tables the measure needs (SPEC 4.4).
  static let neededTables: [TableKind] = [.forloeb, .ydelser, .samtaler]

  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  init(_ extract: KommuneExtract, period: Period, rules: FremdriftRules, tables: PersonTables? = nil) {
    kommune = extract.kommune
    self.period = period
    let e = period.lastDay
    let thresholds = rules.thresholds(on: e)
    self.thresholds = thresholds
    let tables = tables ?? PersonTables(extract)
    guard let forloeb = tables.forloeb, let ydelser = tables.ydelser, let samtaler = tables.samtaler else {
      share = nil
      duePersons = nil
      return
    }
    let persons = extract.persons.count
    let due = FremdriftDue(spells: forloeb, benefits: ydelser, thresholds: thresholds)
    let met = FremdriftMet(conversations: samtaler)
    let window = thresholds.window(endingOn: e)
    var duePersons: [(person: PersonIndex, review: Day?)] = []
    for p in 0..<persons {
      let person = PersonIndex(Int32(p))
      guard due.isDue(person, at: e) else { continue }
      duePersons.append((person, met.review(person, in: window)))
    }
    self.duePersons = duePersons
    let dueCount = duePersons.count
    let metCount = duePersons.filter { $0.review != nil }.count
    let setting = MonthSetting(
      month: e.yearMonth, regime: "", criterion: thresholds.criterion, cohortMinimum: thresholds.minimum)
    share = MonthlyShare(setting: setting, cohort: dueCount, met: metCount)
  }

  /// Persons due, or `nil` for `mangler_data`.
  var due: Int? { share?.cohort }
  /// Persons due who had a fremdriftsvurdering, or `nil` for `mangler_data`.
  var met: Int? { share?.met }

  /// SPEC 4.4 with 4.1's assessability: `mangler_data` when `forloeb`, `ydelser` or `samtaler` is
  /// missing; `ikke_vurderet` when fewer than 10 are due; `under_kriteriet` when the share is below
  /// 80 % (exactly: met × 100 < 80 × due); otherwise `opfylder`.
  var status: MeasureStatus {
    guard let share else { return .manglerData }
    guard share.isAssessable else { return .ikkeVurderet }
    return share.isBelowCriterion ? .underKriteriet : .opfylder
  }
}
