/// `rapport.md`, the analyst's follow-up report (SPEC 5), in Danish: the headline numbers with the
/// trend first, then which regime governs each month, each measure's chapter, data quality and
/// methodology with the rule set and its modelled assumptions.
enum Report {
  static func markdown(
    period: Period, summaries: Summaries, extract: Extract, register: KommuneRegister, rules: RuleSet,
    disclosure: AuditResult
  ) -> String {
    let earlyEffort = summaries.earlyEffort
    var text = "# Opfølgning på kommunernes beskæftigelsesindsats — \(PeriodText.long(period))\n\n"
    let months = period.months.map(PeriodText.month).joined(separator: ", ")
    let found = extract.kommuner.filter { $0.folderName != nil }.count
    text += "Periode: \(period.firstDay.danish) – \(period.lastDay.danish) (måneder: \(months)). "
    text += "Regelsæt \(rules.version) (\(MethodologyChapter.fileName(rules.path)), SHA-256 \(rules.sha256)). "
    text += "Grundlag: \(found) af \(register.kommuner.count) kommuners udtræk.\n\n"
    let headlines = Self.headlines(summaries)
    text += "## Hovedresultater\n\n" + headlines.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
    text += EarlyEffortChapter.criterionParagraph(earlyEffort)
    text += EarlyEffortChapter.regimeTable(earlyEffort)
    for measure in earlyEffort.applicableMeasures {
      text += EarlyEffortChapter.chapter(measure, earlyEffort)
    }
    text += SkaerpetChapter.markdown(summaries.skaerpet)
    text += FlereSkalMedChapter.markdown(summaries.flereSkalMed, period: period) + "\n"
    text += FremdriftChapter.markdown(summaries.fremdrift, period: period) + "\n"
    text += IndicatorChapter.markdown(summaries.indicators, period: period) + "\n"
    text += DataQualityChapter.chapter(extract, register: register)
    text += MethodologyChapter.chapter(rules: rules, earlyEffort: earlyEffort.rules)
    let minimum = rules.integer(.diskretionMinimum, on: period.lastDay)
    text += "### Udvalgsmaterialet\n\nTabellerne i udvalg/ er diskretioneret: et antal fra 1 til \(minimum - 1) vises som "
      + "`..`, og derudover skjules så få andre tal som muligt, så intet skjult tal kan regnes ud eller vises at være under "
      + "\(minimum) ud fra tabellens summer, delmængder og andele; en uafhængig kontrol beregner ved lineær programmering, "
      + "hvilke værdier hvert skjult tal kan have. \(disclosure.summary)\n"
    return text
  }

  /// The headline numbers, with the trend: the report's and the committee briefing's first lines.
  static func headlines(_ summaries: Summaries) -> [String] {
    let fremdrift = summaries.fremdrift
    var lines = EarlyEffortChapter.headline(summaries.earlyEffort) + [SkaerpetChapter.headline(summaries.skaerpet)]
    lines.append(FlereSkalMedChapter.headline(summaries.flereSkalMed))
    if let criterion = fremdrift.criterion {
      lines.append(
        "Fremdriftsgarantien (foreslået ordning): \(EarlyEffortChapter.kommuner(fremdrift.underKriteriet.count)) "
          + "ville være under kriteriet på \(RuleText.percent(criterion))")
    }
    return lines
  }
}
