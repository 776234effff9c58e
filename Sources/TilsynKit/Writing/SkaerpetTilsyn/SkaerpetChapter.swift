/// The skærpet-tilsyn chapter of `rapport.md` and its appendix `bilag_skaerpet_tilsyn.md` (SPEC 4.2,
/// 5): how many municipalities have more on public support than expected and do not meet the
/// fokusmål, against last time; the lists; fokusmål 2 labelled as a modelled assumption.
public enum SkaerpetChapter {
  /// The headline line: "N kommuner har flere på offentlig forsørgelse end forventet og opfylder ikke
  /// fokusmålene, mod M i forrige opfølgning."
  public static func headline(_ summary: SkaerpetSummary) -> String {
    let previous = summary.previousCount(.iRisiko).map { ", mod \($0) i forrige opfølgning" } ?? ""
    return "\(EarlyEffortChapter.kommuner(summary.count(.iRisiko))) har flere på offentlig forsørgelse end forventet og "
      + "opfylder ikke fokusmålene\(previous) (risiko for skærpet tilsyn)."
  }

  public static func markdown(_ summary: SkaerpetSummary) -> String {
    let atRisk = summary.count(.iRisiko)
    let previous = summary.previousCount(.iRisiko).map { ", mod \($0) i forrige opfølgning" } ?? ""
    var text = "## Skærpet tilsyn: risiko for genopretningsfasen (LOB kap. 3 a)\n\n"
    if summary.isAbolished {
      text += "*Ordningen er ophævet ved beskæftigelsesreformen 2025 (L 66, 2025/26); tallene beregnes stadig til orientering.*\n\n"
    }
    text +=
      "**\(EarlyEffortChapter.kommuner(atRisk)) har flere på offentlig forsørgelse end forventet og opfylder ikke "
      + "fokusmålene\(previous).** De er i risiko for at blive udpeget til skærpet tilsyn ved den årlige opgørelse. "
      + "\(EarlyEffortChapter.kommuner(summary.count(.risikozone))) har flere end forventet, men opfylder begge fokusmål "
      + "(risikozone).\n\n"
    text += "Status: " + SkaerpetStatus.allCases.map { "\(summary.count($0)) \($0.rawValue)" }.joined(separator: ", ") + ".\n\n"
    text +=
      "Betingelse A: faktisk andel på offentlig forsørgelse (fuldtidspersoner i de 12 måneder \(window(summary)) "
      + "÷ befolkningen 16–66 år) er større end den forventede andel fra beskæftigelsesministeriets benchmarkmodel "
      + "(jobindsats Y30R21). Fokusmål 1: under 30 pct. af de langvarigt forsørgede (mindst 12 måneders anciennitet) "
      + "har i de seneste 12 måneder hverken haft et tilbud eller mindst 100 timers arbejde, i gennemsnit over 12 "
      + "månedsskift. Fokusmål 2 (**modelantagelse**: målets offentliggjorte tekst kunne ikke bekræftes): under 30 pct. "
      + "har ikke haft en jobsamtale i de seneste 12 måneder. Gennemsnittet af de månedlige andele (over de "
      + "månedsskift, der har mindst én langvarigt forsørget) beregnes i dobbelt præcision; alle andre "
      + "sammenligninger er eksakte.\n\n"
    text += table(summary, statuses: [.iRisiko, .risikozone]).text + "\n"
    return text
  }

  /// `bilag_skaerpet_tilsyn.md`: the municipalities `i_risiko` and in the `risikozone`.
  public static func appendix(_ summary: SkaerpetSummary) -> String {
    var text = "# Bilag: Kommuner i risiko for skærpet tilsyn — \(PeriodText.long(summary.period))\n\n"
    if summary.isAbolished {
      text += "*Ordningen er ophævet ved beskæftigelsesreformen 2025; oversigten er til orientering.*\n\n"
    }
    text +=
      "Kommuner med flere på offentlig forsørgelse end forventet (betingelse A), der ikke opfylder mindst ét "
      + "fokusmål (i risiko), eller som opfylder begge (risikozone). Fokusmål 2 er en modelantagelse.\n\n"
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
          status.rawValue, kommune.kommune.name, kommune.actual?.faktiskAndelText ?? "", kommune.actual?.forventetAndelText ?? "",
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
    return "\(end.adding(months: -12).adding(days: 1).danish)–\(end.danish)"
  }
}
