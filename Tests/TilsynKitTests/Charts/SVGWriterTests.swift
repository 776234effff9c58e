import Testing

@testable import TilsynKit

@Suite struct SVGWriterChartTests {
  @Test func escapesMarkupAndDropsWhatXMLForbids() {
    #expect(SVG.escaped("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;")
    #expect(SVG.escaped("Ærø\tå\nø\r") == "Ærø&#x9;å&#xA;ø&#xD;")
    #expect(SVG.escaped("x\u{1}\u{0}y\u{FFFE}") == "xy")
    #expect(SVG.escaped("😀 – ’") == "😀 – ’")
  }

  @Test func numbersUseAPointAndFewDecimals() {
    #expect(SVG.number(12) == "12")
    #expect(SVG.number(3.10) == "3.1")
    #expect(SVG.number(1.25) == "1.25")
    #expect(SVG.number(0.125) == "0.13")  // half away from zero
    #expect(SVG.number(-0.125) == "-0.13")
    #expect(SVG.number(-0.001) == "0")
    #expect(SVG.number(0.05, places: 2) == "0.05")
    #expect(SVG.number(2.5, places: 0) == "3")
    #expect(SVG.number(-2.5, places: 0) == "-3")
    #expect(SVG.number(.nan) == "0")
    #expect(SVG.number(.infinity) == "0")
    #expect(SVG.number(1e300) == "10000000000000")  // clamped to 10¹³, no trap
  }

  @Test func labelsUseTheDanishDecimalComma() {
    #expect(ChartNumber.danish(78.44, places: 1) == "78,4")
    #expect(ChartNumber.danish(78.45001, places: 1) == "78,5")
    #expect(ChartNumber.danish(-0.04, places: 1) == "0,0")
    #expect(ChartNumber.danish(-2.345678, places: 2) == "-2,35")
    #expect(ChartNumber.trimmed(30) == "30")
    #expect(ChartNumber.trimmed(2.5) == "2,5")
    #expect(ChartNumber.trimmed(-0.001) == "0")
  }

  @Test func elementsPrintIndentedWithTextInline() {
    var group = SVGElement("g", ["class": "a", "opacity": 0.5])
    group.append(SVGElement("rect", ["x": 1, "y": 2.25, "width": 10.0]))
    group.append(SVGElement("text", ["x": 4], text: "Ærø & <Fanø>"))
    var text = SVGElement("text")
    text.append(text: "a ")
    text.append(SVGElement("tspan", ["font-weight": "bold"], text: "b"))
    group.append(text)
    #expect(
      group.xml == """
        <g class="a" opacity="0.5">
          <rect x="1" y="2.25" width="10"/>
          <text x="4">Ærø &amp; &lt;Fanø&gt;</text>
          <text>a <tspan font-weight="bold">b</tspan></text>
        </g>

        """)
  }

  @Test func attributesKeepTheirOrderAndSetReplaces() {
    var rect = SVGElement("rect", ["y": 1, "x": 2])
    rect.set("x", 3)
    rect.set("fill", "#000")
    #expect(rect.attributes.map(\.name) == ["y", "x", "fill"])
    #expect(rect.xml == "<rect y=\"1\" x=\"3\" fill=\"#000\"/>\n")
    #expect(SVGElement("title", text: "a\"b").xml == "<title>a&quot;b</title>\n")
    #expect(SVGElement("g", ["data-x": "a\nb"]).xml == "<g data-x=\"a&#xA;b\"/>\n")
  }

  @Test func idsAreStableAndValid() {
    #expect(SVG.digest("abc") == "1a47e90b")  // FNV-1a, 32 bits
    #expect(SVG.digest("abc") == SVG.digest("abc"))
    #expect(SVG.identifier("udvalg-1") == "udvalg-1")
    #expect(SVG.identifier("1 Ærø") == "c1--r-")
  }

  @Test func axisStepsAreRound() {
    let percent = ChartAxis(covering: 0, 100, ticks: 10)
    #expect(percent.ticks == [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
    #expect(percent.ticks.map(percent.label).last == "100")

    let counts = ChartAxis(covering: 0, 18, ticks: 6, wholeNumbers: true)
    #expect(counts.step == 5 && counts.upper == 20)
    let few = ChartAxis(covering: 0, 4, ticks: 6, wholeNumbers: true)
    #expect(few.step == 1 && few.upper == 4)

    let difference = ChartAxis(covering: -5.3, 6.1, ticks: 8)
    #expect(difference.step == 2 && difference.lower == -6 && difference.upper == 8)
    #expect(difference.ticks.map(difference.label) == ["-6", "-4", "-2", "0", "2", "4", "6", "8"])

    let small = ChartAxis(covering: 0, 1.2, ticks: 5)
    #expect(small.step == 0.25 && small.places == 2)
    #expect(small.label(0.75) == "0,75")

    let flat = ChartAxis(covering: 7, 7, ticks: 5)
    #expect(flat.lower <= 7 && flat.upper > 7)
    #expect(ChartAxis(covering: 0, 250_000, ticks: 5, wholeNumbers: true).label(50_000) == "50.000")
  }
}
