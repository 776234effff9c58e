import Testing
@testable import TilsynKit

/// Files rejected as a whole (SPEC 3.1): listed with status `afvist`, 0 rows read, a message that
/// names what is wrong, and no records used.
@Suite struct FileRejectionTests {
  @Test(arguments: [
    ("person_id;maalgruppe;slut\np1;DP;\n", "den obligatoriske kolonne 'start' mangler"),
    ("person_id;maalgruppe;start;START\np1;DP;2023-01-01;2023-01-01\n", "kolonnen 'start' står mere end én gang i overskriften"),
    ("person_id;maalgruppe;start;slut\np1;DP;2023-01-01;\np2;\"DP;2023-01-01;\np3;DP;2023-01-01;\n", "anførselstegn åbnet i linje 3 lukkes aldrig før filens slutning"),
    ("", "filen er tom: ingen overskriftslinje"),
    ("\n \n", "filen er tom: ingen overskriftslinje"),
  ])
  func wholeFileRejected(text: String, message: String) {
    let (records, quality, rejected) = loadTable(Forloeb.self, text)
    #expect(records == nil)
    #expect(quality.status == .afvist)
    #expect(quality.rowsRead == 0)
    #expect(quality.rowsRejected == 0)
    #expect(quality.message == message)
    #expect(rejected.isEmpty)
  }

  @Test func missingOptionalColumnReadsAsEmpty() throws {
    let (records, quality, _) = loadTable(Forloeb.self, "start;maalgruppe;person_id\n2023-01-01;DP;p1\n")
    #expect(quality.status == .ok)
    #expect(try #require(records).first?.slut == nil)
  }
}
