import Dispatch
import Foundation

/// Writes a synthetic, realistic extract for a period (SPEC 7): `<outputRoot>/<period>/benchmark.csv`
/// and the six table files of every municipality given, in each municipality's own dialect, with
/// `dirtyRate` of the rows bad on purpose. Municipalities are generated in parallel, each from its
/// own random streams, so the same options give byte-identical files.
package struct ExtractGenerator: Sendable {
  let kommuner: [Kommune]
  package let options: GeneratorOptions

  /// `kommuner`: the municipalities to write (normally the 98 of `data/reference/kommuner.csv`).
  package init(kommuner: [Kommune], options: GeneratorOptions) {
    self.kommuner = kommuner
    self.options = options
  }

  /// Generates the period. `progress` is called after each municipality with the number written and
  /// their bytes so far (from any core).
  package func generate(progress: (@Sendable (LoadProgress) -> Void)? = nil) throws -> GenerationSummary {
    guard !kommuner.isEmpty else { throw GeneratorError.invalidOptions("ingen kommuner") }
    guard options.scale > 0, options.scale <= 10 else { throw GeneratorError.invalidOptions("--scale skal være over 0 og højst 10") }
    guard (0...1).contains(options.dirtyRate) else { throw GeneratorError.invalidOptions("--dirty skal være mellem 0 og 1") }
    let window = ExtractWindow(period: options.period)
    let periodFolder = options.outputRoot.appendingPathComponent(options.period.description).path
    do {
      try FileManager.default.createDirectory(atPath: periodFolder, withIntermediateDirectories: true)
    } catch {
      throw GeneratorError.cannotCreateFolder(path: periodFolder)
    }

    let profiles = municipalityProfiles()
    let largest = kommuner.indices.max { (kommuner[$0].approximatePopulation, -kommuner[$0].code) < (kommuner[$1].approximatePopulation, -kommuner[$1].code) }!
    // Largest first, so that the big municipalities do not finish last on one core.
    let schedule = kommuner.indices.sorted { (kommuner[$0].approximatePopulation, kommuner[$1].code) > (kommuner[$1].approximatePopulation, kommuner[$0].code) }
    let counter = ProgressCounter()
    let results = parallelMap(schedule.count) { position in
      let index = schedule[position]
      let generator = MunicipalityGenerator(
        profile: profiles[index], dialect: InputDialect(seed: options.seed, code: kommuner[index].code), window: window,
        options: options, forcesEveryFault: index == largest, periodFolder: periodFolder)
      let result = Result { try generator.run() }
      let done = counter.add(bytes: (try? result.get())?.files.reduce(0) { $0 + $1.bytes } ?? 0)
      progress?(done)
      return result
    }
    var municipalities: [(Kommune, MunicipalityResult)] = []
    for (position, index) in schedule.enumerated() { municipalities.append((kommuner[index], try results[position].get())) }
    municipalities.sort { $0.0.code < $1.0.code }
    let benchmark = try writeBenchmark(municipalities, window: window, folder: periodFolder)
    return GenerationSummary(
      period: options.period, files: [benchmark] + municipalities.flatMap { $0.1.files },
      persons: municipalities.reduce(0) { $0 + $1.1.persons },
      personsOnBenefitAtEnd: municipalities.reduce(0) { $0 + $1.1.onBenefitAtEnd },
      personsOnPublicSupportAtEnd: municipalities.reduce(0) { $0 + $1.1.onPublicSupportAtEnd })
  }

  /// Each municipality's profile; the few that concentrate Flere skal med gruppe 2 are drawn from
  /// the seed among those large enough to reach the letter threshold (SPEC 4.3).
  private func municipalityProfiles() -> [MunicipalityProfile] {
    let profile = options.profile
    let national = kommuner.reduce(0) { $0 + $1.approximatePopulation }
    let candidates = kommuner.filter { $0.approximatePopulation >= profile.flereSkalMedMinimumPopulation }
      .sorted { SeededRandom.derive(options.seed ^ 0xF5A2, UInt64($0.code)) < SeededRandom.derive(options.seed ^ 0xF5A2, UInt64($1.code)) }
    let concentrated = Set(candidates.prefix(profile.flereSkalMedMunicipalities).map(\.code))
    return kommuner.map {
      MunicipalityProfile(
        kommune: $0, seed: options.seed, nationalPopulation: national, scale: options.scale,
        concentratesFSM2: concentrated.contains($0.code))
    }
  }

  /// `benchmark.csv` (SPEC 3.8): the population 16–66 (65 % of the scaled population) and an expected
  /// share set within about ±15 % of the municipality's generated actual share, so that some do worse
  /// than expected and some better. With dirty rows, one municipality's row is repeated (`dublet`).
  private func writeBenchmark(_ municipalities: [(Kommune, MunicipalityResult)], window: ExtractWindow, folder: String) throws
    -> GenerationSummary.File
  {
    let dialect = InputDialect.jobindsats
    let windowDays = Double(window.benchmarkFirst.days(to: window.last) + 1)
    var bytes = dialect.preamble + Array("kommune;befolkning_16_66;forventet_andel".utf8)
    dialect.appendLineEnd(to: &bytes)
    var lines: [[UInt8]] = []
    for (kommune, result) in municipalities {
      // The sample profile writes only part of the simulated persons; its population is scaled by the
      // share of support days it kept, so that the actual share stays what the simulation gives.
      let kept = Double(result.supportDays) / Double(max(1, result.simulatedSupportDays))
      let population = Double(kommune.approximatePopulation) * options.scale * (result.simulatedSupportDays > 0 ? kept : 1)
      let befolkning = max(1, Int((population * Realism.workingAgeShare).rounded()))
      let actual = Double(result.supportDays) / windowDays / Double(befolkning) * 100
      let deviation = (SeededRandom.unit(options.seed ^ 0xBE4C, UInt64(kommune.code)) - 0.5) * 0.3
      let expected = max(0.01, actual * (1 + deviation))
      var line: [UInt8] = []
      ByteFormat.padded(kommune.code, width: 3, into: &line)
      line.append(dialect.delimiter)
      ByteFormat.digits(befolkning, into: &line)
      line.append(dialect.delimiter)
      dialect.appendDecimal(hundredths: Int((expected * 100).rounded()), to: &line)
      dialect.appendLineEnd(to: &line)
      lines.append(line)
    }
    var injected: [RejectReason: Int] = [:]
    if options.dirtyRate > 0 && !lines.isEmpty {
      lines.append(lines[Int(SeededRandom.derive(options.seed, 0xD0B1) % UInt64(lines.count))])
      injected[.dublet] = 1
    }
    for line in lines { bytes += line }
    let size = try ByteWriter.writeFile(bytes, to: folder + "/benchmark.csv")
    return GenerationSummary.File(path: "benchmark.csv", kommune: nil, table: nil, rows: lines.count, bytes: size, injected: injected)
  }
}
