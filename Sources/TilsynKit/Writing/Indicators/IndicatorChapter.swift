/// The reform-indicator chapter of `rapport.md` (SPEC 4.5, 5), in Danish: what the indicators follow
/// (the indicators that replaced the 2012 reform's targets, DOMAIN "The reform indicators"), that
/// their definitions are modelled, the national values with their arithmetic, the definitions with
/// the rule set's thresholds, and every municipality's value and place per indicator.
enum IndicatorChapter {
  static func markdown(_ summary: IndicatorSummary, period: Period) -> String {
    var text = "## Reformindikatorer for førtidspension og fleksjob\n\n"
    text += """
      Siden 2014 følges reformen af førtidspension og fleksjob fra 2012 ikke med mål, men med indikatorer på \
      jobindsats.dk (beskæftigelsesministerens svar på BEU spørgsmål 558 af 28. september 2017): tilgangen til \
      førtidspension, indsatsen i ressourceforløb, afgangen fra ressourceforløb til job og uddannelse, ledigheden \
      blandt fleksjobberettigede og timeprogressionen for fleksjobansatte på få timer. Kapitlet følger disse \
      indikatorer. **Definitionerne er modelleret:** STAR's præcise definitioner er ikke offentliggjort i en form, \
      vi har kunnet bekræfte, så tallene er ikke direkte sammenlignelige med jobindsats.dk.


      """
    text += "Periode P: \(period.firstDay.danish) – \(period.lastDay.danish) (\(PeriodText.long(period))). "
    text += coverage(summary) + "\n\n"
    text += "### Hele landet\n\n"
    let base = populationBase(summary)
    if let national = summary.national {
      text += nationalTable(national, period: period, base: base).text + "\n"
      text += "Landstallene er summen af tællere og nævnere i de kommuner, der har data; andele og antal pr. \(base) "
        + "beregnes eksakt og afrundes først ved visning (halvt op, væk fra nul).\n\n"
    } else {
      text += "Ingen kommuner har data til indikatorerne (mangler data).\n\n"
    }
    if let thresholds = summary.thresholds { text += definitions(thresholds, period: period) }
    text += "### Kommunernes værdier og placering\n\n"
    text += "Tallet i parentes er kommunens placering blandt kommunerne med en værdi; lige værdier ordnes efter "
      + "kommunekode. Plads 1 er den bedste værdi, hvor reformens sigte giver en retning: den laveste tilgang til "
      + "førtidspension, den højeste afgang fra ressourceforløb til job og uddannelse, den laveste ledighed blandt "
      + "fleksjobberettigede og den højeste timeprogression. Ressourceforløb rangeres efter omfang (flest pr. "
      + "16–66-årig er plads 1), ikke som bedre eller dårligere. «–» betyder, at der ikke er nogen at beregne "
      + "andelen af. Tællere og nævnere står i indikatorer.csv.\n\n"
    text += kommuneTable(summary).text + "\n"
    return text
  }

  /// Which municipalities the chapter rests on, and which lack data.
  private static func coverage(_ summary: IndicatorSummary) -> String {
    let withData = summary.kommuner.count - summary.manglerData.count
    var text = "Opgjort for \(withData) af \(summary.kommuner.count) kommuner."
    if !summary.manglerData.isEmpty {
      text += " Mangler data (ydelser.csv eller kommunens række i benchmark.csv mangler), alle indikatorer: "
        + names(summary.manglerData) + "."
    }
    if !summary.manglerTimer.isEmpty {
      text += " Mangler timer.csv, så afgangen fra ressourceforløb og timeprogressionen mangler data: "
        + names(summary.manglerTimer) + "."
    }
    return text
  }

  private static func names(_ kommuner: [KommuneIndicators]) -> String {
    kommuner.map(\.kommune.name).sorted(by: DanishOrder.precedes).joined(separator: ", ")
  }

  private static func nationalTable(_ national: IndicatorValues, period: Period, base: String) -> MarkdownTable {
    var table = MarkdownTable(header: ["Indikator", "Beregning", "Hele landet", "Plads 1"], rightAligned: [2])
    for indicator in Indicator.allCases {
      let text = display(indicator, national)
      let value = isMissing(indicator, national) ? "mangler data" : text.isEmpty ? "–" : text
      table.append([title(indicator, period: period, base: base), arithmetic(indicator, national), value, direction(indicator)])
    }
    return table
  }

  /// The arithmetic behind a national value, in counts and days.
  private static func arithmetic(_ indicator: Indicator, _ values: IndicatorValues) -> String {
    let g = DanishFormat.grouped
    switch indicator {
    case .tilgangFoertidspension:
      let fp = values.foertidspension
      return "\(g(fp.spells)) / \(g(fp.population)) 16–66-årige × \(g(fp.base))"
    case .ressourceforloebPersoner:
      return "personer med ressourceforløb på periodens sidste dag"
    case .ressourceforloebFuldtid:
      let fullTime = values.ressourceforloeb.fullTime
      return "\(g(fullTime.days)) dage / \(g(fullTime.windowDays)) dage"
    case .afgangRessourceforloeb:
      return values.afgangRF.map { "\(g($0.numerator)) / \(g($0.denominator)) afsluttede forløb" } ?? ""
    case .ledighedFleksjob:
      let ly = values.ledighedFleksjob.ledighedsydelse.days
      let fj = values.ledighedFleksjob.fleksjob.days
      return "\(g(ly)) / (\(g(ly)) + \(g(fj))) dage på ledighedsydelse / (ledighedsydelse + fleksjob)"
    case .timeprogression:
      return values.timeprogression.map { "\(g($0.numerator)) / \(g($0.denominator)) personer" } ?? ""
    }
  }

  /// The definitions, with the thresholds of the rule set.
  private static func definitions(_ t: IndicatorThresholds, period: Period) -> String {
    let w = "\(t.window.lowerBound.danish) – \(t.window.upperBound.danish)"
    let firstMonth = PeriodText.month(t.window.lowerBound.yearMonth)
    let lastMonth = PeriodText.month(t.window.upperBound.yearMonth)
    let hours = DanishFormat.decimalTrimmed
    return """
      ### Definitioner (modelleret)

      - **Tilgang til førtidspension:** ydelsesforløb med førtidspension (FP), der starter i P, pr. \
      \(DanishFormat.grouped(t.populationBase)) af befolkningen 16–66 år (benchmark.csv).
      - **Ressourceforløb:** personer med et ressourceforløb (RF), der dækker \(period.lastDay.danish), og \
      fuldtidspersoner i ressourceforløb i P (hver persons dage i ressourceforløb i P, en dag talt én gang, \
      summeret og divideret med periodens dage). Kommunerne placeres efter antal pr. 16–66-årig.
      - **Afgang fra ressourceforløb til job og uddannelse:** af de ressourceforløb, der slutter i P, andelen, der \
      inden for \(t.exitDays) dage efterfølges af et fleksjob (start fra dagen efter slut til \(t.exitDays) dage \
      efter), eller hvor personen ikke er på offentlig forsørgelse i de \(t.exitDays) dage efter og har mindst \
      \(hours(t.exitMinimumHours)) løntime i en af månederne efter slutmåneden til og med periodens sidste måned. \
      Dagene efter \(period.lastDay.danish) ligger uden for udtrækket og ses ikke.
      - **Ledighed blandt fleksjobberettigede:** fuldtidspersoner på ledighedsydelse (LY) / (fuldtidspersoner på \
      ledighedsydelse + i fleksjob (FJ)) i P.
      - **Timeprogression i fleksjob:** af personerne i fleksjob den \(t.window.lowerBound.danish) med højst \
      \(hours(t.fleksjobMaximumHours)) løntimer i \(firstMonth), andelen med mindst \(hours(t.progressionHours)) \
      timer mere i \(lastMonth) end i \(firstMonth) (vinduet W: \(w)). Flere timerækker i samme måned lægges \
      sammen; en måned uden rækker tæller som 0 timer.
      - **Mangler data:** uden ydelser.csv eller kommunens række i benchmark.csv mangler alle indikatorer; uden \
      timer.csv mangler afgangen fra ressourceforløb og timeprogressionen. I indikatorer.csv er cellerne da tomme, \
      aldrig 0.


      """
  }

  private static func kommuneTable(_ summary: IndicatorSummary) -> MarkdownTable {
    var table = MarkdownTable(
      header: ["Kommune"] + Indicator.allCases.map { shortTitle($0, base: populationBase(summary)) }, rightAligned: Set(1...Indicator.allCases.count))
    for result in summary.kommuner {
      table.append([result.kommune.name] + Indicator.allCases.map { cell($0, result, summary) })
    }
    return table
  }

  /// A municipality's value and place, `mangler data`, or `–` without a denominator.
  private static func cell(_ indicator: Indicator, _ result: KommuneIndicators, _ summary: IndicatorSummary) -> String {
    guard let values = result.values, !isMissing(indicator, values) else { return "mangler data" }
    let text = display(indicator, values)
    guard !text.isEmpty else { return "–" }
    return summary.place(indicator, of: result.kommune).map { "\(text) (\($0))" } ?? text
  }

  /// The value as running text shows it: as in the CSV, but with a thousands separator (`33.174,7`).
  private static func display(_ indicator: Indicator, _ values: IndicatorValues) -> String {
    guard indicator == .ressourceforloebPersoner else { return DanishFormat.groupedText(indicator.text(values)) }
    return DanishFormat.grouped(values.ressourceforloeb.personsAtEnd)
  }

  /// Whether a timer indicator is `mangler_data` in `values`.
  private static func isMissing(_ indicator: Indicator, _ values: IndicatorValues) -> Bool {
    switch indicator {
    case .afgangRessourceforloeb: return values.afgangRF == nil
    case .timeprogression: return values.timeprogression == nil
    default: return false
    }
  }

  /// "10.000", the rule set's `indikator.fp_pr_befolkning` as the texts write it.
  static func populationBase(_ summary: IndicatorSummary) -> String {
    summary.thresholds.map { DanishFormat.grouped($0.populationBase) } ?? ""
  }

  static func title(_ indicator: Indicator, period: Period, base: String) -> String {
    switch indicator {
    case .tilgangFoertidspension: return "Tilgang til førtidspension pr. \(base) 16–66-årige"
    case .ressourceforloebPersoner: return "Personer i ressourceforløb \(period.lastDay.danish)"
    case .ressourceforloebFuldtid: return "Fuldtidspersoner i ressourceforløb"
    case .afgangRessourceforloeb: return "Afgang fra ressourceforløb til job og uddannelse (pct.)"
    case .ledighedFleksjob: return "Ledighed blandt fleksjobberettigede (pct.)"
    case .timeprogression: return "Timeprogression i fleksjob (pct.)"
    }
  }

  static func shortTitle(_ indicator: Indicator, base: String) -> String {
    switch indicator {
    case .tilgangFoertidspension: return "FP pr. \(base)"
    case .ressourceforloebPersoner: return "RF, personer"
    case .ressourceforloebFuldtid: return "RF, fuldtid"
    case .afgangRessourceforloeb: return "Afgang RF (pct.)"
    case .ledighedFleksjob: return "Ledighed FJ (pct.)"
    case .timeprogression: return "Timeprogr. (pct.)"
    }
  }

  /// Which value is place 1.
  static func direction(_ indicator: Indicator) -> String {
    switch indicator {
    case .tilgangFoertidspension: return "laveste tilgang"
    case .ressourceforloebPersoner, .ressourceforloebFuldtid: return "flest pr. 16–66-årig"
    case .afgangRessourceforloeb, .timeprogression: return "højeste andel"
    case .ledighedFleksjob: return "laveste andel"
    }
  }
}
