import Testing
@testable import TilsynKit

/// SPEC 4.5's one rule for the chapter: without `ydelser` or the benchmark row every indicator is
/// `mangler_data`; without `timer` only the exit share and the hour progression are. Never 0.
@Suite struct IndicatorMissingDataTests {
  /// A fixture with something in every indicator: FP, RF, LY, FJ and hours.
  static func populated() -> IndicatorFixture {
    var fixture = IndicatorFixture()
    fixture.benefit(1, .foertidspension, Day(2024, 2, 1))
    fixture.benefit(2, .ressourceforloeb, Day(2023, 1, 1))
    fixture.benefit(3, .ledighedsydelse, Day(2024, 1, 1))
    fixture.benefit(4, .fleksjob, Day(2023, 1, 1))
    fixture.hours(4, 2024, 6, "10")
    return fixture
  }

  @Test func missingBenchmarkRowMakesEveryIndicatorMissing() {
    var fixture = Self.populated()
    fixture.benchmark = nil
    let result = fixture.compute()
    #expect(result.values == nil)
    let summary = IndicatorSummary(kommuner: [result])
    #expect(summary.national == nil)
    #expect(summary.manglerData.map(\.kommune.code) == [101])
    #expect(Indicator.allCases.allSatisfy { summary.place($0, of: result.kommune) == nil })
    let row = IndicatorOutputTests.lines(IndicatorTables.csv(summary))[1]
    let cells = row.split(separator: ";", omittingEmptySubsequences: false)
    #expect(cells.count == IndicatorTables.header.count)
    #expect(cells.prefix(3) == ["101", "København", "Øst"])
    let emptyCells = cells.dropFirst(3).dropLast().filter { $0.isEmpty }.count
    #expect(emptyCells == cells.count - 4)  // empty, never 0
    #expect(cells.last == "mangler_data")
  }

  @Test func missingYdelserMakesEveryIndicatorMissing() {
    var fixture = Self.populated()
    fixture.extract.ydelser = nil
    #expect(fixture.compute().values == nil)
  }

  @Test func missingTimerMakesOnlyTheTimerIndicatorsMissing() throws {
    var fixture = Self.populated()
    fixture.extract.timer = nil
    let result = fixture.compute()
    let values = try #require(result.values)
    #expect(values.afgangRF == nil)
    #expect(values.timeprogression == nil)
    #expect(values.foertidspension.spells == 1)
    #expect(values.ressourceforloeb.personsAtEnd == 1)
    #expect(values.ledighedFleksjob.share == IndicatorFraction(182, 364))
    let summary = IndicatorSummary(kommuner: [result])
    #expect(summary.manglerTimer.count == 1)
    #expect(summary.place(.afgangRessourceforloeb, of: result.kommune) == nil)
    #expect(summary.place(.ledighedFleksjob, of: result.kommune) == 1)
    let header = IndicatorTables.header
    let cells = IndicatorOutputTests.lines(IndicatorTables.csv(summary))[1]
      .split(separator: ";", omittingEmptySubsequences: false).map(String.init)
    let cell = { (name: String) in cells[header.firstIndex(of: name)!] }
    for name in ["afgang_rf_antal", "afgang_rf_job_uddannelse", "afgang_rf_job_uddannelse_andel", "fleksjob_faa_timer",
      "fleksjob_timeprogression", "timeprogression_andel", "placering_timeprogression_andel"]
    {
      #expect(cell(name) == "", "\(name)")
    }
    #expect(cell("ledighed_fleksjob_andel") == "50,0")
    #expect(cell("status") == "mangler_data_timer")
  }
}
