/// The skærpet-tilsyn chapter of `rapport.md` and its appendix `bilag_skaerpet_tilsyn.md` (SPEC 4.2,
/// 5): how many municipalities have more on public support than expected and do not meet the
/// fokusmål, against last time; the lists; fokusmål 2 labelled as a modelled assumption.
enum SkaerpetChapter {
  /// The headline line: "N kommuner har flere på offentlig forsørgelse end forventet og opfylder ikke
  /// fokusmålene, mod M i forrige opfølgning." Once the scheme is abolished, what the computation
  /// would have shown, not a risk of being selected (SPEC 4.6).
  static func headline(_ summary: SkaerpetSummary) -> String {
    let previous = summary.previousCount(.iRisiko).map { ", mod \($0) i forrige opfølgning" } ?? ""
    let count = EarlyEffortChapter.kommuner(summary.count(.iRisiko))
    if summary.isAbolished {
      return "Skærpet tilsyn er ophævet pr. \(PeriodText.longDate(summary.rules.abolishedFrom)); efter de ophævede regler ville "
        + "\(count) have haft flere på offentlig forsørgelse end forventet uden at opfylde fokusmålene\(previous) "
        + "(til orientering)."
    }
    return "\(count) har flere på offentlig forsørgelse end forventet og opfylder ikke fokusmålene\(previous) "
      + "(risiko for skærpet tilsyn)."
  }

  static func markdown(_ summary: SkaerpetSummary) -> String {
    let atRisk = summary.count(.iRisiko)
    let previous = summary.previousCount(.iRisiko).map { ", mod \($0) i forrige opfølgning" } ?? ""
    var text: String
    if summary.isAbolished {
      text = "## Skærpet tilsyn (ophævet): hvad beregningen ville have vist (LOB kap. 3 a)\n\n"
      text +=
        "*Ordningen er ophævet ved beskæftigelsesreformen 2025 (L 66, 2025/26) pr. \(PeriodText.longDate(summary.rules.abolishedFrom)) "
        + "(modelantagelse for datoen). Ingen kommune kan udpeges; tallene viser til orientering, hvad de ophævede regler "
        + "ville have vist.*\n\n"
      text +=
        "**Efter de ophævede regler ville \(EarlyEffortChapter.kommuner(atRisk)) have haft flere på offentlig forsørgelse "
        + "end forventet uden at opfylde fokusmålene\(previous)** (i risiko). "
        + "\(EarlyEffortChapter.kommuner(summary.count(.risikozone))) ville have haft flere end forventet og opfyldt begge "
        + "fokusmål (i risikozonen).\n\n"
    } else {
      text = "## Skærpet tilsyn: risiko for genopretningsfasen (LOB kap. 3 a)\n\n"
      text +=
        "**\(EarlyEffortChapter.kommuner(atRisk)) har flere på offentlig forsørgelse end forventet og opfylder ikke "
        + "fokusmålene\(previous).** De er i risiko for at blive udpeget til skærpet tilsyn ved den årlige opgørelse. "
        + "\(EarlyEffortChapter.kommuner(summary.count(.risikozone))) har flere end forventet, men opfylder begge fokusmål "
        + "(i risikozonen).\n\n"
    }
    text += "Status: " + SkaerpetStatus.allCases.map { "\(summary.count($0)) \(StatusText.skaerpet($0))" }.joined(separator: ", ") + ".\n\n"
    text += definitions(summary)
    text += table(summary, statuses: [.iRisiko, .risikozone]).text + "\n"
    return text
  }

  /// Condition A and the fokusmål with the rule set's values.
  private static func definitions(_ summary: SkaerpetSummary) -> String {
    let rules = summary.rules
    let focus = RuleText.percent(rules.focusTargetPercent)
    let months = rules.windowMonths
    return "Betingelse A: faktisk andel på offentlig forsørgelse (fuldtidspersoner i de \(months) måneder "
      + "\(window(summary)) ÷ befolkningen 16–66 år) er større end den forventede andel fra beskæftigelsesministeriets "
      + "benchmarkmodel (jobindsats Y30R21). Fokusmål 1: under \(focus) af de langvarigt forsørgede (mindst "
      + "\(rules.seniorityMonths) måneders anciennitet) har i de seneste \(rules.seniorityMonths) måneder hverken haft et "
      + "tilbud eller mindst \(DanishFormat.decimalTrimmed(rules.minimumHours)) timers arbejde, i gennemsnit over "
      + "\(months) månedsskift. Fokusmål 2 (**modelantagelse**: målets offentliggjorte tekst kunne ikke bekræftes): "
      + "under \(focus) har ikke haft en jobsamtale i de seneste \(rules.seniorityMonths) måneder. Gennemsnittet af de "
      + "månedlige andele tages over de månedsskift, der har mindst én langvarigt forsørget, og sammenlignes eksakt "
      + "med grænsen (et gennemsnit på præcis grænsen er ikke under den); afrunding sker kun ved visning.\n\n"
  }

  /// `bilag_skaerpet_tilsyn.md`: the municipalities `i_risiko` and in the `risikozone`.
  static func appendix(_ summary: SkaerpetSummary) -> String {
    if summary.isAbolished {
      var text = "# Bilag: Skærpet tilsyn (ophævet) — hvad beregningen ville have vist, \(PeriodText.long(summary.period))\n\n"
      text += "*Ordningen er ophævet pr. \(PeriodText.longDate(summary.rules.abolishedFrom)) ved beskæftigelsesreformen 2025; "
      text += "oversigten er til orientering, og ingen kommune kan udpeges.*\n\n"
      text += "Kommuner med flere på offentlig forsørgelse end forventet (betingelse A), som efter de ophævede regler ikke "
      text += "ville have opfyldt mindst ét fokusmål (i risiko), eller som ville have opfyldt begge (i risikozonen). "
      text += "Fokusmål 2 er en modelantagelse.\n\n"
      return text + table(summary, statuses: [.iRisiko, .risikozone]).text
    }
    var text = "# Bilag: Kommuner i risiko for skærpet tilsyn — \(PeriodText.long(summary.period))\n\n"
    text +=
      "Kommuner med flere på offentlig forsørgelse end forventet (betingelse A), der ikke opfylder mindst ét "
      + "fokusmål (i risiko), eller som opfylder begge (i risikozonen). Fokusmål 2 er en modelantagelse.\n\n"
    return text + table(summary, statuses: [.iRisiko, .risikozone]).text
  }

  private static func table(_ summary: SkaerpetSummary, statuses: [SkaerpetStatus]) -> MarkdownTable {
    var table = MarkdownTable(
      header: [
        "Status", "Kommune", "Faktisk andel (pct.)", "Forventet (pct.)", "Forskel (pct.-point)", "Placering",
        "Fokusmål 1 (pct.)", "Fokusmål 2 (pct.)",
      ], rightAligned: [2, 3, 4, 5, 6, 7])
    for status in statuses {
      let listed = summary.kommuner.filter { $0.status == status }.sorted {
        (summary.ranks[$0.kommune.code] ?? 0) < (summary.ranks[$1.kommune.code] ?? 0)
      }
      for kommune in listed {
        table.append([
          StatusText.skaerpet(status), kommune.kommune.name, kommune.actual?.faktiskAndelText ?? "", kommune.actual?.forventetAndelText ?? "",
          kommune.actual?.forskelText ?? "", summary.ranks[kommune.kommune.code].map(String.init) ?? "",
          SkaerpetTables.percent(kommune.focus?.meanShare(\.withoutOfferOrWork)),
          SkaerpetTables.percent(kommune.focus?.meanShare(\.withoutJobsamtale)),
        ])
      }
    }
    return table
  }

  private static func window(_ summary: SkaerpetSummary) -> String {
    let end = summary.period.lastDay
    let window = summary.rules.window(endingOn: end)
    return "\(window.lowerBound.danish)–\(window.upperBound.danish)"
  }
}
