/// The committee's tables (SPEC 5, `udvalg/`): municipalities by name within their region, with region
/// subtotals and a national total, counts that add up along rows and columns, so disclosure control can
/// protect every total line; and each table's status column (issue 17). Flags are computed on the
/// unsuppressed data before any of this.
enum CommitteeTables {
  /// Every table, after disclosure control with `minimum`.
  static func all(_ summaries: Summaries, register: KommuneRegister, minimum: Int) -> [CommitteeTable] {
    let early = summaries.earlyEffort
    let tables =
      early.applicableMeasures.map { measure in
        (earlyEffort(measure, early, register: register), { (table: PublicationTable) in earlyEffortStatuses(measure, early, table) })
      } + [
        (flereSkalMed(summaries.flereSkalMed, register: register), { flereSkalMedStatuses(summaries.flereSkalMed, $0) }),
        (fremdrift(summaries.fremdrift, register: register), { fremdriftStatuses(summaries.fremdrift, $0) }),
      ]
    return tables.map { table, statuses in
      CommitteeTable(suppressed: DisclosureControl.apply(table, minimum: minimum), statuses: statuses(table))
    }
  }

  static func earlyEffortStatuses(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary, _ table: PublicationTable)
    -> [CommitteeTable.StatusCell]
  {
    let byCode = Dictionary(uniqueKeysWithValues: summary.kommuner.map { ($0.kommune.code, $0) })
    return measureStatuses(table) { byCode[$0]?.halfYear(measure).status }
  }

  static func fremdriftStatuses(_ summary: FremdriftSummary, _ table: PublicationTable) -> [CommitteeTable.StatusCell] {
    let byCode = Dictionary(uniqueKeysWithValues: summary.kommuner.map { ($0.kommune.code, $0) })
    return measureStatuses(table) { byCode[$0]?.status }
  }

  /// A measure's status in words on each municipality's row (`mangler data` where the municipality has
  /// no result), and how many are under the criterion on the summary lines.
  private static func measureStatuses(_ table: PublicationTable, statusOf: (Int) -> MeasureStatus?) -> [CommitteeTable.StatusCell] {
    CommitteeTable.statuses(
      table, counted: .under,
      detail: { code in
        let status = CommitteeStatus(statusOf(code) ?? .manglerData)
        return .init(text: status.word, status: status)
      },
      summary: { "\($0) under kriteriet" })
  }

  /// `brev til borgmesteren` where the minister writes; `intet brev` (uncoloured: after the
  /// requirement was removed it does not mean the count is low).
  static func flereSkalMedStatuses(_ summary: FlereSkalMedSummary, _ table: PublicationTable) -> [CommitteeTable.StatusCell] {
    let byCode = Dictionary(uniqueKeysWithValues: summary.kommuner.map { ($0.kommune.code, $0) })
    return CommitteeTable.statuses(
      table, counted: .under,
      detail: { code in
        switch byCode[code]?.status ?? .manglerData {
        case .brev: .init(text: "brev til borgmesteren", status: .under)
        case .intetBrev: .init(text: "intet brev", status: nil)
        case .manglerData: .init(text: CommitteeStatus.missingData.word, status: .missingData)
        }
      },
      summary: { $0 == 1 ? "1 brev" : "\($0) breve" })
  }

  /// Met, not met and cohort over the half-year's months, and the share met.
  static func earlyEffort(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary, register: KommuneRegister) -> PublicationTable {
    let byCode = Dictionary(uniqueKeysWithValues: summary.kommuner.map { ($0.kommune.code, $0) })
    return PublicationTable.regional(
      name: "tidlig_indsats_\(measure.id)",
      title: "\(measure.name.capitalizedFirst) i \(RuleText.firstMonths(summary.rules)), hele halvåret"
        + (measure.flags ? "" : " (til orientering)"),
      countColumns: ["opfyldt", "ikke opfyldt", "kohorte"],
      shareColumns: [.init(header: "andel opfyldt (pct.)", numerator: 0, denominator: 2)],
      regions: regions(register) { kommune in
        guard let months = byCode[kommune.code]?.halfYear(measure).months else { return [nil, nil, nil] }
        let cohort = months.reduce(0) { $0 + $1.cohort }
        let met = months.reduce(0) { $0 + $1.met }
        return [met, cohort - met, cohort]
      },
      rowTotals: [(components: [0, 1], total: 2)])
  }

  /// Flere skal med gruppe 2: where the persons marked are at E (the four add up to i_gruppe2), and
  /// of those still on kontanthjælp, over `fsm2.maaneder` months untreated and without an active offer
  /// (both at most `fortsat kontanthjælp`).
  static func flereSkalMed(_ summary: FlereSkalMedSummary, register: KommuneRegister) -> PublicationTable {
    let byCode = Dictionary(uniqueKeysWithValues: summary.kommuner.map { ($0.kommune.code, $0) })
    let over = "over \(summary.thresholds.map { String($0.months) } ?? "") mdr."
    var table = PublicationTable.regional(
      name: "flere_skal_med", title: "Flere skal med, gruppe 2, ved periodens udgang",
      countColumns: ["skiftet ydelse", "fortsat kontanthjælp", "afgået", "anden ydelse", "i gruppe 2", over, "uden tilbud"],
      shareColumns: [
        .init(header: "andel skiftet (pct.)", numerator: 0, denominator: 4),
        .init(header: "andel \(over) (pct.)", numerator: 5, denominator: 1),
        .init(header: "andel uden tilbud (pct.)", numerator: 6, denominator: 1),
      ],
      regions: regions(register) { kommune in
        guard let c = byCode[kommune.code]?.counts else { return Array(repeating: nil, count: 7) }
        return [c.skiftetYdelse, c.fortsatKontanthjaelp, c.afgaaet, c.andenYdelse, c.iGruppe2, c.over9Mdr, c.udenTilbud]
      },
      rowTotals: [(components: [0, 1, 2, 3], total: 4)], rowSubsets: [(part: 5, whole: 1), (part: 6, whole: 1)])
    // The mayor's letter quotes every count of its municipality but `anden ydelse` (SPEC 5.1).
    let letters = Set(summary.letters.map(\.kommune.code))
    table.quoted = Set(
      table.rows.indices.filter { table.rows[$0].kind == .detail && letters.contains(table.rows[$0].key) }
        .flatMap { row in [0, 1, 2, 4, 5, 6].map { PublicationTable.Cell(row: row, column: $0) } })
    table.quotedBy = "borgmesterbrevet om Flere skal med"
    return table
  }

  /// The proposed fremdriftsgaranti: met and not met add up to due.
  static func fremdrift(_ summary: FremdriftSummary, register: KommuneRegister) -> PublicationTable {
    let byCode = Dictionary(uniqueKeysWithValues: summary.kommuner.map { ($0.kommune.code, $0) })
    return PublicationTable.regional(
      name: "fremdriftsgaranti", title: "Fremdriftsgaranti (foreslået ordning) ved periodens udgang",
      countColumns: ["opfyldt", "ikke opfyldt", "omfattet"],
      shareColumns: [.init(header: "andel opfyldt (pct.)", numerator: 0, denominator: 2)],
      regions: regions(register) { kommune in
        guard let result = byCode[kommune.code], let due = result.due, let met = result.met else { return [nil, nil, nil] }
        return [met, due - met, due]
      },
      rowTotals: [(components: [0, 1], total: 2)])
  }

  /// The register's municipalities grouped by region: regions in code order, municipalities by name
  /// (Danish alphabetical order, Aabenraa under å) within their region.
  static func regions(_ register: KommuneRegister, counts: (Kommune) -> [Int?]) -> [PublicationTable.Region] {
    var order: [String] = []
    var members: [String: [Kommune]] = [:]
    for kommune in register.kommuner {
      if members[kommune.region] == nil { order.append(kommune.region) }
      members[kommune.region, default: []].append(kommune)
    }
    return order.map { region in
      PublicationTable.Region(
        label: "Region \(region) i alt",
        rows: members[region]!.sorted { DanishOrder.precedes($0.name, $1.name) }.map {
          (PublicationTable.Row(label: $0.name, key: $0.code), counts($0))
        })
    }
  }
}
