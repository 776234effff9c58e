/// The committee's tables (SPEC 5, `udvalg/`): municipalities by region with region subtotals and a
/// national total, counts that add up along rows and columns, so disclosure control can protect
/// every total line. Flags are computed on the unsuppressed data before any of this.
enum CommitteeTables {
  /// Every table, before suppression.
  static func all(_ summaries: Summaries, register: KommuneRegister) -> [PublicationTable] {
    summaries.earlyEffort.applicableMeasures.map { earlyEffort($0, summaries.earlyEffort, register: register) }
      + [flereSkalMed(summaries.flereSkalMed, register: register), fremdrift(summaries.fremdrift, register: register)]
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

  /// The register's municipalities grouped by region (regions and municipalities in code order).
  private static func regions(_ register: KommuneRegister, counts: (Kommune) -> [Int?]) -> [PublicationTable.Region] {
    var order: [String] = []
    var members: [String: [Kommune]] = [:]
    for kommune in register.kommuner {
      if members[kommune.region] == nil { order.append(kommune.region) }
      members[kommune.region, default: []].append(kommune)
    }
    return order.map { region in
      PublicationTable.Region(
        label: "Region \(region) i alt",
        rows: members[region]!.map { (PublicationTable.Row(label: $0.name, key: $0.code), counts($0)) })
    }
  }
}
