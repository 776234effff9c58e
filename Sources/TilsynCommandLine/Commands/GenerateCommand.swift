import Foundation
import TilsynKit

/// `tilsyn generate`: a synthetic, realistic extract for all 98 municipalities (SPEC 7).
struct GenerateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    name: "generate",
    abstract: "Skriver et syntetisk, realistisk udtræk for alle 98 kommuner (samme frø giver samme bytes).",
    usage: "generate --period ÅÅÅÅHn --scale S --seed N --out MAPPE [--dirty ANDEL] [--profile national|sample] [--data MAPPE]",
    options: [
      ("--period ÅÅÅÅHn", "perioden, fx 2024H1; filerne skrives i MAPPE/ÅÅÅÅHn/"),
      ("--scale S", "størrelse i forhold til hele landet: 1 er national størrelse (ca. 29 mio. rækker)"),
      ("--seed N", "frø for tilfældighederne (heltal ≥ 0)"),
      ("--out MAPPE", "udtræksmappen der skrives i"),
      ("--dirty ANDEL", "andel fejlbehæftede rækker, 0–1, med alle afvisningsårsager (standard: 0)"),
      ("--profile P", "national (standard) eller sample: den komprimerede profil for den indcheckede prøve"),
      DataFolder.option,
    ],
    example: "tilsyn generate --period 2024H1 --scale 0.01 --seed 1 --out /tmp/udtraek --dirty 0.01")

  var options: GeneratorOptions
  var data: DataFolder

  init(parsing arguments: inout ArgumentList) throws(UsageError) {
    let period = try arguments.period()
    let scale = try arguments.number("--scale", required: true, in: 0.000_001...10)!
    let seedText = try arguments.requiredOption("--seed")
    guard let seed = UInt64(seedText) else { throw UsageError("--seed skal være et heltal ≥ 0, ikke '\(seedText)'") }
    let out = try arguments.requiredOption("--out")
    let dirty = try arguments.number("--dirty", required: false, in: 0...1) ?? 0
    let profileText = try arguments.option("--profile") ?? "national"
    guard let profile = GeneratorProfile(rawValue: profileText) else {
      throw UsageError("--profile skal være national eller sample, ikke '\(profileText)'")
    }
    data = try DataFolder(parsing: &arguments)
    options = GeneratorOptions(
      period: period, scale: scale, seed: seed, dirtyRate: dirty, outputRoot: URL(fileURLWithPath: out), profile: profile)
  }

  func run() throws -> ExitStatus {
    let register = try data.register()
    let started = Date()
    let summary: GenerationSummary
    do {
      summary = try ExtractGenerator(kommuner: register.kommuner, options: options)
        .generate(progress: ProgressDisplay.generated(total: register.kommuner.count, quiet: false))
      ProgressDisplay.finish(quiet: false)
    } catch let error as GeneratorError {
      throw UsageError(error.description)
    }
    let seconds = Date().timeIntervalSince(started)
    Terminal.output(
      "Skrev \(options.outputRoot.path)/\(options.period): \(summary.files.count) filer, "
        + "\(DanishFormat.grouped(summary.rows)) rækker, \(DanishFormat.grouped(summary.bytes / 1_000_000)) MB"
        + (options.dirtyRate > 0 ? ", heraf \(DanishFormat.grouped(summary.injected.values.reduce(0, +))) fejlbehæftede" : ""))
    Terminal.error(String(format: "Tid: %.1f s", seconds))
    return .success
  }
}

extension ArgumentList {
  /// A decimal option in `range` (`.` or `,` as the decimal point).
  mutating func number(_ name: String, required: Bool, in range: ClosedRange<Double>) throws(UsageError) -> Double? {
    guard let text = required ? try requiredOption(name) : try option(name) else { return nil }
    guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), range.contains(value) else {
      throw UsageError("\(name) skal være et tal fra \(range.lowerBound) til \(range.upperBound), ikke '\(text)'")
    }
    return value
  }
}
