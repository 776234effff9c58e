/// The rule set's values for the early effort (SPEC 4.1), each looked up on the date its rule says:
/// a spell's requirements on its start day, an offer's eligibility on the offer's start day, a
/// conversation's holder on its date, thresholds on the six-month date or the month's last day.
public struct EarlyEffortRules: Sendable {
  public let version: String
  private let monthsToSixMonthDate: DatedValues<Int>
  private let samtaleGroups: DatedValues<Set<Maalgruppe>>
  private let tilbudGroups: DatedValues<Set<Maalgruppe>>
  private let holders: DatedValues<Set<AfholdtAf>>
  private let samtaleCount: DatedValues<Int>
  private let samtaleCountDagpenge: DatedValues<Int>
  private let eligibleTypes: DatedValues<Set<Tilbudstype>>
  private let minimumDays: DatedValues<Int>
  private let graceDays: DatedValues<Int>
  private let minimumCohort: DatedValues<Int>
  private let criterion: DatedValues<FixedDecimal>
  private let consecutiveMonths: DatedValues<Int>

  public init(rules: RuleSet) {
    version = rules.version
    monthsToSixMonthDate = DatedValues(rules, .tidligMaanederTilSeksMaanedersdato) { $0.integer }
    samtaleGroups = DatedValues(rules, .tidligMaalgrupperSamtale) { $0.codes() }
    tilbudGroups = DatedValues(rules, .tidligMaalgrupperTilbud) { $0.codes() }
    holders = DatedValues(rules, .tidligSamtaleAfholdtAf) { $0.codes() }
    samtaleCount = DatedValues(rules, .tidligSamtalerKrav) { $0.integer }
    samtaleCountDagpenge = DatedValues(rules, .tidligSamtalerKravDagpenge) { $0.integer }
    eligibleTypes = DatedValues(rules, .tidligTilbudTyper) { $0.codes() }
    minimumDays = DatedValues(rules, .tidligTilbudMinimumDage) { $0.integer }
    graceDays = DatedValues(rules, .tidligLoentilskudFristDage) { $0.integer }
    minimumCohort = DatedValues(rules, .tidligKohorteMinimum) { $0.integer }
    criterion = DatedValues(rules, .tidligKriteriumProcent) { $0.decimal }
    consecutiveMonths = DatedValues(rules, .tidligKriteriumMaaneder) { $0.integer }
  }

  /// D6 = `start` + 6 calendar months, the day clamped ("31 January + 1 month = 28/29 February").
  public func sixMonthDate(start: Day) -> Day { start.adding(months: monthsToSixMonthDate.on(start)) }

  /// The target groups of the samtale measure on D6 (LAB § 31).
  public func samtaleGroups(on day: Day) -> Set<Maalgruppe> { samtaleGroups.on(day) }

  /// The target groups of the tilbud measure on D6 (LAB § 102).
  public func tilbudGroups(on day: Day) -> Set<Maalgruppe> { tilbudGroups.on(day) }

  /// Who may hold a conversation that counts (`jobcenter`, `faelles`), on its date.
  public func countingHolders(on day: Day) -> Set<AfholdtAf> { holders.on(day) }

  /// Jobsamtaler required in [start, D6], by the rules valid on the spell's start (LAB § 31): 4; for
  /// dagpenge the dated rule (4 before 2024-01-01, 3 from then).
  public func requiredSamtaler(for spell: Forloeb) -> Int {
    spell.maalgruppe == .dagpenge ? samtaleCountDagpenge.on(spell.start) : samtaleCount.on(spell.start)
  }

  /// Whether an offer of `type` that started on `start` is of an eligible type (LAB § 102).
  public func isEligible(_ type: Tilbudstype, startedOn start: Day) -> Bool { eligibleTypes.on(start).contains(type) }

  /// The minimum duration of an offer in days (14, so `slut` − `start` ≥ 13), on its start.
  public func minimumOfferDays(on day: Day) -> Int { minimumDays.on(day) }

  /// Days after D6 within which a løntilskud granted by D6 may start (21).
  public func loentilskudGraceDays(on day: Day) -> Int { graceDays.on(day) }

  /// The smallest cohort for a month to be assessable (10), on the month's last day.
  public func cohortMinimum(on day: Day) -> Int { minimumCohort.on(day) }

  /// Consecutive months below the criterion that count (6), on the period's last day.
  public func consecutiveMonthsBelow(on day: Day) -> Int { consecutiveMonths.on(day) }

  /// The criterion in percent (80), on the month's last day.
  public func criterionPercent(on day: Day) -> FixedDecimal { criterion.on(day) }
}
