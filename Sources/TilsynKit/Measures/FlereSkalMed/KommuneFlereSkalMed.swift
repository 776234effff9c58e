/// A municipality's standing on Flere skal med gruppe 2 (SPEC 4.3).
enum FlereSkalMedStatus: String, Sendable, CaseIterable {
  /// `over_9_mdr` ≥ 20 while the rehabiliteringsteam requirement is in force: the minister writes to
  /// the mayor (SPEC 5, `breve/`).
  case brev = "brev"
  /// Below the letter threshold, or the requirement the letter rests on is no longer in force.
  case intetBrev = "intet_brev"
  /// `markeringer`, `ydelser`, `samtaler` or `tilbud` is missing: no counts at all.
  case manglerData = "mangler_data"
}

/// One municipality's Flere skal med gruppe 2 at the period's last day E (SPEC 4.3; the follow-up
/// model of the minister's letter of 7 May 2019): who is in gruppe 2, who was treated in the
/// rehabiliteringsteam, who switched benefit, who is still on kontanthjælp (and of those, who has
/// waited more than nine months untreated and who is in no offer), who left, who is on another
/// benefit.
struct KommuneFlereSkalMed: Sendable {
  let kommune: Kommune
  let period: Period
  /// The counts, or `nil` when a needed table is missing (`mangler_data`: empty, never 0).
  let counts: FlereSkalMedCounts?
  /// Every person in gruppe 2 at E with where they stand, in person order (`nil` for
  /// `mangler_data`): the case list (SPEC 5.2) the counts were made from.
  let persons: [Gruppe2Person]?
  /// The thresholds used (from the rule set, on E).
  let thresholds: FlereSkalMedThresholds

  /// The tables the measure needs (SPEC 4.3).
  static let neededTables: [TableKind] = [.markeringer, .ydelser, .samtaler, .tilbud]

  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  init(_ extract: KommuneExtract, period: Period, rules: FlereSkalMedRules, tables: PersonTables? = nil) {
    kommune = extract.kommune
    self.period = period
    let e = period.lastDay
    let thresholds = rules.thresholds(on: e)
    self.thresholds = thresholds
    let tables = tables ?? PersonTables(extract)
    guard let markeringer = extract.markeringer, let benefits = tables.ydelser, let samtaler = tables.samtaler,
      let tilbud = tables.tilbud
    else {
      counts = nil
      persons = nil
      return
    }
    let treatment = RehabTreatment(conversations: samtaler)
    let offers = ActiveOffer(offers: tilbud)
    let persons = Gruppe2Marking.marked(markeringer, persons: extract.persons.count, at: e).map { person, fra in
      let treated = treatment.treatment(person, markedFrom: fra, by: e)
      let outcome = BenefitAtEnd.at(e, of: person, in: benefits)
      let continuing = outcome == .fortsatKontanthjaelp
      return Gruppe2Person(
        person: person, markedFrom: fra, treated: treated, outcome: outcome,
        over9Mdr: continuing && treated == nil && thresholds.isMarkedLongAgo(fra, at: e),
        udenTilbud: continuing && !offers.hasOffer(person, on: e))
    }
    var counts = FlereSkalMedCounts()
    for person in persons {
      counts.iGruppe2 += 1
      if person.treated != nil { counts.behandlet += 1 }
      counts[person.outcome] += 1
      if person.over9Mdr { counts.over9Mdr += 1 }
      if person.udenTilbud { counts.udenTilbud += 1 }
    }
    self.counts = counts
    self.persons = persons
  }

  /// `brev` when `over_9_mdr` ≥ the letter minimum (20), `intet_brev` below, `mangler_data` without
  /// counts.
  var status: FlereSkalMedStatus {
    guard let counts else { return .manglerData }
    return thresholds.lettersInForce && counts.over9Mdr >= thresholds.letterMinimum ? .brev : .intetBrev
  }

  /// Whether the mayor gets a letter.
  var getsLetter: Bool { status == .brev }
}

/// One person in Flere skal med gruppe 2 at E (SPEC 4.3, 5.2 `sager/flere_skal_med.csv`): what the
/// counts of `FlereSkalMedCounts` are made of.
struct Gruppe2Person: Sendable, Equatable {
  let person: PersonIndex
  /// The earliest `FSM2_REHAB` marking's `fra` on or before E.
  let markedFrom: Day
  /// The first rehabiliteringsteam meeting in [marked from, E], if any (`behandlet`).
  let treated: Day?
  /// Where the person stands at E, by the benefit covering E.
  let outcome: BenefitAtEnd
  /// Still on kontanthjælp, marked more than `fsm2.maaneder` months before E and not treated.
  let over9Mdr: Bool
  /// Still on kontanthjælp and in no offer active on E.
  let udenTilbud: Bool
}
