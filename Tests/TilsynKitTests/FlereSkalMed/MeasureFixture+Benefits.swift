import Foundation
import Testing
@testable import TilsynKit

/// `EarlyEffortFixture` with benefit spells, for the measures of SPEC 4.3 and 4.4: every table
/// present and empty, `ydelser` too, and shortcuts to compute them with the repository's rule set.
extension EarlyEffortFixture {
  /// E of 2024H1, the period the tests use unless they say otherwise.
  static let e = Day(2024, 6, 30)
  static let aarhus = Kommune(code: 751, name: "Aarhus", region: "Midtjylland", amk: "Midt-Nord", approximatePopulation: 1)
  static let aalborg = Kommune(code: 851, name: "Aalborg", region: "Nordjylland", amk: "Midt-Nord", approximatePopulation: 1)

  /// A fixture whose six tables are all present and empty, for `kommune` (København by default).
  static func withBenefits(_ kommune: Kommune? = nil) -> EarlyEffortFixture {
    var fixture = EarlyEffortFixture()
    if let kommune {
      fixture.extract = KommuneExtract(kommune: kommune, folderName: kommune.codeText)
      fixture.extract.forloeb = []
      fixture.extract.samtaler = []
      fixture.extract.tilbud = []
      fixture.extract.markeringer = []
    }
    fixture.extract.ydelser = []
    fixture.extract.timer = []
    return fixture
  }

  mutating func benefit(_ n: Int, _ ydelse: Ydelse, _ fra: Day, _ til: Day? = nil) {
    extract.ydelser!.append(Ydelsesperiode(person: person(n), ydelse: ydelse, fra: fra, til: til))
  }

  /// A gruppe-2 marking.
  mutating func gruppe2(_ n: Int, _ fra: Day, _ til: Day? = nil) { marking(n, .fsm2Rehab, fra, til) }

  func flereSkalMed(_ period: String = "2024H1") -> KommuneFlereSkalMed {
    KommuneFlereSkalMed(extract, period: Period(period)!, rules: FlereSkalMedRules(rules: Self.ruleSet))
  }

  /// The lines of a CSV output as text, checking and dropping the BOM and the CRLFs.
  static func csvLines(_ csv: ExcelCSV) -> [String] {
    #expect(Array(csv.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasSuffix("\r\n"))
    return text.components(separatedBy: "\r\n").dropLast()
  }

  /// Person `n` on KHA and kontanthjælp from `from`, both open (due for the fremdriftsgaranti at
  /// E when `from` ≤ E − 12 months), with a fremdriftsvurdering on 2024-01-15 (inside 2024H1's
  /// window) when `reviewed`.
  mutating func khaRecipient(_ n: Int, from: Day = Day(2022, 1, 1), reviewed: Bool) {
    spell(n, .kontanthjaelpAktivitetsparat, from)
    benefit(n, .kontanthjaelp, from)
    if reviewed { samtale(n, Day(2024, 1, 15), .fremdriftsvurdering) }
  }

  func fremdrift(_ period: String = "2024H1") -> KommuneFremdrift {
    KommuneFremdrift(extract, period: Period(period)!, rules: FremdriftRules(rules: Self.ruleSet))
  }
}

extension FlereSkalMedCounts {
  /// SPEC 4.3's identity: `skiftet_ydelse` + `fortsat_kontanthjaelp` + `afgaaet` + `anden_ydelse` =
  /// `i_gruppe2`.
  var identityHolds: Bool { skiftetYdelse + fortsatKontanthjaelp + afgaaet + andenYdelse == iGruppe2 }
}
