import Foundation
import Testing

@testable import TilsynKit

/// SPEC 4.1 streak (`i_traek`) and the history read back from earlier reports, on report folders
/// written by hand.
@Suite struct StreakTests {
  /// Writes `<root>/<period>/tidlig_indsats_kommuner.csv` with municipality 101's overall status, and
  /// a months file with one samtale month of 20 / 15.
  static func writeFollowUp(_ root: URL, _ period: String, _ status: String) throws {
    let folder = root.appendingPathComponent(period)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "kommune;status_samtale;status\r\n101;under_kriteriet;\(status)\r\n"
      .write(to: folder.appendingPathComponent("tidlig_indsats_kommuner.csv"), atomically: true, encoding: .utf8)
    try "kommune;maal;kohorte;opfyldt\r\n101;samtale;20;15\r\n101;samtale;;\r\n"
      .write(to: folder.appendingPathComponent("tidlig_indsats_maaneder.csv"), atomically: true, encoding: .utf8)
  }

  static func streak(_ earlier: [(String, String)], now: OverallStatus = .opfylderIkke) throws -> Int? {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("streak-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (period, status) in earlier { try writeFollowUp(root, period, status) }
    let history = try HistoryLoader.load(reports: root.path, before: Period("2024H1")!, measures: [.samtale])
    return history.streak(kommune: 101, overall: now, period: Period("2024H1")!)
  }

  @Test func onOnOnIsThree() throws {
    #expect(try Self.streak([("2023H1", "opfylder_ikke"), ("2023H2", "opfylder_ikke")]) == 3)
  }

  @Test func onOffOnIsOne() throws {
    #expect(try Self.streak([("2023H1", "opfylder_ikke"), ("2023H2", "opfylder")]) == 1)
  }

  /// 2023H2 missing: 2023H1 does not count, however it went.
  @Test func aMissingPeriodBreaksTheStreak() throws {
    #expect(try Self.streak([("2022H2", "opfylder_ikke"), ("2023H1", "opfylder_ikke")]) == 1)
  }

  @Test func emptyWhenNotOnTheListNow() throws {
    #expect(try Self.streak([("2023H2", "opfylder_ikke")], now: .opfylder) == nil)
    #expect(try Self.streak([("2023H2", "opfylder_ikke")], now: .ikkeVurderet) == nil)
  }

  /// Later periods and folders that are not periods are not history; the half-year sums skip the
  /// empty month (20 / 15 once).
  @Test func historyHoldsEarlierPeriodsOnly() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for period in ["2023H2", "2024H2", "2023h1"] { try Self.writeFollowUp(root, period, "opfylder_ikke") }
    let history = try HistoryLoader.load(reports: root.path, before: Period("2024H1")!, measures: [.samtale])
    #expect(history.followUps.map(\.period.description) == ["2023H2"])
    #expect(history.followUps[0].halfYears[101]?["samtale"] == GroupCount(cohort: 20, met: 15))
    #expect(history.previous(of: Period("2024H1")!)?.statuses[101]?.overall == .opfylderIkke)
  }
}
