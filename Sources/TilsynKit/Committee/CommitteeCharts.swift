/// The committee's charts (SPEC 5, `udvalg/`): for each early-effort measure every municipality's
/// lowest monthly share (assessable months) sorted, with the criterion line in force and the municipalities under the
/// criterion marked; the number of municipalities under the criteria per period; and the skærpet-
/// tilsyn picture, the difference from the expected share against fokusmål 1.
enum CommitteeCharts {
  static let source = "Kilde: kommunernes udtræk til STAR; beregnet med tilsyn"

  /// A chart drawn: its title (for the page's list of figures) and the SVG.
  typealias Drawn = (title: String, svg: String)

  /// The charts as (file name, title, SVG).
  static func all(_ summaries: Summaries, history: PeriodHistory, minimum: Int) -> [(name: String, title: String, svg: String)] {
    // The trend first: the smallest figure fills what the list leaves of a printed page.
    let drawn =
      [("udvikling.svg", trend(history))]
      + summaries.earlyEffort.applicableMeasures.map { ("tidlig_indsats_\($0.id).svg", lowestShares($0, summaries.earlyEffort)) }
      + [("skaerpet_tilsyn.svg", skaerpet(summaries.skaerpet, minimum: minimum))]
    return drawn.map { (name: $0.0, title: $0.1.title, svg: $0.1.svg) }
  }

  /// Each municipality's lowest assessable monthly share, sorted, coloured by the measure's status, in
  /// three panels so that two such charts fit on one printed page.
  static func lowestShares(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary) -> Drawn {
    let rules = summary.rules
    let criterion = RuleText.criterion(measure, rules)
    let allMonths = RuleText.number(rules.consecutiveMonthsBelow)
    let order = CommitteeStatus.chartOrder
    let bars = summary.kommuner.map { kommune -> (BarChart.Bar, Double) in
      let halfYear = kommune.halfYear(measure)
      let status = CommitteeStatus(halfYear.status)
      let lowest = halfYear.lowest
      let value = lowest.map { Double($0.met) * 100 / Double($0.cohort) }
      return (
        BarChart.Bar(
          label: kommune.kommune.name, value: value, category: order.firstIndex(of: status) ?? order.count,
          valueText: lowest.map { DanishFormat.percent($0.met, $0.cohort) }, note: status.word),
        value ?? -1
      )
    }
    .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : DanishOrder.precedes($0.0.label, $1.0.label) }
    .map(\.0)
    // The line is the criterion of the period's last month with the measure; a half-year that mixes
    // regimes names every criterion in the legend.
    let line = rules.months.last { $0.rules(for: measure) != nil }?.rules(for: measure)?.criterion ?? FixedDecimal(integer: 0)
    var chart = BarChart(
      title: "\(measure.name.capitalizedFirst) i \(RuleText.firstMonths(rules)): laveste månedlige andel",
      subtitle: "Hver kommunes laveste andel i halvårets måneder med mindst \(RuleText.cohortMinimum(measure, rules)) "
        + "borgere, farvet efter kommunens status",
      bars: bars, threshold: line.doubleValue, thresholdLabel: RuleText.percent(line), valueAxisLabel: "Andel (pct.)",
      source: source)
    chart.id = "tidlig-\(measure.id)"
    chart.categories = order.map { status in
      var category = status.chartCategory
      if status == .under { category.name = "Under \(criterion) i alle \(allMonths) måneder" }
      return category
    }
    chart.panels = bars.count > 40 ? 3 : 1
    chart.plotHeight = bars.count > 40 ? 363 : 1000
    return (chart.title, chart.svg)
  }

  static func trend(_ history: PeriodHistory) -> Drawn {
    var chart = LineChart(
      title: "Kommuner der ikke opfylder kriterierne i den tidlige indsats",
      periods: history.entries.map(\.period.description),
      series: history.measures.map { measure in
        .init(name: measure.name.capitalizedFirst, values: history.entries.map { $0.underKriteriet[measure.id] ?? 0 })
      } + [.init(name: "Mindst ét kriterium", values: history.entries.map(\.opfylderIkke))],
      valueAxisLabel: "Antal kommuner", source: source)
    chart.id = "udvikling"
    return (chart.title, chart.svg)
  }

  /// Municipalities with both figures; a point whose fokusmål rests on fewer than `minimum`
  /// long-term recipients on average is left out (disclosure control).
  static func skaerpet(_ summary: SkaerpetSummary, minimum: Int) -> Drawn {
    let rules = summary.rules
    let points = summary.kommuner.compactMap { kommune -> ScatterChart.Point? in
      guard let actual = kommune.actual, let focus = kommune.focus, focus.meanLongTerm >= Double(minimum),
        let share = focus.meanShare(\.withoutOfferOrWork)
      else { return nil }
      let difference = Double(actual.differenceNumerator) / Double(actual.differenceDenominator)
      return ScatterChart.Point(label: kommune.kommune.name, x: difference, y: share * 100, highlighted: kommune.status == .iRisiko)
    }
    // Once the scheme is abolished nobody is at risk of being selected: the marked points are what the
    // abolished rules would have shown (SPEC 4.6).
    let marked = summary.isAbolished ? "Ville efter de ophævede regler have været i risiko" : "I risiko"
    var chart = ScatterChart(
      title: summary.isAbolished
        ? "Skærpet tilsyn (ophævet): flere på offentlig forsørgelse end forventet og fokusmål 1"
        : "Skærpet tilsyn: flere på offentlig forsørgelse end forventet og fokusmål 1",
      subtitle: "Markeret: \(marked.lowercased()) (flere end forventet og mindst ét fokusmål ikke opfyldt)",
      points: points, xAxisLabel: "Faktisk minus forventet andel (pct.-point)",
      yAxisLabel: "Langvarigt forsørgede uden tilbud og under \(DanishFormat.decimalTrimmed(rules.minimumHours)) timer (pct., gns.)",
      xDivider: 0, yDivider: rules.focusTargetPercent.doubleValue,
      quadrantLabels: (
        topRight: "Flere end forventet, fokusmål 1 ikke opfyldt", topLeft: "Færre end forventet",
        bottomRight: "Flere end forventet, fokusmål 1 opfyldt", bottomLeft: "Færre end forventet"
      ), source: source)
    chart.id = "skaerpet"
    chart.highlightedLegend = summary.isAbolished ? "Ville have været i risiko" : "I risiko"
    chart.yDividerLabel = RuleText.percent(rules.focusTargetPercent)
    return (chart.title, chart.svg)
  }
}
