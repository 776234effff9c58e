/// `rapport.md`, the analyst's follow-up report (SPEC 5), in Danish: the headline numbers with the
/// trend first, then each measure's chapter, data quality and methodology.
public enum Report {
  public static func markdown(
    period: Period, summaries: Summaries, extract: Extract, register: KommuneRegister, rules: RuleSet,
    disclosure: AuditResult
  ) -> String {
    let earlyEffort = summaries.earlyEffort
    var text = "# Opfølgning på kommunernes beskæftigelsesindsats — \(PeriodText.long(period))\n\n"
    text +=
      "Periode: \(period.firstDay.danish) – \(period.lastDay.danish) (måneder: "
      + period.months.map(PeriodText.month).joined(separator: ", ") + "). Regelsæt \(rules.version). "
      + "Grundlag: \(extract.kommuner.filter { $0.folderName != nil }.count) af \(register.kommuner.count) kommuners udtræk.\n\n"
    let headlines = Self.headlines(summaries)
    text += "## Hovedresultater\n\n" + headlines.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
    text +=
      "Kriteriet (STAR's opfølgning siden november 2023): en kommune kontaktes af sit AMK, når under 80 pct. af "
      + "borgerne med seks måneders anciennitet i seks sammenhængende måneder har fået det, loven kræver. Reglen "
      + "gælder kun måneder med mindst 10 borgere. Listen er bilaget til ministerens brev (bilag_tidlig_indsats.md).\n\n"
    for measure in [EarlyEffortMeasure.samtale, .tilbud] {
      text += EarlyEffortChapter.chapter(measure, earlyEffort)
    }
    text += SkaerpetChapter.markdown(summaries.skaerpet)
    text += FlereSkalMedChapter.markdown(summaries.flereSkalMed, period: period) + "\n"
    text += FremdriftChapter.markdown(summaries.fremdrift, period: period) + "\n"
    text += IndicatorChapter.markdown(summaries.indicators, period: period) + "\n"
    text += DataQualityChapter.chapter(extract, register: register)
    text += MethodologyChapter.chapter(rules: rules)
    text += "### Udvalgsmaterialet\n\nTabellerne i udvalg/ er diskretioneret (færre end 5 personer vises som `..`, "
      + "og tal der kunne regnes ud fra en total, skjules også). \(disclosure.summary)\n"
    return text
  }

  /// The headline numbers, with the trend: the report's and the committee briefing's first lines.
  public static func headlines(_ summaries: Summaries) -> [String] {
    let fsm2 = summaries.flereSkalMed
    return EarlyEffortChapter.headline(summaries.earlyEffort) + [
      SkaerpetChapter.headline(summaries.skaerpet),
      "\(EarlyEffortChapter.kommuner(fsm2.letters.count)) har 20 eller flere borgere på kontanthjælp, der har været i "
        + "Flere skal med, gruppe 2 i mere end ni måneder uden behandling i rehabiliteringsteamet (brev til borgmesteren).",
      "Fremdriftsgarantien (foreslået ordning): \(EarlyEffortChapter.kommuner(summaries.fremdrift.underKriteriet.count)) "
        + "ville være under kriteriet på 80 pct.",
    ]
  }
}
