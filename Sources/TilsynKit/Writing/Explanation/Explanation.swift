/// What `tilsyn forklar` shows (SPEC 1, 5.2): one municipality's early effort in a period down to the
/// cases — each measure's months with the arithmetic, the regime and criterion, the not-met spells by
/// reason and the streak; with a measure, its not-met spells; with a person, the person's rows of the
/// six tables and how each rule judged them. Built from the same judgements as the reports
/// (`KommuneEarlyEffort`), then printed as Danish text (`ExplanationText`) or JSON
/// (`ExplanationJSON`).
public struct Explanation: Sendable {
  public let kommune: Kommune
  public let period: Period
  public let ruleSetVersion: String
  public let overall: OverallStatus
  /// SPEC 4.1 `i_traek`, from the earlier reports found.
  public let streak: Int?
  public let measures: [MeasureExplanation]
  /// With `--maal`: that measure's not-met spells, month by month.
  public let cases: [CaseLine]?
  /// With `--person`.
  public let person: PersonExplanation?

  /// One measure's half-year.
  public struct MeasureExplanation: Sendable {
    public let measure: EarlyEffortMeasure
    public let halfYear: MeasureHalfYear
    /// The requirement in words, per month (the month's regime's).
    public let requirements: [String]
    /// Not-met spells by reason over the half-year (`nil` for `mangler_data`).
    public let reasons: [(reason: NotMetReason, count: Int)]?
  }

  /// A not-met cohort spell.
  public struct CaseLine: Sendable {
    public let measure: EarlyEffortMeasure
    public let month: YearMonth
    public let personID: String
    public let judged: JudgedSpell
  }

  /// One person: the rows and the judgements.
  public struct PersonExplanation: Sendable {
    public let id: String
    /// The person's rows of the six tables, by date (then table order).
    public let rows: [TimelineRow]
    /// Each cohort spell of the person in the period, per measure and month.
    public let judgements: [PersonJudgement]
  }

  /// One row of an input table on the person's timeline.
  public struct TimelineRow: Sendable {
    public let table: TableKind
    public let day: Day
    public let text: String
  }

  /// How one measure judged one of the person's cohort spells, with every conversation or offer of
  /// the person and how the rule saw it.
  public struct PersonJudgement: Sendable {
    public let measure: EarlyEffortMeasure
    public let month: YearMonth
    public let requirement: String
    public let judged: JudgedSpell
    public let talks: [(samtale: Samtale, verdict: TalkVerdict)]
    public let offers: [(offer: Tilbud, reason: NotMetReason?)]
  }
}

/// Why `tilsyn forklar` cannot explain what it was asked (exit 2).
public enum ExplanationError: Error, Equatable, CustomStringConvertible {
  case unknownMeasure(String, known: [String])
  case unknownPerson(String, kommune: String)

  public var description: String {
    switch self {
    case .unknownMeasure(let id, let known):
      "ukendt mål '\(id)' i --maal: regelsættets mål er \(known.joined(separator: ", "))"
    case .unknownPerson(let id, let kommune):
      "person_id '\(CPRMasking.masked(id))' findes ikke i \(kommune)s udtræk for perioden"
    }
  }
}
