import Foundation
import Testing

@testable import TilsynKit

/// The committed sample (`GeneratorProfile.sample`): small enough for the repository, yet most
/// municipalities have assessable early-effort cohorts (SPEC 4.1) in most months.
@Suite struct GeneratorSampleProfileTests {
  /// The scale the repository's sample is generated at (`tilsyn generate --scale 0.15 --profile sample`).
  static let sampleScale = 0.15

  @Test func samplePeriodIsSmallAndMostCohortsAreAssessable() throws {
    let (root, summary) = try GeneratedExtracts.generate("sample", scale: GeneratorSampleProfileTests.sampleScale, seed: 1, profile: .sample)
    defer { GeneratorFixtures.remove(root) }
    #expect(summary.bytes < 12_500_000)
    #expect(summary.bytes > 8_000_000)
    var covered = 0
    for file in summary.files where file.table == .forloeb {
      let folder = root.appendingPathComponent("2024H1/" + file.path).deletingLastPathComponent()
      let months = try CohortRecount.months(folder: folder, period: GeneratedExtracts.period)
      if months.filter({ $0.conversationCohort >= 10 }).count >= 4 && months.filter({ $0.offerCohort >= 10 }).count >= 4 {
        covered += 1
      }
    }
    #expect(covered * 100 >= 60 * 98, "\(covered) of 98 municipalities")
  }
}
