import Testing

@testable import TilsynKit

@Suite struct BarChartTests {
  static let title = "Rettidige jobsamtaler, 1. halvår 2024"

  static func chart(_ bars: [BarChart.Bar], subtitle: String? = "Andel pr. kommune") -> BarChart {
    var chart = BarChart(
      title: title, subtitle: subtitle, bars: bars, threshold: 80, thresholdLabel: "Kriterium: 80 %",
      valueAxisLabel: "Andel med rettidig samtale (pct.)", source: ChartSamples.source)
    chart.categories[0].name = "Under 80 %"
    chart.categories[1].name = "80 % eller derover"
    return chart
  }

  /// 98 bars, sorted falling, about a third flagged, one without a value; names repeat the samples.
  static let national: [BarChart.Bar] = (0..<98).map { index in
    let value = 99 - Double(index) * 0.4
    let name = ChartSamples.names[index % ChartSamples.names.count] + " \(index)"
    return index == 97 ? BarChart.Bar(label: name, value: nil, flagged: false) : BarChart.Bar(label: name, value: value, flagged: value < 80)
  }

  static func showing(_ chart: BarChart) -> [String] {
    [chart.title, chart.thresholdLabel, chart.valueAxisLabel, chart.source] + chart.categories.map(\.name)
  }

  @Test func nationalChartIsSelfContainedAndFitsAnA4Page() throws {
    let chart = Self.chart(Self.national)
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart) + ["Andel pr. kommune"])
    let root = try #require(parsed.elements.first)
    let width = try #require(root.attributes["width"].flatMap(Double.init))
    let height = try #require(root.attributes["height"].flatMap(Double.init))
    #expect((700...800).contains(width))
    #expect(height / width <= 25.7 / 17)  // A4 inside 2 cm margins
    // Axis ticks 0, 10, …, 100 below the plot (and above, where the 80 % label leaves room).
    for tick in stride(from: 0, through: 100, by: 10) { #expect(parsed.texts.contains(String(tick))) }
  }

  @Test func barsAppearInTheOrderGiven() {
    let parsed = ParsedSVG(Self.chart(Self.national).svg)
    #expect(parsed.all(classes: "name").map(\.text) == Self.national.map(\.label))
    let unsorted = [
      BarChart.Bar(label: "Ærø", value: 50, flagged: true), BarChart.Bar(label: "Aabenraa", value: 90, flagged: false),
      BarChart.Bar(label: "Læsø", value: 70, flagged: true),
    ]
    let small = ParsedSVG(Self.chart(unsorted).svg)
    #expect(small.all(classes: "name").map(\.text) == ["Ærø", "Aabenraa", "Læsø"])
    // Each bar's rectangle follows the one above it.
    let tops = small.all(classes: "bar").compactMap { $0.attributes["y"].flatMap(Double.init) }
    #expect(tops == tops.sorted() && tops.count == 3)
  }

  @Test func flaggedBarsAreHatchedDarkAndBold() {
    let parsed = ParsedSVG(Self.chart(Self.national).svg)
    let flagged = Self.national.filter { $0.flagged && $0.value != nil }
    let marked = parsed.all(classes: "bar", "flagged")
    #expect(marked.count == flagged.count && flagged.count > 10)
    #expect(marked.allSatisfy { $0.attributes["fill"]?.hasPrefix("url(#") == true && $0.attributes["stroke"] != nil })
    #expect(parsed.all(classes: "bar").count - marked.count == Self.national.count - 1 - flagged.count)
    #expect(parsed.all(classes: "bar").filter { !$0.classes.contains("flagged") }.allSatisfy { $0.attributes["fill"] == "#b3b3b3" })
    #expect(parsed.all(classes: "row", "flagged").count == flagged.count)
    #expect(parsed.all(classes: "name").filter { $0.attributes["font-weight"] == "bold" }.count == flagged.count)
    // The hatch is a pattern in <defs>, and the legend shows it too.
    #expect(parsed.all("pattern").count == 1)
    #expect(parsed.all(classes: "swatch").count == 2)
  }

  @Test func referenceLineIsDrawnAtTheThresholdAndLabelled() throws {
    let parsed = ParsedSVG(Self.chart(Self.national).svg)
    let line = try #require(parsed.elements.first { $0.name == "line" && $0.attributes["stroke-dasharray"] != nil })
    let axis = try #require(parsed.all(classes: "axis").first)
    // 80 % lies 80 % of the way from the zero line to the 100 tick.
    let ticks = parsed.all("line").filter { $0.attributes["stroke"] == "#d0d0d0" }.compactMap { $0.attributes["x1"].flatMap(Double.init) }
    let zero = try #require(axis.attributes["x1"].flatMap(Double.init))
    let hundred = try #require(ticks.max())
    let x = try #require(line.attributes["x1"].flatMap(Double.init))
    #expect(abs(x - (zero + 0.8 * (hundred - zero))) < 0.02)
    #expect(parsed.texts.filter { $0 == "Kriterium: 80 %" }.count == 1)
    // No threshold: no reference line.
    var none = Self.chart(Self.national)
    none.threshold = nil
    #expect(ParsedSVG(none.svg).all(classes: "threshold").isEmpty)
  }

  @Test func valuesUseTheDecimalCommaOrTheCallersText() {
    let bars = [
      BarChart.Bar(label: "A", value: 78.44, flagged: true), BarChart.Bar(label: "B", value: 79.95, flagged: false, valueText: "80,0"),
    ]
    let parsed = ParsedSVG(Self.chart(bars).svg)
    #expect(parsed.all(classes: "value").map(\.text) == ["78,4", "80,0"])
    #expect(parsed.all("title").map(\.text).contains("A: 78,4 % (under 80 %)"))
  }

  @Test func barsWithoutValueKeepTheirRowWithANote() {
    let bars = [
      BarChart.Bar(label: "Ærø", value: nil, flagged: false), BarChart.Bar(label: "Fanø", value: 85, flagged: false),
      BarChart.Bar(label: "Læsø", value: nil, flagged: false),
    ]
    var chart = Self.chart(bars)
    chart.missingNote = "mangler data"
    chart.bars[2].note = "ikke vurderet"
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart) + ["mangler data"])
    #expect(parsed.all(classes: "name").map(\.text) == ["Ærø", "Fanø", "Læsø"])
    #expect(parsed.all(classes: "missing").map(\.text) == ["mangler data", "ikke vurderet"])
    #expect(parsed.all(classes: "bar").count == 1)
    #expect(parsed.all(classes: "value").map(\.text) == ["85,0"])
  }

  @Test func edgeCasesStayWellFormed() {
    let allNil = Self.chart(ChartSamples.names.map { BarChart.Bar(label: $0, value: nil, flagged: false) })
    let parsedNil = expectSelfContainedChart(allNil.svg, title: Self.title, showing: Self.showing(allNil) + ChartSamples.names)
    #expect(parsedNil.all(classes: "bar").isEmpty && parsedNil.all(classes: "missing").count == ChartSamples.names.count)

    let empty = Self.chart([], subtitle: nil)
    let parsedEmpty = expectSelfContainedChart(empty.svg, title: Self.title, showing: Self.showing(empty) + ["Ingen data"])
    #expect(parsedEmpty.all(classes: "bar").isEmpty)

    let one = Self.chart([BarChart.Bar(label: ChartSamples.awkward, value: 100, flagged: false)])
    let parsedOne = expectSelfContainedChart(one.svg, title: Self.title, showing: Self.showing(one) + [ChartSamples.awkward, "100,0"])
    #expect(parsedOne.all(classes: "bar").count == 1)
    #expect(one.svg.contains("Kommune &amp; Co &lt;test&gt; &quot;citat&quot; &apos;x&apos;"))

    // Values outside 0–100 widen the axis instead of running off it.
    let odd = Self.chart([BarChart.Bar(label: "Minus", value: -12, flagged: true), BarChart.Bar(label: "Over", value: 130, flagged: false)])
    let parsedOdd = expectSelfContainedChart(odd.svg, title: Self.title, showing: Self.showing(odd) + ["-20", "140"])
    #expect(parsedOdd.all(classes: "bar").allSatisfy { Double($0.attributes["width"] ?? "") ?? -1 > 0 })

    let awkwardTitle = BarChart(
      title: "Ærø & <Fanø>", bars: [], threshold: nil, thresholdLabel: "", valueAxisLabel: "Andel (%)", source: "Kilde: \"STAR\"")
    _ = expectSelfContainedChart(awkwardTitle.svg, title: "Ærø & <Fanø>", showing: ["Ærø & <Fanø>", "Andel (%)", "Kilde: \"STAR\""])
  }

  @Test func sameInputGivesTheSameBytes() {
    let svg = Self.chart(Self.national).svg
    #expect(Self.chart(Self.national).svg == svg)
    #expect(Array(Self.chart(Self.national).svg.utf8) == Array(svg.utf8))
  }

  @Test func idsFollowTheTitleOrTheCaller() {
    var chart = Self.chart(Self.national)
    let parsed = ParsedSVG(chart.svg)
    #expect(parsed.elements.first?.attributes["id"] == "bars-" + SVG.digest(Self.title))
    chart.id = "udvalg-samtaler"
    let custom = ParsedSVG(chart.svg)
    #expect(custom.elements.compactMap { $0.attributes["id"] }.allSatisfy { $0.hasPrefix("udvalg-samtaler") })
    chart.title = "Rettidige tilbud"
    chart.id = nil
    #expect(ParsedSVG(chart.svg).elements.first?.attributes["id"] != parsed.elements.first?.attributes["id"])
  }

  /// Four status categories as the committee uses them (issue 17): each bar filled with its category's
  /// colour or hatch, the legend one swatch per category in order, only hatched categories bold.
  @Test func barsTakeTheirCategorysColourAndTheLegendNamesEvery() {
    var chart = Self.chart([
      BarChart.Bar(label: "A", value: 50, category: 0), BarChart.Bar(label: "B", value: 90, category: 1),
      BarChart.Bar(label: "C", value: 70, category: 2),
    ])
    chart.categories = [
      .init(name: "Under", fill: "#a50f15", hatched: true, emphasised: true), .init(name: "Opfylder", fill: "#4f81b3"),
      .init(name: "Ikke vurderet", fill: "#c4c4c4"),
    ]
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: ["Under", "Opfylder", "Ikke vurderet"])
    let fills = parsed.all(classes: "bar").map { $0.attributes["fill"] ?? "" }
    #expect(fills.count == 3 && fills[0].hasPrefix("url(#") && fills[1] == "#4f81b3" && fills[2] == "#c4c4c4")
    #expect(parsed.all(classes: "swatch").count == 3)
    #expect(parsed.all("pattern").count == 1)
    let patternFill = parsed.all("rect").first { $0.attributes["width"] == "5" }?.attributes["fill"]
    #expect(patternFill == "#a50f15")
    #expect(parsed.all(classes: "name").filter { $0.attributes["font-weight"] == "bold" }.map(\.text) == ["A"])
  }

  /// 98 bars in three panels: 33, 33 and 32 rows, read down each panel; every name of a panel lies left
  /// of every name of the next, the rows of a panel start at the same height, and the chart is little
  /// more than half the height of the one-panel chart.
  @Test func panelsSplitTheRowsIntoColumnsReadDownward() throws {
    var chart = Self.chart(Self.national)
    chart.panels = 3
    chart.plotHeight = 363
    let parsed = ParsedSVG(chart.svg)
    let names = parsed.all(classes: "name")
    #expect(names.map(\.text) == Self.national.map(\.label))
    let x = names.compactMap { $0.attributes["x"].flatMap(Double.init) }
    let y = names.compactMap { $0.attributes["y"].flatMap(Double.init) }
    #expect(Set(x[0..<33]).count == 1 && Set(x[33..<66]).count == 1 && Set(x[66..<98]).count == 1)
    #expect(x[0] < x[33] && x[33] < x[66])
    #expect(y[0] == y[33] && y[33] == y[66] && y[32] == y[65] && y[1] - y[0] == 11)
    #expect(parsed.all(classes: "threshold").count == 3)
    let height = try #require(parsed.elements.first?.attributes["height"].flatMap(Double.init))
    let single = try #require(ParsedSVG(Self.chart(Self.national).svg).elements.first?.attributes["height"].flatMap(Double.init))
    #expect(height < single * 0.5)
  }

  /// The axis starts at the same place whichever rows are bold (the samtale and tilbud charts of the
  /// same municipalities line up), and at the same offset in every panel: names are measured as if
  /// bold, over all panels.
  @Test func theAxisDoesNotMoveWithTheEmphasisedRows() throws {
    let longest = "Ringkøbing-Skjern Kommune med et langt navn"
    let bars = [BarChart.Bar(label: longest, value: 70, flagged: false)] + Self.national.dropFirst()
    let emphasised = [BarChart.Bar(label: longest, value: 70, flagged: true)] + Self.national.dropFirst()
    func barStarts(_ bars: [BarChart.Bar], panels: Int) -> [Double] {
      var chart = Self.chart(bars)
      chart.panels = panels
      return ParsedSVG(chart.svg).all(classes: "bar").compactMap { $0.attributes["x"].flatMap(Double.init) }
    }
    #expect(barStarts(bars, panels: 1).first == barStarts(emphasised, panels: 1).first)
    let plain = barStarts(bars, panels: 3)
    #expect(plain == barStarts(emphasised, panels: 3))
    // Every value is positive, so each bar starts at its panel's 0; panels are equally wide and
    // equally spaced, so the starts of panels 1–3 step by one panel width plus the gap.
    let starts = Array(Set(plain)).sorted()
    #expect(starts.count == 3)
    let step = starts[1] - starts[0]
    #expect(abs((starts[2] - starts[1]) - step) < 0.01)
  }
}

extension BarChart.Bar {
  /// A bar of the default categories: `Markeret` (0) or `Øvrige` (1).
  init(label: String, value: Double?, flagged: Bool, valueText: String? = nil) {
    self.init(label: label, value: value, category: flagged ? 0 : 1, valueText: valueText)
  }

  var flagged: Bool { category == 0 }
}
