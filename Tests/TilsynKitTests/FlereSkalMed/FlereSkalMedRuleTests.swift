import Testing
@testable import TilsynKit

/// The edges of SPEC 4.3 on hand-built records. E = 2024-06-30 (2024H1), so E − 9 months =
/// 2023-09-30; every person is on kontanthjælp from 2022-01-01 unless the test says otherwise.
@Suite struct FlereSkalMedRuleTests {
  typealias Fixture = EarlyEffortFixture
  let longAgo = Day(2022, 1, 1)

  /// The counts of `fixture`, checking the identity on the way.
  func counts(_ fixture: Fixture, _ period: String = "2024H1") -> FlereSkalMedCounts {
    let counts = fixture.flereSkalMed(period).counts!
    #expect(counts.identityHolds)
    return counts
  }

  /// `over_9_mdr` needs `fra` < E − 9 months, strictly: marked 2023-09-30 (exactly 9 months before
  /// E) is not over; marked 2023-09-29 (9 months and a day) is.
  @Test func markedExactlyNineMonthsBeforeIsNotOver() {
    var fixture = Fixture.withBenefits()
    fixture.gruppe2(1, Day(2023, 9, 30))
    fixture.gruppe2(2, Day(2023, 9, 29))
    for n in 1...2 { fixture.benefit(n, .kontanthjaelp, longAgo) }
    let c = counts(fixture)
    #expect(c.iGruppe2 == 2)
    #expect(c.fortsatKontanthjaelp == 2)
    #expect(c.over9Mdr == 1)
  }

  /// Month steps clamp the day: in 2024H2, E = 2024-12-31 and E − 9 months = 2024-03-31; in 2025H1,
  /// E = 2025-06-30 and E − 9 months = 2024-09-30.
  @Test func nineMonthsBeforeEIsACalendarStep() {
    var fixture = Fixture.withBenefits()
    fixture.gruppe2(1, Day(2024, 3, 31))  // not over in 2024H2
    fixture.gruppe2(2, Day(2024, 3, 30))  // over in 2024H2
    for n in 1...2 { fixture.benefit(n, .kontanthjaelp, longAgo) }
    #expect(counts(fixture, "2024H2").over9Mdr == 1)
    #expect(counts(fixture, "2025H1").over9Mdr == 2)
  }

  /// Several markings of one person count once, from the earliest `fra`: markings 2023-11-01 and
  /// 2023-09-01 → in gruppe 2 from 2023-09-01 < 2023-09-30, so over 9 months (the later one alone
  /// would not be).
  @Test func severalMarkingsCountOnceFromTheEarliest() {
    var fixture = Fixture.withBenefits()
    fixture.gruppe2(1, Day(2023, 11, 1))
    fixture.gruppe2(1, Day(2023, 9, 1))
    fixture.gruppe2(1, Day(2024, 2, 1), Day(2024, 3, 1))
    fixture.benefit(1, .kontanthjaelp, longAgo)
    let c = counts(fixture)
    #expect(c.iGruppe2 == 1)
    #expect(c.over9Mdr == 1)
  }

  /// An ended marking still counts; one starting on E counts; one starting the day after E does
  /// not; `FSM2_STEPUP` and `FRITAGET` are not gruppe 2. Persons 1 and 3 → i_gruppe2 = 2.
  @Test func endedMarkingCountsLateMarkingDoesNot() {
    var fixture = Fixture.withBenefits()
    fixture.gruppe2(1, Day(2023, 1, 1), Day(2023, 6, 30))
    fixture.gruppe2(2, Day(2024, 7, 1))
    fixture.gruppe2(3, Fixture.e)
    fixture.marking(4, .fsm2Stepup, longAgo)
    fixture.marking(5, .fritaget, longAgo)
    for n in 1...5 { fixture.benefit(n, .kontanthjaelp, longAgo) }
    let c = counts(fixture)
    #expect(c.iGruppe2 == 2)
    #expect(c.fortsatKontanthjaelp == 2)
    #expect(c.over9Mdr == 1)  // person 1 (2023-01-01); person 3 was marked on E
  }

  /// Two spells cover E: the latest `fra` wins (KH from 2022, RF from 2024-03-01 → RF).
  /// Same `fra`: the open `til` wins (KH to 2024-12-31, SDP open → SDP).
  /// Same `fra` and `til`: the SPEC 3.5 order (KH before FP → KH; DP before KH → DP).
  @Test func benefitAtEndTieBreaks() {
    let p = PersonIndex(0)
    func spell(_ y: Ydelse, _ fra: Day, _ til: Day?) -> Ydelsesperiode {
      Ydelsesperiode(person: p, ydelse: y, fra: fra, til: til)
    }
    let e = Fixture.e
    let y2024 = Day(2024, 1, 1)
    func atE(_ spells: Ydelsesperiode...) -> Ydelse? { CoveringSpell.on(e, among: spells)?.ydelse }
    #expect(atE(spell(.kontanthjaelp, longAgo, nil), spell(.ressourceforloeb, Day(2024, 3, 1), nil)) == .ressourceforloeb)
    #expect(atE(spell(.sygedagpenge, y2024, nil), spell(.kontanthjaelp, y2024, Day(2024, 12, 31))) == .sygedagpenge)
    #expect(atE(spell(.kontanthjaelp, y2024, Day(2024, 12, 31)), spell(.sygedagpenge, y2024, Day(2025, 1, 1))) == .sygedagpenge)
    #expect(atE(spell(.foertidspension, y2024, nil), spell(.kontanthjaelp, y2024, nil)) == .kontanthjaelp)
    #expect(atE(spell(.kontanthjaelp, y2024, e), spell(.dagpenge, y2024, e)) == .dagpenge)
    // A spell starting after E never covers it, however late its `fra`.
    #expect(atE(spell(.kontanthjaelp, y2024, nil), spell(.ressourceforloeb, Day(2024, 7, 1), nil)) == .kontanthjaelp)

    // The same four persons through the measure: 1 → RF (skiftet), 2 → SDP (anden), 3 → KH
    // (fortsat), 4 → DP (anden).
    var fixture = Fixture.withBenefits()
    for n in 1...4 { fixture.gruppe2(n, Day(2024, 1, 1)) }
    fixture.benefit(1, .kontanthjaelp, longAgo)
    fixture.benefit(1, .ressourceforloeb, Day(2024, 3, 1))
    fixture.benefit(2, .kontanthjaelp, y2024, Day(2024, 12, 31))
    fixture.benefit(2, .sygedagpenge, y2024)
    fixture.benefit(3, .foertidspension, y2024)
    fixture.benefit(3, .kontanthjaelp, y2024)
    fixture.benefit(4, .kontanthjaelp, y2024, e)
    fixture.benefit(4, .dagpenge, y2024, e)
    let c = counts(fixture)
    #expect(c.skiftetYdelse == 1)
    #expect(c.andenYdelse == 2)
    #expect(c.fortsatKontanthjaelp == 1)
    #expect(c.afgaaet == 0)
  }

  /// An RF spell ending on E covers E (skiftet); a KH spell ending the day before E leaves no
  /// benefit (afgået), as do no spells at all and a spell starting the day after E.
  @Test func spellEndingOnEAgainstTheDayBefore() {
    var fixture = Fixture.withBenefits()
    for n in 1...4 { fixture.gruppe2(n, Day(2023, 6, 1)) }
    fixture.benefit(1, .kontanthjaelp, longAgo, Day(2024, 1, 31))
    fixture.benefit(1, .ressourceforloeb, Day(2024, 2, 1), Fixture.e)
    fixture.benefit(2, .kontanthjaelp, longAgo, Day(2024, 6, 29))
    fixture.benefit(4, .kontanthjaelp, Day(2024, 7, 1))
    let c = counts(fixture)
    #expect(c.skiftetYdelse == 1)
    #expect(c.afgaaet == 3)  // persons 2, 3 and 4
    #expect(c.fortsatKontanthjaelp == 0)
    #expect(c.over9Mdr == 0)  // only persons still on kontanthjælp can be over 9 months
  }

  /// `behandlet` needs a `rehabiliteringsteam` samtale on or after the marking's `fra`, up to E. All
  /// four are marked 2023-06-01 and on KH, so untreated ones are over 9 months:
  /// 1: meeting 2023-05-31 (the day before) → untreated, over;
  /// 2: meeting on 2023-06-01 → treated, not over;
  /// 3: meeting 2024-07-01 (after E) → untreated, over;
  /// 4: a jobsamtale, not a rehabiliteringsteam meeting → untreated, over.
  @Test func behandletOnlyFromTheMarking() {
    var fixture = Fixture.withBenefits()
    for n in 1...4 {
      fixture.gruppe2(n, Day(2023, 6, 1))
      fixture.benefit(n, .kontanthjaelp, longAgo)
    }
    fixture.samtale(1, Day(2023, 5, 31), .rehabiliteringsteam)
    fixture.samtale(2, Day(2023, 6, 1), .rehabiliteringsteam, by: .faelles)
    fixture.samtale(3, Day(2024, 7, 1), .rehabiliteringsteam)
    fixture.samtale(4, Day(2023, 7, 1), .jobsamtale)
    let c = counts(fixture)
    #expect(c.behandlet == 1)
    #expect(c.fortsatKontanthjaelp == 4)
    #expect(c.over9Mdr == 3)
  }

  /// `behandlet` counts whatever the benefit at E; `over_9_mdr` only among those still on
  /// kontanthjælp. Person 1 treated and on FP, person 2 treated and on KH: behandlet 2, over 0.
  @Test func behandletCountsAcrossBenefits() {
    var fixture = Fixture.withBenefits()
    for n in 1...2 {
      fixture.gruppe2(n, Day(2023, 1, 1))
      fixture.samtale(n, Day(2023, 3, 1), .rehabiliteringsteam)
    }
    fixture.benefit(1, .foertidspension, Day(2023, 8, 1))
    fixture.benefit(2, .uddannelseshjaelp, longAgo)
    let c = counts(fixture)
    #expect(c.behandlet == 2)
    #expect(c.skiftetYdelse == 1)
    #expect(c.fortsatKontanthjaelp == 1)
    #expect(c.over9Mdr == 0)
  }

  /// `uden_tilbud` (of those still on kontanthjælp) needs no offer active on E:
  /// 1: offer ending the day before E → uden; 2: offer ending on E → has one; 3: open offer → has
  /// one; 4: offer starting the day after E → uden; 5: on RF without an offer → not counted (not on
  /// kontanthjælp). fortsat = 4 (1–4), uden_tilbud = 2.
  @Test func udenTilbudOnE() {
    var fixture = Fixture.withBenefits()
    for n in 1...5 { fixture.gruppe2(n, Day(2024, 1, 1)) }
    for n in 1...4 { fixture.benefit(n, .overgangsydelse, longAgo) }
    fixture.benefit(5, .ressourceforloeb, longAgo)
    fixture.offer(1, .praktik, Day(2024, 6, 1), Day(2024, 6, 29))
    fixture.offer(2, .andet, Day(2024, 6, 1), Fixture.e)
    fixture.offer(3, .vejledning, Day(2024, 1, 1))
    fixture.offer(4, .praktik, Day(2024, 7, 1))
    let c = counts(fixture)
    #expect(c.fortsatKontanthjaelp == 4)
    #expect(c.udenTilbud == 2)
  }

  /// The identity on a mix of every benefit (each of the eleven in SPEC 3.5, plus one without a
  /// benefit): skiftet = RF, JAF, LY, FJ, FP = 5; fortsat = KH, UH, OVG = 3; anden = DP, SDP, REV =
  /// 3; afgået = 1; 5 + 3 + 1 + 3 = 12 = i_gruppe2.
  @Test func theFourOutcomesAddUpToGruppe2() {
    var fixture = Fixture.withBenefits()
    for (n, ydelse) in Ydelse.allCases.enumerated() {
      fixture.gruppe2(n, Day(2023, 1, 1))
      fixture.benefit(n, ydelse, longAgo)
    }
    fixture.gruppe2(99, Day(2023, 1, 1))
    let c = counts(fixture)
    #expect(c.iGruppe2 == 12)
    #expect(c.skiftetYdelse == 5)
    #expect(c.fortsatKontanthjaelp == 3)
    #expect(c.andenYdelse == 3)
    #expect(c.afgaaet == 1)
    #expect(c.skiftetYdelse + c.fortsatKontanthjaelp + c.afgaaet + c.andenYdelse == c.iGruppe2)
    #expect(c.over9Mdr == 3)
    #expect(c.udenTilbud == 3)
  }

  /// Each needed table missing makes the measure `mangler_data` with no counts (not zeros); a
  /// missing `forloeb` or `timer` does not matter.
  @Test func missingTableIsManglerData() {
    var base = Fixture.withBenefits()
    base.gruppe2(1, Day(2023, 1, 1))
    base.benefit(1, .kontanthjaelp, longAgo)
    var variants: [KommuneExtract] = []
    for table in KommuneFlereSkalMed.neededTables {
      var extract = base.extract
      switch table {
      case .markeringer: extract.markeringer = nil
      case .ydelser: extract.ydelser = nil
      case .samtaler: extract.samtaler = nil
      case .tilbud: extract.tilbud = nil
      default: Issue.record("unexpected table \(table)")
      }
      variants.append(extract)
    }
    for extract in variants {
      var fixture = base
      fixture.extract = extract
      let result = fixture.flereSkalMed()
      #expect(result.counts == nil)
      #expect(result.status == .manglerData)
      #expect(!result.getsLetter)
    }
    var withoutOthers = base
    withoutOthers.extract.forloeb = nil
    withoutOthers.extract.timer = nil
    #expect(withoutOthers.flereSkalMed().counts?.iGruppe2 == 1)
  }

  /// A letter to the mayor from 20 over 9 months (`fsm2.brev_minimum`): 19 → `intet_brev`, 20 →
  /// `brev`. No marked persons at all → zero counts and `intet_brev` (data, nobody marked).
  @Test func letterFromTwentyOverNineMonths() {
    func fixture(over: Int) -> Fixture {
      var fixture = Fixture.withBenefits()
      for n in 0..<over {
        fixture.gruppe2(n, Day(2023, 1, 1))
        fixture.benefit(n, .kontanthjaelp, longAgo)
      }
      return fixture
    }
    let nineteen = fixture(over: 19).flereSkalMed()
    let twenty = fixture(over: 20).flereSkalMed()
    #expect(nineteen.counts?.over9Mdr == 19)
    #expect(nineteen.status == .intetBrev)
    #expect(twenty.counts?.over9Mdr == 20)
    #expect(twenty.status == .brev)
    #expect(twenty.thresholds == FlereSkalMedThresholds(months: 9, letterMinimum: 20, lettersInForce: true, requirementRemovedFrom: nil))
    let empty = fixture(over: 0).flereSkalMed()
    #expect(empty.counts == FlereSkalMedCounts())
    #expect(empty.status == .intetBrev)
  }
}
