import Foundation
import Testing

/// End-to-end: the built binary, its messages and exit codes (SPEC 1).
@Suite struct CommandLineTests {
  @Test func helpListsTheCommandsAndExitsZero() throws {
    let outcome = try BinaryRunner.run(["--help"])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("validate"))
    #expect(outcome.stdout.contains("inspect"))
    let validate = try BinaryRunner.run(["validate", "--help"])
    #expect(validate.status == 0)
    #expect(validate.stdout.contains("EKSEMPEL:\n  tilsyn validate --period 2024H1"))
  }

  @Test func noArgumentsIsAUsageError() throws {
    let outcome = try BinaryRunner.run([])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("BRUG: tilsyn <kommando>"))
  }

  @Test func usageErrorsAreOneDanishLineAndExitTwo() throws {
    let cases: [([String], String)] = [
      (["fly"], "tilsyn: ukendt kommando 'fly' (se 'tilsyn --help')\n"),
      (["validate", "--period", "2024H3", "--out", "/tmp/x"],
        "tilsyn validate: ukendt periode '2024H3': forventede ÅÅÅÅH1 eller ÅÅÅÅH2, fx 2024H1\n"),
      (["validate", "--period", "2024H1"], "tilsyn validate: validate kræver --out (se 'tilsyn validate --help')\n"),
      (["validate", "--period", "2024H1", "--out", "/tmp/x", "--extracts", "/nonexistent"],
        "tilsyn validate: udtræksmappen (--extracts) findes ikke: /nonexistent\n"),
      (["validate", "--period", "2024H1", "--out", "/tmp/x", "--fast"],
        "tilsyn validate: ukendt argument '--fast' til validate (se 'tilsyn validate --help')\n"),
      (["inspect", "/nonexistent.csv"],
        "tilsyn inspect: kan ikke læse /nonexistent.csv: mappen eller filen findes ikke\n"),
    ]
    for (arguments, message) in cases {
      let outcome = try BinaryRunner.run(arguments)
      #expect(outcome.status == 2, "\(arguments)")
      #expect(outcome.stderr == message)
    }
  }

  @Test func validateWritesTheTwoFilesAndReconciles() throws {
    let root = BinaryRunner.temporaryFolder()
    BinaryRunner.write(
      "person_id;maalgruppe;start;slut\np1;DP;2024-01-01;\np2;XX;2024-01-01;\np1;DP;2024-01-01;\n",
      to: root + "/x/2024H1/101/forloeb.csv")
    let out = root + "/out"
    let outcome = try BinaryRunner.run(["validate", "--period", "2024H1", "--extracts", root + "/x", "--out", out])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("Rækker læst: 3, accepteret: 1, afvist: 2"))
    let quality = try String(contentsOfFile: out + "/datakvalitet.csv", encoding: .utf8)
    #expect(quality.contains("101;København;forloeb;2024H1/101/forloeb.csv;ok;UTF-8;3;1;2;0;0;0;1;0;0;0;1;0;\r\n"))
    let rejected = try String(contentsOfFile: out + "/afviste_raekker.csv", encoding: .utf8)
    #expect(rejected.components(separatedBy: "\r\n").count == 4)  // header, two rows, final empty
  }

  @Test func inspectShowsTheDialectAndJSONShowsEveryRecord() throws {
    let root = BinaryRunner.temporaryFolder()
    let path = root + "/f.csv"
    try Data([0xEF, 0xBB, 0xBF] + Array("a,b\r\n\"x, \"\"y\"\"\",2\r\n0101901234,æ\r\n".utf8)).write(to: URL(fileURLWithPath: path))
    let text = try BinaryRunner.run(["inspect", path])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Tegnsæt: UTF-8 med BOM\nSkilletegn: ,\nLinjeskift: CRLF\n"))
    #expect(text.stdout.contains("Rækker: 2"))
    let json = try BinaryRunner.run(["inspect", path, "--json"])
    #expect(json.stdout == "[\"a\",\"b\"]\n[\"x, \\\"y\\\"\",\"2\"]\n[\"XXXXXX-XXXX\",\"æ\"]\n")
  }
}
