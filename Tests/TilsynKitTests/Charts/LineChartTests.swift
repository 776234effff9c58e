import Testing

@testable import TilsynKit

@Suite struct LineChartTests {
  static let title = "Kommuner, der ikke opfylder kriterierne"

  static func chart(periods: [String], series: [LineChart.Series]) -> LineChart {
    LineChart(title: title, periods: periods, series: series, valueAxisLabel: "Antal kommuner", source: ChartSamples.source)
  }

  static let periods = ["2022H2", "2023H1", "2023H2", "2024H1"]
  static let series = [
    LineChart.Series(name: "Jobsamtaler", values: [14, 11, 10, 9]),
    LineChart.Series(name: "Tilbud", values: [8, 10, 12, 9]),
    LineChart.Series(name: "I alt", values: [18, 17, 16, 13]),
  ]

  static func showing(_ chart: LineChart) -> [String] {
    [chart.title, chart.valueAxisLabel, chart.periodAxisLabel, chart.source] + chart.series.map(\.name) + chart.periods
  }

  @Test func severalPeriodsDrawALinePerSeries() {
    let chart = Self.chart(periods: Self.periods, series: Self.series)
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart) + ["I alt: 13", "Tilbud: 9"])
    #expect(parsed.all("polyline").count == 3)
    #expect(parsed.all(classes: "series-line").count == 3)
    #expect(parsed.all(classes: "marker").count == 12)
    // Each series has its own dash pattern and marker shape, not only its own colour.
    let dashes = parsed.all("polyline").map { $0.attributes["stroke-dasharray"] ?? "solid" }
    #expect(Set(dashes).count == 3)
    let markers = parsed.all(classes: "marker")
    let shapes = Set(markers.map { "\($0.name) \($0.attributes["fill"] ?? "")" })
    #expect(shapes.count == 3)
    // The y axis starts at 0 and covers the highest value with a round step.
    #expect(parsed.texts.contains("0") && parsed.texts.contains("20"))
  }

  @Test func aSinglePeriodDrawsPointsWithoutLines() {
    let chart = Self.chart(periods: ["2024H1"], series: Self.series.map { LineChart.Series(name: $0.name, values: [$0.values[3]]) })
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart) + ["I alt: 13"])
    #expect(parsed.all("polyline").isEmpty)
    #expect(parsed.all("path").isEmpty)
    #expect(parsed.all(classes: "marker").count == 3)
  }

  @Test func aMissingValueBreaksTheLine() {
    let chart = Self.chart(
      periods: Self.periods,
      series: [
        LineChart.Series(name: "Jobsamtaler", values: [14, 11, nil, 9]),  // one run of two, then a lone point
        LineChart.Series(name: "Tilbud", values: [8, nil, 12, nil]),  // lone points only
        LineChart.Series(name: "I alt", values: [18, 17]),  // shorter than the periods
      ])
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart))
    #expect(parsed.all("polyline").count == 2)
    #expect(parsed.all(classes: "marker").count == 7)
    // No value in the last period: no label for it.
    #expect(parsed.all(classes: "latest-value").map(\.text) == ["Jobsamtaler: 9"])
  }

  @Test func edgeCasesStayWellFormed() {
    let empty = Self.chart(periods: [], series: [])
    _ = expectSelfContainedChart(empty.svg, title: Self.title, showing: [Self.title, "Antal kommuner", ChartSamples.source, "Ingen data"])

    let allNil = Self.chart(periods: Self.periods, series: [LineChart.Series(name: "Tilbud", values: [nil, nil, nil, nil])])
    let parsedNil = expectSelfContainedChart(allNil.svg, title: Self.title, showing: Self.showing(allNil) + ["Ingen data"])
    #expect(parsedNil.all(classes: "marker").isEmpty && parsedNil.all("polyline").isEmpty)

    let awkward = Self.chart(
      periods: ["2023H2", "2024H1"],
      series: [LineChart.Series(name: ChartSamples.awkward, values: [0, 0]), LineChart.Series(name: "Ærø-Læsø-Fanø", values: [1, 2])])
    let parsed = expectSelfContainedChart(awkward.svg, title: Self.title, showing: Self.showing(awkward))
    #expect(parsed.all("polyline").count == 2)

    // Many periods: the labels turn so they do not run into each other.
    let many = (2015...2024).flatMap { ["\($0)H1", "\($0)H2"] }
    let long = Self.chart(periods: many, series: [LineChart.Series(name: "I alt", values: many.indices.map { $0 % 7 })])
    let parsedLong = expectSelfContainedChart(long.svg, title: Self.title, showing: Self.showing(long))
    #expect(parsedLong.all("text").filter { $0.attributes["transform"]?.hasPrefix("rotate(-45") == true }.count == many.count)

    // More series than styles still draws every one.
    let crowd = Self.chart(periods: Self.periods, series: (1...10).map { LineChart.Series(name: "Serie \($0)", values: [$0, $0 + 1, $0, $0 + 2]) })
    let parsedCrowd = expectSelfContainedChart(crowd.svg, title: Self.title, showing: Self.showing(crowd))
    #expect(parsedCrowd.all("polyline").count == 10)
  }

  @Test func largeCountsAreGroupedTheDanishWay() {
    let chart = Self.chart(periods: ["2023H2", "2024H1"], series: [LineChart.Series(name: "Personer", values: [12_500, 14_250])])
    _ = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart) + ["Personer: 14.250", "15.000"])
  }

  @Test func sameInputGivesTheSameBytes() {
    let svg = Self.chart(periods: Self.periods, series: Self.series).svg
    #expect(Self.chart(periods: Self.periods, series: Self.series).svg == svg)
  }
}
