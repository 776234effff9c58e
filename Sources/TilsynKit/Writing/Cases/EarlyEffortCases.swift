/// `sager/tidlig_indsats.csv` (SPEC 5.2; internal): one row per cohort spell, measure and month, made
/// from the same judgements as the counts (`KommuneEarlyEffort.MeasureResult.cases`), so the rows of
/// one municipality, month and measure number `kohorte` and their `ja` rows `opfyldt`.
///
/// Columns: `kommune;maaned;maal;person_id;maalgruppe;start;d6;krav;samtaler;tilbud;opfyldt;aarsag`.
/// `krav` is the requirement the spell was judged by (`RuleText.compactRequirement`); `samtaler` the
/// dates of the talks that counted; `tilbud` the offer that counted or the nearest that did not
/// (`CaseText.offer`); `aarsag` a `NotMetReason` code for `nej`. Person ids are the municipality's
/// pseudonymous ids; like every CSV field they pass through `CPRMasking`.
enum EarlyEffortCases {
  static let header = [
    "kommune", "maaned", "maal", "person_id", "maalgruppe", "start", "d6", "krav", "samtaler", "tilbud", "opfyldt",
    "aarsag",
  ]

  /// The whole file: the municipalities' rows (rendered in parallel) in code order.
  static func csv(_ summary: EarlyEffortSummary, persons: [Int: PersonRegistry]) -> [UInt8] {
    let kommuner = summary.kommuner
    let parts = parallelMap(kommuner.count) { index in
      var csv = ExcelCSV(header: [])
      appendRows(kommuner[index], persons: persons[kommuner[index].kommune.code], rules: summary.rules, to: &csv)
      return csv.bytes.dropFirst(5)  // the BOM and the empty header row's CRLF
    }
    var bytes = ExcelCSV(header: header).bytes
    for part in parts { bytes.append(contentsOf: part) }
    return bytes
  }

  /// One municipality's rows: per measure, per month of the measure, the spells in extract order.
  /// Written from bytes (`ExcelCSV+Bytes`): at national scale the file has hundreds of thousands of
  /// rows, and the texts that repeat (code, month, requirement per target group) are made once.
  static func appendRows(
    _ result: KommuneEarlyEffort, persons: PersonRegistry?, rules: EarlyEffortRules, to csv: inout ExcelCSV
  ) {
    let code = Array(result.kommune.codeText.utf8)
    for measureResult in result.results {
      guard let cases = measureResult.cases, let months = measureResult.halfYear.months else { continue }
      let measureID = Array(measureResult.measure.id.utf8)
      for (month, judged) in zip(months, cases) {
        guard let monthRules = rules.months.first(where: { $0.month == month.month })?.rules(for: measureResult.measure)
        else { continue }
        let monthText = Array(month.month.description.utf8)
        var groups: [Maalgruppe: (code: [UInt8], requirement: [UInt8])] = [:]
        for group in monthRules.orderedGroups {
          groups[group] = (Array(group.rawValue.utf8), Array(RuleText.compactRequirement(monthRules, group: group).utf8))
        }
        for spell in judged {
          let forloeb = spell.spell.spell
          csv.appendField(utf8: code, first: true)
          csv.appendField(utf8: monthText)
          csv.appendField(utf8: measureID)
          csv.appendField(utf8: persons?.idBytes(of: forloeb.person) ?? [])
          let group = groups[forloeb.maalgruppe]
          csv.appendField(utf8: group?.code ?? [])
          csv.appendField(day: forloeb.start)
          csv.appendField(day: spell.spell.sixMonthDate)
          csv.appendField(utf8: group?.requirement ?? [])
          csv.appendField(days: spell.judgement.talkDates)
          csv.appendField(offer: spell.judgement.offer)
          csv.appendField(utf8: spell.judgement.isMet ? yes : no)
          csv.appendField(utf8: spell.judgement.reason?.rawValue.utf8 ?? "".utf8)
          csv.endRow()
        }
      }
    }
  }

  static let yes = Array("ja".utf8)
  static let no = Array("nej".utf8)
}

extension ExcelCSV {
  /// An offer as `CaseText.offer` writes it, from bytes: "praktik 10-01-2024–22-01-2024", with
  /// " bevilget DD-MM-YYYY" for a wage subsidy; an empty field for none.
  mutating func appendField(offer: Tilbud?) {
    guard let offer else {
      bytes.append(UInt8(ascii: ";"))
      return
    }
    appendField(utf8: offer.type.rawValue.utf8)
    bytes.append(0x20)
    appendField(day: offer.start, first: true)
    bytes.append(contentsOf: Self.enDash)
    appendField(day: offer.slut, first: true)
    if let granted = offer.bevilget, offer.type.isLoentilskud {
      bytes.append(contentsOf: Self.granted)
      appendField(day: granted, first: true)
    }
  }

  private static let enDash = Array("–".utf8)
  private static let granted = Array(" bevilget ".utf8)
}

/// Short texts for the case lists and `tilsyn forklar`.
enum CaseText {
  /// An offer: "virksomhedspraktik 05-03-2024–20-03-2024", open-ended "… 05-03-2024–", with the grant
  /// date of a wage subsidy ("bevilget 01-03-2024").
  static func offer(_ offer: Tilbud) -> String {
    var text = "\(offer.type.rawValue) \(offer.start.danish)–\(offer.slut?.danish ?? "")"
    if let granted = offer.bevilget, offer.type.isLoentilskud { text += " bevilget \(granted.danish)" }
    return text
  }
}

extension RuleText {
  /// A requirement in a case-list cell: "4 jobsamtaler jobcenter/faelles mdr. 0-6" for a target
  /// group's talks; "tilbud min. 14 dage, loentilskud op til 21 dage efter D6" for the offer.
  static func compactRequirement(_ rules: MeasureMonthRules, group: Maalgruppe) -> String {
    if let offer = rules.offer {
      return "tilbud min. \(offer.minimumDays) dage, loentilskud op til \(offer.graceDays) dage efter D6"
    }
    guard let talks = rules.talks[group] else { return "" }
    let holders = AfholdtAf.allCases.filter { talks.holders.contains($0) }.map(\.rawValue).joined(separator: "/")
    return "\(talks.count) jobsamtaler \(holders) mdr. \(talks.fromMonths)-\(talks.toMonths)"
  }
}

/// `tidlig_indsats_aarsager.csv`: per municipality and measure, the spells not met over the half-year
/// by reason (long format, reasons in `NotMetReason` order, only those that occur), beside the
/// measure's not-met total: "27 af 41 havde intet tilbud". Municipalities with `mangler_data` for a
/// measure have no rows for it.
enum EarlyEffortReasonTable {
  static func csv(_ summary: EarlyEffortSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: ["kommune", "kommunenavn", "amk", "maal", "aarsag", "antal", "ikke_opfyldt"])
    for result in summary.kommuner {
      for measureResult in result.results {
        guard let reasons = measureResult.reasons else { continue }
        let total = reasons.reduce(0) { $0 + $1.count }
        for (reason, count) in reasons {
          csv.appendRow([
            result.kommune.codeText, result.kommune.name, result.kommune.amk, measureResult.measure.id, reason.rawValue,
            String(count), String(total),
          ])
        }
      }
    }
    return csv
  }
}
