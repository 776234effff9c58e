/// What `tilsyn forklar` shows (SPEC 1, 5.2): one municipality's early effort in a period down to the
/// cases — each measure's months with the arithmetic, the regime and criterion, the not-met spells by
/// reason and the streak; with a measure, its not-met spells; with a person, the person's rows of the
/// six tables and how each rule judged them. Built from the same judgements as the reports
/// (`KommuneEarlyEffort`), then printed as Danish text (`ExplanationText`) or JSON
/// (`ExplanationJSON`).
package struct Explanation: Sendable {
  let kommune: Kommune
  package let period: Period
  package let ruleSetVersion: String
  let overall: OverallStatus
  /// SPEC 4.1 `i_traek`, from the earlier reports found.
  package let streak: Int?
  package let measures: [MeasureExplanation]
  /// With `--maal`: that measure's not-met spells, month by month.
  package let cases: [CaseLine]?
  /// With `--person`.
  package let person: PersonExplanation?

  /// One measure's half-year.
  package struct MeasureExplanation: Sendable {
    let measure: EarlyEffortMeasure
    let halfYear: MeasureHalfYear
    /// The requirement in words, per month (the month's regime's).
    package let requirements: [String]
    /// Not-met spells by reason over the half-year (`nil` for `mangler_data`).
    let reasons: [(reason: NotMetReason, count: Int)]?
  }

  /// A not-met cohort spell.
  package struct CaseLine: Sendable {
    let measure: EarlyEffortMeasure
    package let month: YearMonth
    package let personID: String
    let judged: JudgedSpell
  }

  /// One person: the rows and the judgements.
  package struct PersonExplanation: Sendable {
    package let id: String
    /// The person's rows of the six tables, by date (then table order).
    package let rows: [TimelineRow]
    /// Each cohort spell of the person in the period, per measure and month.
    package let judgements: [PersonJudgement]
  }

  /// One row of an input table on the person's timeline.
  package struct TimelineRow: Sendable {
    package let table: TableKind
    package let day: Day
    package let text: String
  }

  /// How one measure judged one of the person's cohort spells, with every conversation or offer of
  /// the person and how the rule saw it.
  package struct PersonJudgement: Sendable {
    let measure: EarlyEffortMeasure
    package let month: YearMonth
    package let requirement: String
    let judged: JudgedSpell
    let talks: [(samtale: Samtale, verdict: TalkVerdict)]
    let offers: [(offer: Tilbud, reason: NotMetReason?)]
  }
}

/// Why `tilsyn forklar` cannot explain what it was asked (exit 2).
package enum ExplanationError: Error, Equatable, CustomStringConvertible {
  case unknownMeasure(String, known: [String])
  case unknownPerson(String, kommune: String)

  package var description: String {
    switch self {
    case .unknownMeasure(let id, let known):
      "ukendt mål '\(id)' i --maal: regelsættets mål er \(known.joined(separator: ", "))"
    case .unknownPerson(let id, let kommune):
      "person_id '\(CPRMasking.masked(id))' findes ikke i \(kommune)s udtræk for perioden"
    }
  }
}
