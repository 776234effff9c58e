/// The parameters of one state of the person simulation.
struct StateRealism: Sendable {
  /// New persons per month, nationally at `--scale 1`, whose first spell is in this state.
  let arrivalsPerMonth: Double
  /// Spell length in days, by quantiles (see `QuantileTable.probabilities`).
  let duration: QuantileTable
  /// What follows the spell.
  let next: WeightedTable<NextStep>
  /// Share of arrivals who had ordinary work in the months before (wage hours in `timer`).
  let workedBefore: Double
  /// Share of spells with some part-time wage hours while on the benefit.
  let partTimeWhileOn: Double
  /// Days between jobsamtaler after the first six months (`nil`: no follow-up conversations).
  let followUpDays: ClosedRange<Int>?
  /// Share who come back on a benefit some time after leaving for work or elsewhere.
  let comesBack: Double
}

/// Every realism parameter of the synthetic extract (SPEC 7) in one place. Rates are national at
/// `--scale 1`; each is commented with what it models. Tuned so that scale 1 gives about 675,000
/// persons on a benefit at a time (about 400,000 of them on public support in the sense of SPEC 3.5;
/// the rest on fleksjob or førtidspension), and about 31 million rows (950 MB): timer 18.7 M,
/// samtaler 7.1 M, ydelser 2.3 M, forloeb 2.0 M, tilbud 1.1 M, markeringer 42,000.
enum Realism {
  /// Share of a municipality's population aged 16–66 (`benchmark.befolkning_16_66`).
  static let workingAgeShare = 0.65

  /// The state parameters, indexed by `LifeState.rawValue`.
  static let states: [StateRealism] = LifeState.allCases.map(parameters)

  private static func parameters(_ state: LifeState) -> StateRealism {
    switch state {
    case .dp:  // a-dagpenge: high turnover, ~60 % of spells end within six months; at most two years.
      StateRealism(
        arrivalsPerMonth: 11_500, duration: QuantileTable([14, 28, 50, 105, 220, 400, 620, 730]),
        next: WeightedTable([(.work, 0.66), (.state(.khj), 0.06), (.state(.sdp), 0.05), (.out, 0.23)]),
        workedBefore: 0.88, partTimeWhileOn: 0.25, followUpDays: 40...70, comesBack: 0.30)
    case .khj:  // jobparat kontanthjælp: months to a couple of years.
      StateRealism(
        arrivalsPerMonth: 2_300, duration: QuantileTable([21, 40, 75, 150, 300, 560, 850, 1400]),
        next: WeightedTable([
          (.work, 0.42), (.state(.kha), 0.18), (.state(.sdp), 0.04), (.state(.uhu), 0.03), (.out, 0.33),
        ]),
        workedBefore: 0.35, partTimeWhileOn: 0.15, followUpDays: 40...75, comesBack: 0.25)
    case .kha:  // aktivitetsparat kontanthjælp: the long-term stock, often years.
      StateRealism(
        arrivalsPerMonth: 800, duration: QuantileTable([45, 120, 270, 600, 1150, 1900, 2800, 4000]),
        next: WeightedTable([
          (.state(.rf), 0.18), (.state(.ly), 0.07), (.state(.fp), 0.10), (.work, 0.17), (.state(.khj), 0.13),
          (.state(.sdp), 0.05), (.out, 0.30),
        ]),
        workedBefore: 0.08, partTimeWhileOn: 0.08, followUpDays: 50...110, comesBack: 0.15)
    case .uhu:  // uddannelsesparat uddannelseshjælp: young people on their way to education.
      StateRealism(
        arrivalsPerMonth: 1_900, duration: QuantileTable([21, 40, 70, 130, 240, 420, 620, 900]),
        next: WeightedTable([
          (.out, 0.45), (.work, 0.32), (.state(.uha), 0.13), (.state(.khj), 0.05), (.state(.sdp), 0.05),
        ]),
        workedBefore: 0.30, partTimeWhileOn: 0.15, followUpDays: 45...90, comesBack: 0.20)
    case .uha:  // aktivitetsparat uddannelseshjælp.
      StateRealism(
        arrivalsPerMonth: 700, duration: QuantileTable([60, 120, 250, 480, 900, 1400, 1900, 2600]),
        next: WeightedTable([
          (.out, 0.25), (.work, 0.18), (.state(.uhu), 0.12), (.state(.kha), 0.20), (.state(.rf), 0.15),
          (.state(.sdp), 0.05), (.state(.ly), 0.05),
        ]),
        workedBefore: 0.10, partTimeWhileOn: 0.08, followUpDays: 60...120, comesBack: 0.15)
    case .ovg:  // selvforsørgelses- og hjemrejseydelse / overgangsydelse: refugees, one to three years.
      StateRealism(
        arrivalsPerMonth: 450, duration: QuantileTable([90, 180, 320, 560, 900, 1250, 1600, 2100]),
        next: WeightedTable([(.state(.khj), 0.25), (.work, 0.45), (.state(.kha), 0.10), (.out, 0.20)]),
        workedBefore: 0.02, partTimeWhileOn: 0.20, followUpDays: 45...90, comesBack: 0.10)
    case .sdp:  // sygedagpenge: mostly weeks to months; after 22 weeks many go to jobafklaring.
      StateRealism(
        arrivalsPerMonth: 14_500, duration: QuantileTable([28, 35, 50, 90, 165, 300, 460, 730]),
        next: WeightedTable([
          (.work, 0.80), (.state(.dp), 0.04), (.state(.kha), 0.02), (.state(.sdp), 0.05), (.out, 0.09),
        ]),
        workedBefore: 0.93, partTimeWhileOn: 0.25, followUpDays: 35...60, comesBack: 0.15)
    case .jaf:  // jobafklaringsforløb after sygedagpenge ran out.
      StateRealism(
        arrivalsPerMonth: 0, duration: QuantileTable([60, 110, 180, 300, 470, 680, 880, 1200]),
        next: WeightedTable([
          (.state(.rf), 0.25), (.state(.ly), 0.12), (.state(.fp), 0.10), (.work, 0.30), (.state(.sdp), 0.08),
          (.state(.kha), 0.07), (.out, 0.08),
        ]),
        workedBefore: 0, partTimeWhileOn: 0.15, followUpDays: 30...75, comesBack: 0.10)
    case .rf:  // ressourceforløb: one to five years; then fleksjob, førtidspension or back.
      StateRealism(
        arrivalsPerMonth: 150, duration: QuantileTable([120, 240, 380, 620, 950, 1400, 1800, 2400]),
        next: WeightedTable([
          (.state(.ly), 0.22), (.state(.fj), 0.08), (.state(.fp), 0.25), (.state(.kha), 0.17), (.work, 0.14),
          (.out, 0.14),
        ]),
        workedBefore: 0.05, partTimeWhileOn: 0.10, followUpDays: 45...100, comesBack: 0.10)
    case .ly:  // ledighedsydelse between fleksjobs.
      StateRealism(
        arrivalsPerMonth: 300, duration: QuantileTable([14, 30, 60, 130, 270, 480, 720, 1200]),
        next: WeightedTable([(.state(.fj), 0.78), (.state(.fp), 0.06), (.state(.rf), 0.04), (.out, 0.12)]),
        workedBefore: 0.2, partTimeWhileOn: 0.05, followUpDays: 45...90, comesBack: 0.05)
    case .rev:  // revalidering: rare, an education or a job with support.
      StateRealism(
        arrivalsPerMonth: 35, duration: QuantileTable([120, 200, 320, 520, 800, 1100, 1350, 1700]),
        next: WeightedTable([(.work, 0.60), (.state(.ly), 0.10), (.state(.kha), 0.10), (.out, 0.20)]),
        workedBefore: 0.5, partTimeWhileOn: 0.05, followUpDays: 60...120, comesBack: 0.05)
    case .fj:  // fleksjob: years, on few hours; a job loss means ledighedsydelse. Some come from outside the flow.
      StateRealism(
        arrivalsPerMonth: 120, duration: QuantileTable([120, 400, 1000, 2100, 3600, 5400, 7000, 9000]),
        next: WeightedTable([(.state(.ly), 0.55), (.state(.fp), 0.15), (.out, 0.30)]),
        workedBefore: 0, partTimeWhileOn: 0, followUpDays: nil, comesBack: 0)
    case .fp:  // førtidspension: for good; also awarded to persons outside the simulated flow.
      StateRealism(
        arrivalsPerMonth: 400, duration: QuantileTable([40_000, 40_000, 40_000, 40_000, 40_000, 40_000, 40_000, 40_000]),
        next: WeightedTable([(.out, 1)]), workedBefore: 0, partTimeWhileOn: 0, followUpDays: nil, comesBack: 0)
    }
  }

  /// After more than 22 weeks of sygedagpenge (no extension) many move to jobafklaring.
  static let sygedagpengeAfter22Weeks = WeightedTable<NextStep>([
    (.state(.jaf), 0.30), (.work, 0.50), (.state(.dp), 0.05), (.state(.fp), 0.03), (.state(.rf), 0.02), (.out, 0.10),
  ])

  /// Days without a benefit between two spells that are not seamless: often none, sometimes a few
  /// days to four weeks (bridged by SPEC 4.2's 28-day rule), sometimes longer.
  static let gapDays = WeightedTable<ClosedRange<Int>>([(0...0, 0.55), (1...28, 0.30), (29...75, 0.15)])
  /// Days in work or elsewhere before someone who comes back does so: a short job now and then.
  static let daysBeforeComingBack = WeightedTable<ClosedRange<Int>>([(14...35, 0.2), (36...365, 0.45), (366...1100, 0.35)])

  /// Seasonal factor on arrivals by calendar month (January … December): dagpenge and
  /// uddannelseshjælp peak after the summer and at new year.
  static let seasonality: [Double] = [1.15, 1.0, 0.95, 0.9, 0.9, 0.95, 1.1, 1.2, 1.05, 0.95, 0.9, 0.95]

  // MARK: Early effort (SPEC 4.1)

  /// Jobsamtaler beyond the required number in the first six months, for spells that meet the rule.
  static let extraEarlyConversations = WeightedTable<Int>([(0, 0.5), (1, 0.35), (2, 0.15)])
  /// Jobsamtaler short of the requirement, for spells that do not meet it.
  static let missingEarlyConversations = WeightedTable<Int>([(1, 0.6), (2, 0.25), (3, 0.1), (4, 0.05)])
  /// Share of the jobcenter's conversations held jointly with the a-kasse (dagpenge) or others.
  static let jointConversationShare = (dagpenge: 0.2, others: 0.05)
  /// A-kasse conversations in a dagpenge spell's first three months (they do not count).
  static let akasseConversations = (before2024: 1...3, from2024: 2...4)
  /// Share of conversations of another kind (`andet`) among the follow-up conversations.
  static let otherConversationShare = 0.1
  /// Share of spells whose person is exempt (`FRITAGET`) for a while, e.g. parental leave.
  static let exemptionShare = 0.03

  /// How an offer planned to miss the offer rule misses it.
  enum OfferMiss { case nothing, late, ineligibleType, tooShort }
  static let offerMisses = WeightedTable<OfferMiss>([(.nothing, 0.3), (.late, 0.35), (.ineligibleType, 0.2), (.tooShort, 0.15)])
  /// Share of wage-subsidy offers meeting the rule that are granted before the six-month date and
  /// start shortly after it (LAB § 102; SPEC 4.1).
  static let lateStartingWageSubsidy = 0.35
  /// Share of offers with no grant date recorded.
  static let missingGrantDate = 0.12

  /// The eligible offer mix before øvrig vejledning stopped counting on 2023-03-22
  /// (`vejledningStoppedCounting`), and after, when municipalities moved to virksomhedspraktik and
  /// løntilskud. Spells from the 2025 reform on use `reformOffers` instead.
  static let offersBeforeReform = WeightedTable<Tilbudstype>([
    (.vejledning, 0.35), (.praktik, 0.25), (.loentilskudPrivat, 0.08), (.loentilskudOffentlig, 0.07),
    (.uddannelse, 0.12), (.nytte, 0.13),
  ])
  static let offersAfterReform = WeightedTable<Tilbudstype>([
    (.praktik, 0.45), (.loentilskudPrivat, 0.17), (.loentilskudOffentlig, 0.12), (.uddannelse, 0.12), (.nytte, 0.14),
  ])
  /// Offers to long-term recipients (every type, `andet` and `vejledning` included).
  static let longTermOffers = WeightedTable<Tilbudstype>([
    (.praktik, 0.3), (.vejledning, 0.15), (.loentilskudPrivat, 0.07), (.loentilskudOffentlig, 0.08),
    (.uddannelse, 0.1), (.nytte, 0.12), (.andet, 0.18),
  ])
  /// The day øvrig vejledning (§ 91) stopped counting as an offer (SPEC 4.1), until the 2025 reform.
  static let vejledningStoppedCounting = Day(2023, 3, 22)

  // MARK: The 2025 reform (SPEC 4.6; lov nr. 1750 af 29. december 2025, L 66 2025/26)
  //
  // How the simulated world behaves for spells that start on or after the reform day: what the
  // municipalities and a-kasser do, not the pipeline's rules (those are in the rule set).

  /// The day the reform's early-effort rules take effect (SPEC 4.6; lov nr. 1750 af 29/12/2025): a
  /// spell starting on or after it (D6 on or after 2027-01-01) is planned under the new rules, and
  /// øvrig vejledning counts again as an offer from it.
  static let reform2025Day = Day(2026, 7, 1)

  /// The transition at the reform day (SPEC 4.6 leaves it open; DOMAIN.md "The 2025 reform"): what
  /// the jobcenter had put in motion before the reform day for a spell starting after it stays as
  /// the old rules planned it, namely jobsamtaler booked up to a month ahead (dated up to this day)
  /// and offers granted before the reform day. It also keeps every extract up to 2026H1 unchanged:
  /// those already show conversations booked up to 30 days after their last day (2026-06-30) and
  /// offers granted by then (`PersonRows`), and were generated before the reform was simulated.
  static let bookedUnderOldRulesUntil = Day(2026, 7, 30)

  /// Required jobsamtaler held by the jobcenter (or jointly) under the reform (SPEC 4.6): a dagpenge
  /// spell two from three months after its start (when the municipality takes over from the
  /// a-kasse), kontanthjælp jobparat and ledighedsydelse four from the start, both up to D6.
  static let reformConversations = (dagpenge: 2, others: 4)
  /// Months after the start from which a dagpenge spell's jobsamtaler are the jobcenter's (SPEC 4.6).
  static let reformDagpengeJobcenterAfterMonths = 3
  /// Jobsamtaler in the first six months of the spells the reform no longer measures (KHA, UHU, UHA,
  /// JAF, RF, REV, OVG): fewer than before and not planned against a requirement.
  static let unmeasuredEarlyConversations = WeightedTable<Int>([(1, 0.25), (2, 0.35), (3, 0.25), (4, 0.15)])

  /// The a-kasse's jobsamtaler in a dagpenge spell's first three months under the reform (SPEC 4.6's
  /// a-kasse measure: at least two). A spell drawn to meet it gets two or more, one drawn not to
  /// gets none or one.
  static let reformAkasseConversations = 2
  static let reformAkasseMonths = 3
  static let extraAkasseConversations = WeightedTable<Int>([(0, 0.55), (1, 0.35), (2, 0.10)])
  static let missedAkasseConversations = WeightedTable<Int>([(0, 0.35), (1, 0.65)])

  /// The eligible offer mix of spells from the reform day, when øvrig vejledning counts again (SPEC
  /// 4.6) and municipalities return to it: a sizeable share, less than before 2023.
  static let reformOffers = WeightedTable<Tilbudstype>([
    (.vejledning, 0.28), (.praktik, 0.32), (.loentilskudPrivat, 0.12), (.loentilskudOffentlig, 0.08),
    (.uddannelse, 0.09), (.nytte, 0.11),
  ])
  /// Spells the reform drops from the offer measure (KHA, UHA, OVG): the share with an offer in the
  /// first six months, its mix (`andet` included) and the days after the start it begins.
  static let unmeasuredEarlyOfferShare = 0.6
  static let unmeasuredEarlyOffers = WeightedTable<Tilbudstype>([
    (.praktik, 0.25), (.vejledning, 0.25), (.uddannelse, 0.12), (.nytte, 0.12), (.loentilskudOffentlig, 0.06),
    (.loentilskudPrivat, 0.04), (.andet, 0.16),
  ])
  static let unmeasuredEarlyOfferDays = 21...240

  /// Offer length in days by type.
  static func offerDays(_ type: Tilbudstype) -> ClosedRange<Int> {
    switch type {
    case .praktik: 14...91
    case .loentilskudPrivat, .loentilskudOffentlig: 91...365
    case .nytte: 28...91
    case .uddannelse: 14...180
    case .vejledning: 14...56
    case .andet: 7...84
    }
  }
  /// Days between offers to active long-term recipients (fokusmål 1 of SPEC 4.2).
  static let longTermOfferGap = 90...260
  /// Share of active long-term recipients with part-time work instead of (or beside) offers.
  static let longTermWorkShare = 0.25

  // MARK: Hours (timer)

  /// Full-time monthly hours in hundredths (160.33 h), and the spread around it.
  static let fullTimeHundredths = 16_033
  static let fullTimeSpread = 0.08
  /// Part-time hours per month while on a benefit, in hundredths.
  static let partTimeHundredths = 1_000...8_000
  /// Fleksjob holders on few hours (≤ 43.3 a month) and their hours; and the rest.
  static let fewHoursFleksjobShare = 0.35
  static let fewHoursHundredths = 600...4_300
  static let fleksjobHundredths = 6_000...13_000
  /// Share of few-hours fleksjob holders whose hours grow, and by how much a month (hundredths).
  static let progressingShare = 0.35
  static let progressionPerMonth = 40...160
  /// Months of work before a spell, for arrivals who worked.
  static let monthsWorkedBefore = 2...12
  /// Share of jobs taken after a spell that end within a few years (hours stop) rather than last.
  static let jobEnds = 0.8
  static let jobDays = 30...540

  // MARK: Flere skal med gruppe 2 (SPEC 4.3)

  /// Years on kontanthjælp before a person may be put in gruppe 2.
  static let fsm2MarkedAfterDays = 540...1800
  /// Marking rates: ordinary municipalities, and the few that work hard with Flere skal med.
  static let fsm2Marking = (ordinary: 0.03, concentrated: 0.40)
  /// Share of marked persons whose case the rehabiliteringsteam treats (fewer where it piles up).
  static let fsm2Treated = (ordinary: 0.65, concentrated: 0.25)
  /// Share of marked persons who are also marked `FSM2_STEPUP`.
  static let fsm2StepUp = 0.15
  /// Where a treated person goes.
  static let afterRehabiliteringsteam = WeightedTable<NextStep>([
    (.state(.rf), 0.55), (.state(.ly), 0.15), (.state(.fp), 0.2), (.state(.kha), 0.10),
  ])
}
