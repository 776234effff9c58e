import Testing
@testable import TilsynKit

/// The edges of SPEC 4.4 (the proposed fremdriftsgaranti) on hand-built records. E = 2024-06-30
/// (2024H1): due needs a stretch of public support starting on or before E − 12 months =
/// 2023-06-30; the review window is [2023-07-01, 2024-06-30].
@Suite struct FremdriftRuleTests {
  typealias Fixture = EarlyEffortFixture
  let longAgo = Day(2022, 1, 1)

  /// Seniority of exactly 12 months at E (stretch from 2023-06-30) is due; one day short
  /// (2023-07-01) is not.
  @Test func twelveMonthsExactlyIsDue() {
    var fixture = Fixture.withBenefits()
    fixture.khaRecipient(1, from: Day(2023, 6, 30), reviewed: true)
    fixture.khaRecipient(2, from: Day(2023, 7, 1), reviewed: true)
    let result = fixture.fremdrift()
    #expect(result.due == 1)
    #expect(result.met == 1)
    #expect(result.thresholds.latestStretchStart(at: Fixture.e) == Day(2023, 6, 30))
  }

  /// Seniority is SPEC 4.2's: a gap of up to 28 days does not break the stretch, 29 does. Both
  /// persons are on KHA from 2023-01-01 and on KH 2023-01-01 – 2023-07-31. Person 1 is on KH again
  /// from 2023-08-29 (gap 1–28 August = 28 days: the stretch starts 2023-01-01 ≤ 2023-06-30, due);
  /// person 2 from 2023-08-30 (29 days: a new stretch from 2023-08-30, not due).
  @Test func gapOfTwentyEightAgainstTwentyNineDays() {
    var fixture = Fixture.withBenefits()
    for n in 1...2 { fixture.spell(n, .kontanthjaelpAktivitetsparat, Day(2023, 1, 1)) }
    fixture.benefit(1, .kontanthjaelp, Day(2023, 1, 1), Day(2023, 7, 31))
    fixture.benefit(1, .kontanthjaelp, Day(2023, 8, 29))
    fixture.benefit(2, .kontanthjaelp, Day(2023, 1, 1), Day(2023, 7, 31))
    fixture.benefit(2, .kontanthjaelp, Day(2023, 8, 30))
    let result = fixture.fremdrift()
    #expect(result.due == 1)
    #expect(result.thresholds.maximumGapDays == 28)
  }

  /// The review window is [E − 12 months + 1 day, E]: 2023-06-30 is outside, 2023-07-01 and E are
  /// inside, 2024-07-01 (after E) is outside; a jobsamtale is not a review. due 5, met 2.
  @Test func reviewWindowEdges() {
    var fixture = Fixture.withBenefits()
    for n in 1...5 { fixture.khaRecipient(n, reviewed: false) }
    fixture.samtale(1, Day(2023, 6, 30), .fremdriftsvurdering)
    fixture.samtale(2, Day(2023, 7, 1), .fremdriftsvurdering)
    fixture.samtale(3, Fixture.e, .fremdriftsvurdering, by: .akasse)
    fixture.samtale(4, Day(2024, 7, 1), .fremdriftsvurdering)
    fixture.samtale(5, Day(2024, 3, 1), .jobsamtale)
    let result = fixture.fremdrift()
    #expect(result.due == 5)
    #expect(result.met == 2)
    #expect(result.thresholds.window(endingOn: Fixture.e) == Day(2023, 7, 1)...Fixture.e)
  }

  /// Due 9, all met: `ikke_vurderet` (below the minimum of 10); due 10, all met: `opfylder`.
  @Test func nineDueIsNotAssessableTenIs() {
    var nine = Fixture.withBenefits()
    for n in 1...9 { nine.khaRecipient(n, reviewed: true) }
    #expect(nine.fremdrift().status == .ikkeVurderet)
    var ten = nine
    ten.khaRecipient(10, reviewed: true)
    #expect(ten.fremdrift().status == .opfylder)
    // 10 due, 7 met (70 %): under the criterion.
    var under = Fixture.withBenefits()
    for n in 1...10 { under.khaRecipient(n, reviewed: n <= 7) }
    #expect(under.fremdrift().status == .underKriteriet)
  }

  /// The share is compared with 80 % exactly: 7,999 of 10,000 (79.99 %) is under the criterion,
  /// 8,000 (80.00 %) is not; 1,599 of 2,000 (79.95 %) is under although it displays as 80,0.
  @Test func eightyPercentExactlyViaCounts() {
    func result(due: Int, met: Int) -> KommuneFremdrift {
      var fixture = Fixture.withBenefits()
      for n in 0..<due { fixture.khaRecipient(n, reviewed: n < met) }
      return fixture.fremdrift()
    }
    let below = result(due: 10_000, met: 7_999)
    #expect(below.due == 10_000)
    #expect(below.met == 7_999)
    #expect(below.status == .underKriteriet)
    #expect(result(due: 10_000, met: 8_000).status == .opfylder)
    let displaysEighty = result(due: 2_000, met: 1_599)
    #expect(displaysEighty.status == .underKriteriet)
    let row = Fixture.csvLines(FremdriftTables.csv(FremdriftSummary(kommuner: [displaysEighty])))[1]
    #expect(row == "101;København;Øst;2000;1599;80,0;under_kriteriet;foreslaaet_ordning")
  }

  /// Only a KHA `forloeb` covering E makes a person due:
  /// 1: KHA ended the day before E, KHJ from E → not due;
  /// 2: KHA ending on E → due;
  /// 3: KHJ covering E → not due;
  /// 4: KHA covering E but no benefit spell covering E (no seniority) → not due;
  /// 5: KHA from 2022 and SDP from 2024-03-01, both covering E: the latest start (SDP) is the
  ///    forloeb covering E → not due;
  /// 6: seniority on another public-support benefit (SDP 2022 – 2023-12-31, then KH) counts → due.
  @Test func onlyKHACoveringEIsDue() {
    var fixture = Fixture.withBenefits()
    for n in [1, 2, 3, 5] { fixture.benefit(n, .kontanthjaelp, longAgo) }
    fixture.spell(1, .kontanthjaelpAktivitetsparat, longAgo, Day(2024, 6, 29))
    fixture.spell(1, .kontanthjaelpJobparat, Fixture.e)
    fixture.spell(2, .kontanthjaelpAktivitetsparat, longAgo, Fixture.e)
    fixture.spell(3, .kontanthjaelpJobparat, longAgo)
    fixture.spell(4, .kontanthjaelpAktivitetsparat, longAgo)
    fixture.benefit(4, .kontanthjaelp, longAgo, Day(2024, 5, 31))
    fixture.spell(5, .kontanthjaelpAktivitetsparat, longAgo)
    fixture.spell(5, .sygedagpenge, Day(2024, 3, 1))
    fixture.spell(6, .kontanthjaelpAktivitetsparat, Day(2024, 1, 1))
    fixture.benefit(6, .sygedagpenge, longAgo, Day(2023, 12, 31))
    fixture.benefit(6, .kontanthjaelp, Day(2024, 1, 1))
    #expect(fixture.fremdrift().due == 2)  // persons 2 and 6
  }

  /// Fleksjob and førtidspension are not public support: a KHA person whose only spell covering E
  /// is FJ has no seniority and is not due.
  @Test func fleksjobGivesNoSeniority() {
    var fixture = Fixture.withBenefits()
    fixture.spell(1, .kontanthjaelpAktivitetsparat, longAgo)
    fixture.benefit(1, .fleksjob, longAgo)
    #expect(fixture.fremdrift().due == 0)
    #expect(fixture.fremdrift().status == .ikkeVurderet)
  }

  /// `forloeb`, `ydelser` or `samtaler` missing → `mangler_data` with no counts; `tilbud`,
  /// `markeringer` and `timer` are not needed.
  @Test func missingTableIsManglerData() {
    var base = Fixture.withBenefits()
    base.khaRecipient(1, reviewed: true)
    for table in KommuneFremdrift.neededTables {
      var fixture = base
      switch table {
      case .forloeb: fixture.extract.forloeb = nil
      case .ydelser: fixture.extract.ydelser = nil
      case .samtaler: fixture.extract.samtaler = nil
      default: Issue.record("unexpected table \(table)")
      }
      let result = fixture.fremdrift()
      #expect(result.status == .manglerData)
      #expect(result.due == nil)
      #expect(result.met == nil)
    }
    var others = base
    others.extract.tilbud = nil
    others.extract.markeringer = nil
    others.extract.timer = nil
    #expect(others.fremdrift().due == 1)
  }
}
