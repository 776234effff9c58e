import Testing
@testable import TilsynKit

@Suite struct ExtractLoaderTests {
  let period = Period("2024H1")!

  func loader(_ root: String) throws -> ExtractLoader {
    ExtractLoader(extractsRoot: root, period: period, register: try Fixtures.register())
  }

  @Test func missingFoldersAndFilesAreRecordedAsMissing() throws {
    let root = Fixtures.temporaryFolder()
    Fixtures.write("person_id;maalgruppe;start;slut\np1;DP;2024-01-01;\n", to: root + "/2024H1/0101/Forloeb.CSV")
    Fixtures.write("kommune;befolkning_16_66;forventet_andel\n101;1000;10\n", to: root + "/2024H1/benchmark.csv")
    Fixtures.write("x\n", to: root + "/2024H1/notes/readme.csv")
    Fixtures.write("x\n", to: root + "/2024H1/999/forloeb.csv")
    let extract = try loader(root).load()
    #expect(extract.kommuner.count == 98)
    #expect(extract.files.count == 98 * 6 + 1)
    let koebenhavn = extract.kommuner[0]
    #expect(koebenhavn.kommune.code == 101)
    #expect(koebenhavn.folderName == "0101")
    #expect(koebenhavn.forloeb?.count == 1)  // found regardless of letter case
    #expect(koebenhavn.samtaler == nil)
    #expect(extract.files[0].path == "2024H1/0101/Forloeb.CSV")
    #expect(extract.files[0].status == .ok)
    #expect(extract.files[1].status == .mangler)
    #expect(extract.files[1].message == "filen mangler")
    #expect(extract.files[6].path == "2024H1/147/forloeb.csv")
    #expect(extract.files[6].message == "kommunen har ingen mappe")
    #expect(extract.unknownFolders == ["999", "notes"])
    #expect(extract.benchmark?[101]?.befolkning16til66 == 1000)
    #expect(extract.files.last?.path == "2024H1/benchmark.csv")
  }

  @Test func aMunicipalityInTwoFoldersIsAUsageError() throws {
    let root = Fixtures.temporaryFolder()
    Fixtures.write("x\n", to: root + "/2024H1/101/forloeb.csv")
    Fixtures.write("x\n", to: root + "/2024H1/0101/forloeb.csv")
    #expect(throws: ConfigurationError.duplicateKommuneFolder(period: "2024H1", first: "0101", second: "101")) {
      try loader(root).load()
    }
  }

  @Test func missingPeriodOrExtractsFolderIsAUsageError() throws {
    let root = Fixtures.temporaryFolder()
    #expect(throws: ConfigurationError.missingFolder(path: root + "/2024H1", what: "udtræksmappen for perioden 2024H1")) {
      try loader(root).load()
    }
    #expect(throws: ConfigurationError.missingFolder(path: root + "/nope", what: "udtræksmappen (--extracts)")) {
      try loader(root + "/nope").load()
    }
  }

  @Test func missingBenchmarkIsMissingData() throws {
    let root = Fixtures.temporaryFolder()
    Fixtures.write("person_id;maalgruppe;start;slut\n", to: root + "/2024H1/101/forloeb.csv")
    let extract = try loader(root).load()
    #expect(extract.benchmark == nil)
    #expect(extract.files.last?.status == .mangler)
  }
}
