import Testing

@testable import TilsynKit

@Suite struct ScatterChartTests {
  static let title = "Skærpet tilsyn: forskel fra forventet andel og fokusmål 1"
  static let quadrants = (topRight: "I risiko", topLeft: "Risikozone", bottomRight: "Over forventet", bottomLeft: "Ingen risiko")

  static func chart(_ points: [ScatterChart.Point]) -> ScatterChart {
    var chart = ScatterChart(
      title: title, points: points, xAxisLabel: "Forskel fra forventet andel (procentpoint)",
      yAxisLabel: "Fokusmål 1-andel (pct.)", xDivider: 0, yDivider: 30, quadrantLabels: quadrants, source: ChartSamples.source)
    chart.highlightedLegend = "I risiko"
    chart.otherLegend = "Øvrige kommuner"
    return chart
  }

  /// 98 points spread over all four quadrants; those right of 0 and at or above 30 highlighted.
  static let national: [ScatterChart.Point] = (0..<98).map { index in
    let x = Double(index % 13) - 6.5 + Double(index % 7) * 0.11
    let y = 12 + Double((index * 37) % 41)
    return ScatterChart.Point(label: ChartSamples.names[index % ChartSamples.names.count] + " \(index)", x: x, y: y, highlighted: x > 0 && y >= 30)
  }

  static func showing(_ chart: ScatterChart) -> [String] {
    [
      chart.title, chart.xAxisLabel, chart.yAxisLabel, chart.source, chart.highlightedLegend, chart.otherLegend,
      "I risiko", "Risikozone", "Over forventet", "Ingen risiko", "0", "30",
    ]
  }

  @Test func nationalChartIsSelfContained() {
    let chart = Self.chart(Self.national)
    let parsed = expectSelfContainedChart(chart.svg, title: Self.title, showing: Self.showing(chart) + ["-6", "-4", "-2"])
    #expect(parsed.all(classes: "point").count == 98)
  }

  @Test func highlightedPointsAreTrianglesWithTheirNames() {
    let parsed = ParsedSVG(Self.chart(Self.national).svg)
    let highlighted = Self.national.filter(\.highlighted)
    let marks = parsed.all(classes: "point", "highlighted")
    #expect(marks.count == highlighted.count && highlighted.count > 5)
    #expect(marks.allSatisfy { $0.name == "polygon" })
    #expect(parsed.all(classes: "point").filter { !$0.classes.contains("highlighted") }.allSatisfy { $0.name == "circle" })
    #expect(parsed.all(classes: "point-label").map(\.text) == highlighted.map(\.label))
  }

  @Test func dividersCrossAtTheGivenValues() throws {
    let points = [
      ScatterChart.Point(label: "Midt", x: 0, y: 30, highlighted: false),
      ScatterChart.Point(label: "Ærø", x: -3.25, y: 12.5, highlighted: false),
      ScatterChart.Point(label: "Læsø & <Fanø>", x: 2.5, y: 41, highlighted: true),
    ]
    let parsed = expectSelfContainedChart(Self.chart(points).svg, title: Self.title, showing: Self.showing(Self.chart(points)) + ["Læsø & <Fanø>"])
    let vertical = try #require(parsed.all(classes: "divider", "x").first)
    let horizontal = try #require(parsed.all(classes: "divider", "y").first)
    let middle = try #require(parsed.all("circle").first { $0.classes.contains("point") })
    #expect(vertical.attributes["x1"] == middle.attributes["cx"] && vertical.attributes["x1"] == vertical.attributes["x2"])
    #expect(horizontal.attributes["y1"] == middle.attributes["cy"] && horizontal.attributes["y1"] == horizontal.attributes["y2"])
    #expect(vertical.attributes["stroke-dasharray"] != nil && horizontal.attributes["stroke-dasharray"] != nil)
    #expect(parsed.all("title").map(\.text).contains("Ærø (-3,25; 12,5)"))
  }

  @Test func quadrantsAreCountedInTheDescription() {
    let points = [
      ScatterChart.Point(label: "a", x: 1, y: 30, highlighted: true),  // x > 0 and y ≥ 30: top right
      ScatterChart.Point(label: "b", x: 0, y: 35, highlighted: false),  // x = 0 is left
      ScatterChart.Point(label: "c", x: 2, y: 29.9, highlighted: false),
      ScatterChart.Point(label: "d", x: -2, y: 10, highlighted: false),
      ScatterChart.Point(label: "e", x: 4, y: 50, highlighted: true),
    ]
    let parsed = ParsedSVG(Self.chart(points).svg)
    let description = parsed.all("desc").first?.text ?? ""
    #expect(description.contains("I risiko: 2, Risikozone: 1, Over forventet: 1, Ingen risiko: 1"))
    #expect(description.contains("i risiko: a, e"))
  }

  @Test func edgeCasesStayWellFormed() {
    let empty = Self.chart([])
    _ = expectSelfContainedChart(empty.svg, title: Self.title, showing: Self.showing(empty) + ["Ingen data"])

    let one = Self.chart([ScatterChart.Point(label: ChartSamples.awkward, x: -0.5, y: 31, highlighted: true)])
    let parsedOne = expectSelfContainedChart(one.svg, title: Self.title, showing: Self.showing(one) + [ChartSamples.awkward])
    #expect(parsedOne.all(classes: "point", "highlighted").count == 1)

    let negative = Self.chart((0..<10).map { ScatterChart.Point(label: "Ø\($0)", x: -Double($0) - 1, y: 20, highlighted: false) })
    let parsedNegative = expectSelfContainedChart(negative.svg, title: Self.title, showing: Self.showing(negative))
    #expect(parsedNegative.all(classes: "point").count == 10)

    let broken = Self.chart([ScatterChart.Point(label: "NaN", x: .nan, y: 1, highlighted: true)])
    let parsedBroken = expectSelfContainedChart(broken.svg, title: Self.title, showing: Self.showing(broken))
    #expect(parsedBroken.all(classes: "point").isEmpty)

    var labelled = Self.chart(Self.national)
    labelled.xDividerLabel = "0 pp"
    labelled.yDividerLabel = "30 %"
    _ = expectSelfContainedChart(labelled.svg, title: Self.title, showing: [Self.title, "0 pp", "30 %"])

    let structLabels = ScatterChart(
      title: "Ærø", points: [], xAxisLabel: "x", yAxisLabel: "y", xDivider: 0, yDivider: 30,
      quadrantLabels: ScatterChart.QuadrantLabels(topRight: "TR", topLeft: "TL", bottomRight: "BR", bottomLeft: "BL"), source: "Kilde")
    _ = expectSelfContainedChart(structLabels.svg, title: "Ærø", showing: ["TR", "TL", "BR", "BL", "Kilde"])
  }

  @Test func sameInputGivesTheSameBytes() {
    #expect(Self.chart(Self.national).svg == Self.chart(Self.national).svg)
  }
}
