import Testing
@testable import TilsynKit

@Suite struct KommuneRegisterTests {
  @Test func committedRegisterHasThe98() throws {
    let register = try Fixtures.register()
    #expect(register.kommuner.count == 98)
    #expect(register.kommune(code: 101)?.name == "København")
    #expect(register.kommune(code: 860)?.name == "Hjørring")
    #expect(register.kommune(code: 411) == nil)  // Christiansø is not a municipality
    #expect(Set(register.kommuner.map(\.amk)) == ["Øst", "Syd", "Midt-Nord"])
    #expect(register.kommuner.map(\.code) == register.kommuner.map(\.code).sorted())
  }

  @Test func codesWithThreeOrFourDigits() {
    #expect(parseKommuneCode(Array("101".utf8)) == 101)
    #expect(parseKommuneCode(Array("0101".utf8)) == 101)
    #expect(parseKommuneCode(Array("1010".utf8)) == nil)
    #expect(parseKommuneCode(Array("10".utf8)) == nil)
    #expect(parseKommuneCode(Array("01a1".utf8)) == nil)
  }

  @Test func brokenRegisterNamesTheLine() {
    let folder = Fixtures.temporaryFolder()
    let path = folder + "/kommuner.csv"
    Fixtures.write("kode;navn;region;amk;befolkning_ca\n101;København;Hovedstaden;Øst;1\n10x;Y;R;Øst;1\n", to: path)
    #expect(throws: ConfigurationError.badDataFile(
      path: path, line: 3, message: "ugyldig kommunekode '10x' (forventede 3 cifre eller 4 med foranstillet 0)")
    ) { try KommuneRegister.load(path: path) }
    Fixtures.write("kode;navn;region;amk;befolkning_ca\n101;København;Hovedstaden;Øst;1\n0101;K;H;Øst;1\n", to: path)
    #expect(throws: ConfigurationError.badDataFile(path: path, line: 3, message: "kommunekode 101 står mere end én gang")) {
      try KommuneRegister.load(path: path)
    }
    Fixtures.write("kode;navn;region;amk;befolkning_ca\n101;København;Hovedstaden;Vest;1\n", to: path)
    #expect(throws: ConfigurationError.badDataFile(
      path: path, line: 2, message: "ukendt AMK 'Vest' (forventede Øst, Syd eller Midt-Nord)")
    ) { try KommuneRegister.load(path: path) }
  }
}
