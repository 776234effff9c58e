import Testing
@testable import TilsynKit

/// The trend reads last period's files back (SPEC 4.1, 4.2).
@Suite struct PreviousReportTests {
  @Test func missingFileMeansNoPreviousFollowUp() throws {
    #expect(try HistoryLoader.followUp(reports: Fixtures.temporaryFolder(), period: Period("2023H2")!, measures: [.samtale, .tilbud]) == nil)
    #expect(try HistoryLoader.skaerpetStatuses(reports: Fixtures.temporaryFolder(), period: Period("2023H2")!) == nil)
  }

  @Test func readsStatusesByCode() throws {
    let reports = Fixtures.temporaryFolder()
    Fixtures.write(
      "\u{FEFF}kommune;status_samtale;status_tilbud;status\r\n101;opfylder;under_kriteriet;opfylder_ikke\r\n0147;ikke_vurderet;opfylder;ikke_vurderet\r\n",
      to: reports + "/2023H2/tidlig_indsats_kommuner.csv")
    let previous = try #require(
      try HistoryLoader.followUp(reports: reports, period: Period("2023H2")!, measures: [.samtale, .tilbud, .akasse]))
    #expect(previous.statuses[147]?.measures["samtale"] == .ikkeVurderet)
    // An older file without status_akasse: the measure is simply absent.
    #expect(previous.statuses[147]?.measures["akasse"] == nil)
    #expect(previous.underKriteriet(.akasse) == 0)
    #expect(previous.underKriteriet(.tilbud) == 1)
    #expect(previous.opfylderIkke == 1)
  }

  /// A file this tool did not write stops the run with the line named: a wrong trend is worse than none.
  @Test func unknownStatusNamesTheLine() {
    let reports = Fixtures.temporaryFolder()
    Fixtures.write("kommune;status\n101;i_risiko\n147;slem\n", to: reports + "/2023H2/skaerpet_tilsyn.csv")
    #expect(
      throws: ConfigurationError.badDataFile(
        path: reports + "/2023H2/skaerpet_tilsyn.csv", line: 3, message: "ukendt status i forrige opfølgning")
    ) { try HistoryLoader.skaerpetStatuses(reports: reports, period: Period("2023H2")!) }
  }
}
