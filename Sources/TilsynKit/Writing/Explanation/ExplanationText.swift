/// `tilsyn forklar` for the terminal, in Danish (SPEC 1). Every number is the production code's;
/// CPR-like tokens are masked like every other output (SPEC 3.1).
package enum ExplanationText {
  package static func text(_ explanation: Explanation) -> String {
    var lines: [String] = []
    let kommune = explanation.kommune
    lines.append(
      "\(kommune.codeText) \(kommune.name) — den tidlige indsats, \(PeriodText.long(explanation.period)) "
        + "(regelsæt \(explanation.ruleSetVersion))")
    var overall = "Samlet: " + StatusText.overall(explanation.overall)
    if let streak = explanation.streak {
      overall += streak == 1 ? " (første opfølgning)" : " (\(streak). opfølgning i træk)"
    }
    lines.append(overall)
    for measure in explanation.measures where measure.halfYear.status != .ikkeGaeldende {
      lines.append("")
      lines += self.measure(measure)
    }
    if let cases = explanation.cases { lines.append(""); lines += self.cases(cases) }
    if let person = explanation.person { lines.append(""); lines += self.person(person) }
    return CPRMasking.masked(lines.joined(separator: "\n") + "\n")
  }

  /// The months with their arithmetic, the requirement and the reasons.
  static func measure(_ explanation: Explanation.MeasureExplanation) -> [String] {
    let halfYear = explanation.halfYear
    var header = "\(explanation.measure.name.capitalizedFirst) (\(explanation.measure.id)): "
      + StatusText.measure(halfYear.status)
    if !explanation.measure.flags { header += " (til orientering, indgår ikke i den samlede status)" }
    var lines = [header]
    guard let months = halfYear.months else {
      lines.append("  En tabel, som målet kræver, mangler eller er afvist (se datakvalitet).")
      return lines
    }
    var table = [["Måned", "Regime", "Kriterium", "Kohorte", "Opfyldt", "Andel", ""]]
    for month in months {
      let note = !month.isAssessable ? "for lille kohorte" : month.isBelowCriterion ? "under" : ""
      table.append([
        PeriodText.month(month.month), month.setting.regime, RuleText.percent(month.criterion),
        DanishFormat.grouped(month.cohort), DanishFormat.grouped(month.met),
        month.cohort > 0 ? DanishFormat.percent(month.met, month.cohort) + " pct." : "", note,
      ])
    }
    lines += columns(table, rightAligned: [2, 3, 4, 5]).map { "  " + $0 }
    if let below = halfYear.monthsBelowCriterion {
      lines.append(
        "  Under kriteriet i \(below) af \(halfYear.assessableMonths.count) vurderbare måneder; "
          + "målet er under kriteriet, når det gælder \(halfYear.consecutiveMonthsBelow) måneder i træk.")
    }
    let requirements = explanation.requirements.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    for requirement in requirements { lines.append("  Krav: \(requirement).") }
    let cohort = months.reduce(0) { $0 + $1.cohort }
    let notMet = cohort - months.reduce(0) { $0 + $1.met }
    if let reasons = explanation.reasons, notMet > 0 {
      lines.append("  Ikke opfyldt i halvåret: \(DanishFormat.grouped(notMet)) af \(DanishFormat.grouped(cohort)):")
      for (reason, count) in reasons {
        lines.append("    \(DanishFormat.grouped(count).leftPadded(to: 6))  \(reason.danish) (\(reason.rawValue))")
      }
    }
    return lines
  }

  /// `--maal`: the not-met spells.
  static func cases(_ cases: [Explanation.CaseLine]) -> [String] {
    guard let first = cases.first else { return ["Ingen forløb, der ikke opfyldte målet."] }
    var lines = ["Forløb, der ikke opfyldte \(first.measure.name) (\(DanishFormat.grouped(cases.count))):"]
    var table = [["Måned", "Person", "Målgruppe", "Start", "D6", "Årsag", "Samtaler / nærmeste tilbud"]]
    for line in cases {
      let judged = line.judged
      table.append([
        PeriodText.shortMonth(line.month), line.personID, judged.spell.spell.maalgruppe.rawValue,
        judged.spell.spell.start.danish, judged.spell.sixMonthDate.danish, judged.judgement.reason?.rawValue ?? "",
        evidence(judged.judgement),
      ])
    }
    lines += columns(table, rightAligned: []).map { "  " + $0 }
    return lines
  }

  /// `--person`: the timeline and the judgements.
  static func person(_ person: Explanation.PersonExplanation) -> [String] {
    var lines = ["Person \(person.id): alle rækker i de seks tabeller"]
    var table = [["Dato", "Tabel", "Række"]]
    for row in person.rows { table.append([row.day.danish, row.table.rawValue, row.text]) }
    lines += columns(table, rightAligned: []).map { "  " + $0 }
    lines.append("")
    if person.judgements.isEmpty {
      lines.append("Personen har intet forløb i periodens kohorter.")
      return lines
    }
    lines.append("Sådan er personens forløb vurderet:")
    for judgement in person.judgements {
      let spell = judgement.judged.spell
      let outcome = judgement.judged.judgement.reason.map { "ikke opfyldt: \($0.danish) (\($0.rawValue))" } ?? "opfyldt"
      lines.append(
        "  \(judgement.measure.name.capitalizedFirst), \(PeriodText.month(judgement.month)) "
          + "(forløb \(spell.spell.maalgruppe.rawValue) fra \(spell.spell.start.danish), D6 \(spell.sixMonthDate.danish)): \(outcome)")
      lines.append("    Krav: \(judgement.requirement)")
      for (samtale, verdict) in judgement.talks {
        lines.append("    \(samtale.dato.danish) \(samtale.type.rawValue) (\(samtale.afholdtAf.rawValue)): \(talkVerdict(verdict))")
      }
      for (offer, reason) in judgement.offers {
        lines.append("    \(CaseText.offer(offer)): \(offerVerdict(reason))")
      }
    }
    return lines
  }

  static func evidence(_ judgement: SpellJudgement) -> String {
    if let offer = judgement.offer { return CaseText.offer(offer) }
    return judgement.talkDates.map(\.danish).joined(separator: " ")
  }

  static func talkVerdict(_ verdict: TalkVerdict) -> String {
    switch verdict {
    case .counts: "tæller"
    case .outsideWindow: "tæller ikke: uden for perioden"
    case .notJobsamtale: "tæller ikke: ikke en jobsamtale"
    case .otherHolder: "tæller ikke: holdt af en anden, end kravet gælder"
    case .sameDate: "tæller ikke: samme dato som en samtale, der tæller"
    }
  }

  static func offerVerdict(_ reason: NotMetReason?) -> String {
    switch reason {
    case nil: "tæller"
    case .intetTilbud?: "tæller ikke: startede før forløbet"
    case .tilbudForKort?: "tæller ikke: for kort"
    case .tilbudstypeTaellerIkke?: "tæller ikke: typen tæller ikke på startdatoen"
    case .bevilgetUdenforVinduet?: "tæller ikke: løntilskuddet er ikke bevilget mellem forløbets start og D6"
    case .tilbudStartetForSent?: "tæller ikke: startede efter fristen"
    case .forFaaSamtaler?: "tæller ikke"
    }
  }

  /// Rows padded to columns (the widths of the widest cell), two spaces apart.
  static func columns(_ rows: [[String]], rightAligned: Set<Int>) -> [String] {
    var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
    for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
    return rows.map { row in
      row.enumerated().map { index, cell in
        rightAligned.contains(index) ? cell.leftPadded(to: widths[index]) : cell + String(repeating: " ", count: widths[index] - cell.count)
      }.joined(separator: "  ").trimmingTrailingSpaces
    }
  }
}

extension String {
  /// Padded with spaces on the left to `width` characters.
  func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }

  var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
