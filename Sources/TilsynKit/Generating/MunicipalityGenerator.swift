import Foundation

/// What one municipality's generation produced.
struct MunicipalityResult {
  var files: [GenerationSummary.File]
  /// Person-days on public support in W (SPEC 4.2), for the benchmark's actual share: of the persons
  /// written, and of every simulated person in the extract (they differ in the sample profile).
  var supportDays: Int
  var simulatedSupportDays: Int
  var persons: Int
  var onBenefitAtEnd: Int
  var onPublicSupportAtEnd: Int
}

/// Simulates one municipality's world and writes its six files. Persons arrive month by month from
/// the world's start; each arrival month has its own random stream (from the seed, the municipality
/// and the month) and each person their own, so the result does not depend on the period except
/// through what falls in its window, and not at all on which thread runs it.
struct MunicipalityGenerator {
  let profile: MunicipalityProfile
  let dialect: InputDialect
  let window: ExtractWindow
  let options: GeneratorOptions
  /// Whether this municipality's `forloeb.csv` gets one bad row of every reason (when dirty > 0).
  let forcesEveryFault: Bool
  let periodFolder: String

  func run() throws -> MunicipalityResult {
    let code = profile.kommune.code
    let folderName = dialect.folderName(code: code)
    let folder = periodFolder + "/" + folderName
    try MunicipalityGenerator.prepareFolder(folder, alternate: periodFolder + "/" + pad(code, dialect.fourDigitFolder ? 3 : 4))
    var writers: [TableWriter] = []
    for table in TableKind.municipalTables {
      let fileSeed = SeededRandom.derive(profile.seed, 0xF11E, UInt64(table.municipalIndex))
      let dirty = DirtyRowInjector(
        rate: options.dirtyRate, seed: SeededRandom.derive(fileSeed, 0xD127),
        forceEveryReason: forcesEveryFault && options.dirtyRate > 0 && table == .forloeb, year: window.period.year)
      writers.append(try TableWriter(table: table, dialect: dialect, folder: folder, fileSeed: fileSeed, dirty: dirty))
    }
    let historyStart = options.profile.historyMonths.map { window.lastMonth.adding(months: 1 - $0).firstDay } ?? window.first
    var rows = PersonRows(window: window, dialect: dialect, writers: writers, historyStart: historyStart)
    writers.removeAll()
    var simulation = PersonSimulation(profile: profile, horizon: window.horizon, recordsGrantDate: !dialect.omitsBevilget)
    var person = SimulatedPerson()
    var result = MunicipalityResult(
      files: [], supportDays: 0, simulatedSupportDays: 0, persons: 0, onBenefitAtEnd: 0, onPublicSupportAtEnd: 0)
    let arrivalStates = LifeState.allCases.filter { Realism.states[$0.rawValue].arrivalsPerMonth > 0 }

    var month = window.simulationStart
    while month <= window.lastMonth {
      let monthSeed = SeededRandom.derive(profile.seed, UInt64(bitPattern: Int64(month.index)))
      var counts = SeededRandom(seed: monthSeed)
      var index = 0
      for state in arrivalStates {
        let arrivals = counts.count(mean: profile.arrivals(state, in: month))
        for _ in 0..<arrivals {
          person.reset(seed: SeededRandom.derive(monthSeed, UInt64(index)), arrivalMonth: month, arrivalIndex: index)
          index += 1
          simulation.simulate(&person, firstState: state)
          guard rows.isInExtract(person) else { continue }
          let supportDays = person.spells.reduce(0) {
            $1.state.ydelse.isPublicSupport ? $0 + window.benchmarkDays(start: $1.start, end: $1.end) : $0
          }
          result.simulatedSupportDays += supportDays
          guard keeps(person) else { continue }
          person.normalize()
          try rows.write(person)
          result.supportDays += supportDays
          result.persons += 1
          if let current = person.spells.last(where: { $0.start <= window.last && $0.end >= window.last }) {
            result.onBenefitAtEnd += 1
            if current.state.ydelse.isPublicSupport { result.onPublicSupportAtEnd += 1 }
          }
        }
      }
      month = month.adding(months: 1)
    }

    for table in TableKind.municipalTables {
      var writer = rows.writers[table.municipalIndex]
      let bytes = try writer.close()
      var injected: [RejectReason: Int] = [:]
      for (index, fault) in RejectReason.allCases.enumerated() where writer.dirty.counts[index] > 0 {
        injected[fault] = writer.dirty.counts[index]
      }
      result.files.append(
        GenerationSummary.File(
          path: folderName + "/" + table.fileName, kommune: code, table: table, rows: writer.rows, bytes: bytes,
          injected: injected))
    }
    return result
  }

  /// The sample profile's thinning (see `GeneratorProfile`): cohort persons and concentrated Flere
  /// skal med persons always, the rest at `stockShare` by a stateless draw on the person.
  private func keeps(_ person: SimulatedPerson) -> Bool {
    let share = options.profile.stockShare
    if share >= 1 { return true }
    if person.spells.contains(where: window.isInCohort) { return true }
    if profile.concentratesFSM2 && person.markings.contains(where: { $0.type == .fsm2Rehab }) { return true }
    return SeededRandom.unit(person.seed, 0x5A3B1E) < share
  }

  /// Creates the municipality's folder. A folder of the same municipality under its other name
  /// (`101` for `0101`) would make the period folder unreadable (SPEC 3.1); it is removed when it holds
  /// nothing but the six table files, as a previous run with another seed leaves it.
  static func prepareFolder(_ folder: String, alternate: String) throws {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: alternate, isDirectory: &isDirectory) {
      let tableFiles = Set(TableKind.municipalTables.map(\.fileName))
      guard isDirectory.boolValue, let contents = try? manager.contentsOfDirectory(atPath: alternate),
        contents.allSatisfy(tableFiles.contains), (try? manager.removeItem(atPath: alternate)) != nil
      else { throw GeneratorError.conflictingFolder(path: alternate) }
    }
    do {
      try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw GeneratorError.cannotCreateFolder(path: folder)
    }
  }
}
