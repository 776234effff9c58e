/// A municipality's standing on Flere skal med gruppe 2 (SPEC 4.3).
public enum FlereSkalMedStatus: String, Sendable, CaseIterable {
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
public struct KommuneFlereSkalMed: Sendable {
  public let kommune: Kommune
  public let period: Period
  /// The counts, or `nil` when a needed table is missing (`mangler_data`: empty, never 0).
  public let counts: FlereSkalMedCounts?
  /// The thresholds used (from the rule set, on E).
  public let thresholds: FlereSkalMedThresholds

  /// The tables the measure needs (SPEC 4.3).
  public static let neededTables: [TableKind] = [.markeringer, .ydelser, .samtaler, .tilbud]

  /// - Parameter tables: the extract grouped by person, when the caller has it already.
  public init(_ extract: KommuneExtract, period: Period, rules: FlereSkalMedRules, tables: PersonTables? = nil) {
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
      return
    }
    let persons = extract.persons.count
    let treatment = RehabTreatment(conversations: samtaler)
    let offers = ActiveOffer(offers: tilbud)
    var counts = FlereSkalMedCounts()
    for (person, fra) in Gruppe2Marking.marked(markeringer, persons: persons, at: e) {
      counts.iGruppe2 += 1
      let treated = treatment.isTreated(person, markedFrom: fra, by: e)
      if treated { counts.behandlet += 1 }
      let outcome = BenefitAtEnd.at(e, of: person, in: benefits)
      counts[outcome] += 1
      guard outcome == .fortsatKontanthjaelp else { continue }
      if !treated && thresholds.isMarkedLongAgo(fra, at: e) { counts.over9Mdr += 1 }
      if !offers.hasOffer(person, on: e) { counts.udenTilbud += 1 }
    }
    self.counts = counts
  }

  /// `brev` when `over_9_mdr` ≥ the letter minimum (20), `intet_brev` below, `mangler_data` without
  /// counts.
  public var status: FlereSkalMedStatus {
    guard let counts else { return .manglerData }
    return thresholds.lettersInForce && counts.over9Mdr >= thresholds.letterMinimum ? .brev : .intetBrev
  }

  /// Whether the mayor gets a letter.
  public var getsLetter: Bool { status == .brev }
}
