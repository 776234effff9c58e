import Foundation
import Testing

@testable import TilsynKit

/// The committee page prints (issue 17): `make print`'s script (`.ci/print`, headless Chromium) on the
/// page of the committed sample's 2027H1 — all 98 municipalities and the three early-effort measures of
/// the 2025 reform, the most the page carries — gives at most 10 A4 pages. Skipped where Chromium is not
/// installed (`make print` installs it).
@Suite(.serialized) struct CommitteePrintTests {
  static let chromium = ["/usr/bin/chromium", "/usr/local/bin/chromium"].first { FileManager.default.isExecutableFile(atPath: $0) }

  @Test(.enabled(if: chromium != nil, "Chromium is not installed: `make print` installs it; the page count is not checked"))
  func nationalPagePrintsOnAtMostTenPages() throws {
    let period = Period("2027H1")!
    let root = Fixtures.temporaryFolder("print")
    defer { try? FileManager.default.removeItem(atPath: root) }
    var run = FollowUpRun(
      period: period, extractsRoot: Fixtures.packageRoot + "/data/extracts", reportsRoot: root + "/reports",
      register: try Fixtures.register(), rules: try RuleSet.load(path: Fixtures.ruleSetPath), references: [],
      templates: try LetterTemplates.load(folder: Fixtures.packageRoot + "/data/skabeloner"))
    run.writesCaseLists = false
    let outcome = try run.run()
    let page = outcome.folder + "/udvalg/index.html"
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.components(separatedBy: "<tr>").count - 1 >= 98 * 5)  // five tables of every municipality

    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [Fixtures.packageRoot + "/.ci/print", page, root + "/udvalg.pdf"]
    process.environment = ProcessInfo.processInfo.environment.merging(["PRINT_NO_INSTALL": "1"]) { $1 }
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    process.waitUntilExit()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(printed)")
    let pages = try #require(printed.split(separator: "\n").first { $0.hasPrefix("sider: ") }.flatMap { Int($0.dropFirst(7)) })
    #expect((3...10).contains(pages), "\(pages) pages")
  }
}
