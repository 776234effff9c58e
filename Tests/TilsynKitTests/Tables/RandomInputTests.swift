import Testing
@testable import TilsynKit

/// A seeded randomized test of the reader and the table loader: thousands of random and mutated
/// files (bit flips, cut-off files, stray quotes, NUL bytes, invalid UTF-8, CR/LF noise). None may
/// crash or hang, and every file either reconciles (rows read = accepted + rejected, and every
/// rejected row has a line) or is rejected whole with a message and 0 rows read.
@Suite struct RandomInputTests {
  static let valid = """
    person_id;maalgruppe;start;slut;bemaerkning
    p1;DP;2023-01-01;;"sagde ""hej"" ; farvel"
    p2;KHJ;01-02-2023;2023-08-01;
    "p3";uha;1.2.2023;;"to
    linjer"
    p4;OVG;2023-03-04;2023-03-01;Ærø €

    p1;DP;2023-01-01;;"sagde ""hej"" ; farvel"
    0101901234;RF;2023-01-01;;x
    """

  /// Alphabet for random files: the bytes that steer the scanner, plus some others.
  static let alphabet: [UInt8] = Array(";,\t\"\n\r  ap1DP2023-01-0XÆ".utf8) + [0, 0xE6, 0xC3, 0xFF, 0x80]

  func mutate(_ bytes: [UInt8], _ random: inout SplitMix) -> [UInt8] {
    var bytes = bytes
    for _ in 0..<Int.random(in: 1...6, using: &random) {
      guard !bytes.isEmpty else { break }
      let index = Int.random(in: 0..<bytes.count, using: &random)
      switch Int.random(in: 0..<7, using: &random) {
      case 0: bytes[index] ^= UInt8(1) << UInt8.random(in: 0..<8, using: &random)  // bit flip
      case 1: bytes.removeSubrange(index...)  // cut off
      case 2: bytes.insert(UInt8(ascii: "\""), at: index)  // stray quote
      case 3: bytes.insert(0, at: index)  // NUL
      case 4: bytes.insert(contentsOf: [0xC3, 0x28], at: index)  // invalid UTF-8
      case 5: bytes.insert(contentsOf: [0x0D, 0x0A], at: index)
      default: bytes.remove(at: index)
      }
    }
    return bytes
  }

  func randomFile(_ random: inout SplitMix) -> [UInt8] {
    let length = Int.random(in: 0..<400, using: &random)
    return (0..<length).map { _ in Self.alphabet.randomElement(using: &random)! }
  }

  @Test func randomAndMutatedFilesReconcileOrAreRejectedWhole() {
    var random = SplitMix(state: 20_241_123)
    let valid = Array(Self.valid.utf8)
    var reconciled = 0
    var rejectedWhole = 0
    for round in 0..<4000 {
      let bytes: [UInt8]
      switch round % 3 {
      case 0: bytes = mutate(valid, &random)
      case 1: bytes = randomFile(&random)
      default: bytes = Array("person_id;maalgruppe;start;slut\n".utf8) + randomFile(&random)
      }
      var persons = PersonRegistry()
      let loader = TableLoader(path: "x/forloeb.csv", kommune: 101, period: Period("2024H1")!, knownKommuner: [101])
      let result = loader.load(Forloeb.self, bytes: bytes, persons: &persons)
      let quality = result.quality
      if let records = result.records {
        reconciled += 1
        #expect(quality.status == .ok)
        #expect(quality.rowsAccepted + quality.rowsRejected == quality.rowsRead, "round \(round)")
        #expect(quality.rowsRejected == result.rejectedRows.count, "round \(round)")
        #expect(records.count == quality.rowsAccepted - quality.acceptedAfterPeriod, "round \(round)")
        #expect(result.rejectedRows.allSatisfy { $0.line >= 1 && !$0.rawLine.contains("0101901234") })
      } else {
        rejectedWhole += 1
        #expect(quality.status == .afvist)
        #expect(quality.rowsRead == 0)
        #expect(quality.message?.isEmpty == false, "round \(round)")
      }
    }
    // Both outcomes occur, so the test exercises both paths.
    #expect(reconciled > 500)
    #expect(rejectedWhole > 500)
  }
}
