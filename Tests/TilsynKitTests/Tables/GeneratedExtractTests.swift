import Foundation
import Testing
@testable import TilsynKit

/// Properties that hold on generated dirty extracts of several seeds: every file reconciles (rows
/// read = accepted + rejected), the reader finds exactly the bad rows the generator injected, reason
/// by reason and file by file, and no CPR number reaches any output byte.
@Suite(.serialized) struct GeneratedExtractTests {
  static let period = Period("2024H1")!

  /// Generates a small dirty extract with `seed` and reads it back.
  func generateAndRead(seed: UInt64) throws -> (GenerationSummary, Extract, KommuneRegister) {
    let register = try Fixtures.register()
    let root = Fixtures.temporaryFolder("generated\(seed)")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let summary = try ExtractGenerator(
      kommuner: register.kommuner,
      options: GeneratorOptions(
        period: Self.period, scale: 0.002, seed: seed, dirtyRate: 0.05, outputRoot: URL(fileURLWithPath: root))
    ).generate()
    let extract = try ExtractLoader(extractsRoot: root, period: Self.period, register: register).load()
    return (summary, extract, register)
  }

  @Test(arguments: [1, 7, 20_241_123] as [UInt64])
  func everyFileReconcilesAndEveryInjectedRowIsFound(seed: UInt64) throws {
    let (summary, extract, _) = try generateAndRead(seed: seed)
    #expect(extract.files.count == 98 * 6 + 1)
    var generated: [String: GenerationSummary.File] = [:]
    for file in summary.files { generated["2024H1/" + file.path] = file }
    for file in extract.files {
      #expect(file.status == .ok, "\(file.path): \(file.message ?? "")")
      #expect(file.rowsRead == file.rowsAccepted + file.rowsRejected)
      let written = try #require(generated[file.path], "\(file.path) was not generated")
      #expect(file.rowsRead == written.rows, "\(file.path)")
      for reason in RejectReason.allCases {
        #expect(file.rejected(reason) == written.injected[reason, default: 0], "\(file.path) \(reason.rawValue)")
      }
    }
    #expect(extract.rejectedRows.count == summary.injected.values.reduce(0, +))
    for reason in RejectReason.allCases {
      #expect(summary.injected[reason, default: 0] > 0, "no \(reason.rawValue) injected")
    }
  }

  @Test func noCPRNumberInAnyOutputByte() throws {
    let (summary, extract, register) = try generateAndRead(seed: 11)
    #expect(summary.injected[.cprNummer, default: 0] > 0)
    let outputs = [
      DataQualityTables.fileTable(extract, register: register).bytes,
      DataQualityTables.rejectedRowTable(extract, register: register).bytes,
    ]
    #expect(extract.rejectedRows.contains { $0.reason == .cprNummer })
    for bytes in outputs {
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(Self.cprLikeTokens(in: text).isEmpty, "\(Self.cprLikeTokens(in: text).prefix(3))")
    }
    let rejectedText = String(decoding: outputs[1], as: UTF8.self)
    #expect(rejectedText.contains("cpr_nummer;person_id;XXXXXX-XXXX"))
  }

  /// An independent check (a regular expression, not the production masking): six digits forming a
  /// DDMMYY date, an optional dash, four digits, not inside a longer run of digits.
  static func cprLikeTokens(in text: String) -> [String] {
    let pattern = try! NSRegularExpression(pattern: "(?<![0-9])([0-9]{2})([0-9]{2})[0-9]{2}-?[0-9]{4}(?![0-9])")
    let range = NSRange(text.startIndex..., in: text)
    return pattern.matches(in: text, range: range).compactMap { match in
      let token = (text as NSString).substring(with: match.range)
      let day = Int((text as NSString).substring(with: match.range(at: 1)))!
      let month = Int((text as NSString).substring(with: match.range(at: 2)))!
      let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
      return (1...12).contains(month) && day >= 1 && day <= lengths[month - 1] ? token : nil
    }
  }
}
