import Foundation

/// One municipality's extract, read and validated. A table is `nil` when its file is missing or
/// was rejected whole: the measures that need it are then `mangler_data` (SPEC 3).
package struct KommuneExtract: Sendable {
  let kommune: Kommune
  /// The folder it was read from (`101` or `0101`), `nil` when there is none.
  package let folderName: String?
  /// The municipality's interned `person_id`s, shared by its six tables.
  package var persons = PersonRegistry()
  package var forloeb: [Forloeb]?
  package var samtaler: [Samtale]?
  package var tilbud: [Tilbud]?
  package var ydelser: [Ydelsesperiode]?
  package var timer: [Arbejdstimer]?
  package var markeringer: [Markering]?

  init(kommune: Kommune, folderName: String?) {
    self.kommune = kommune
    self.folderName = folderName
  }

  /// Empties every table that was read, keeping which were (`has`), once the measures have them
  /// (`ExtractLoader.load(checksums:measuring:)`): a released extract has no records to measure.
  mutating func releaseRecords() {
    recordsReleased = true
    forloeb = forloeb.map { _ in [] }
    samtaler = samtaler.map { _ in [] }
    tilbud = tilbud.map { _ in [] }
    ydelser = ydelser.map { _ in [] }
    timer = timer.map { _ in [] }
    markeringer = markeringer.map { _ in [] }
  }

  /// Whether `releaseRecords` has emptied the tables.
  package private(set) var recordsReleased = false

  /// Whether `table` was read (present and not rejected whole).
  package func has(_ table: TableKind) -> Bool {
    switch table {
    case .forloeb: return forloeb != nil
    case .samtaler: return samtaler != nil
    case .tilbud: return tilbud != nil
    case .ydelser: return ydelser != nil
    case .timer: return timer != nil
    case .markeringer: return markeringer != nil
    case .benchmark: return false
    }
  }
}

/// A whole period's extract: every municipality of the register (in code order, with or without
/// data), the benchmark rows, and the data-quality account of every file.
package struct Extract: Sendable {
  package let period: Period
  package var kommuner: [KommuneExtract]
  /// The benchmark rows by municipality code; `nil` when `benchmark.csv` is missing or rejected.
  package var benchmark: [Int: BenchmarkRow]?
  /// One line per expected file, in municipality-code order then table order; `benchmark.csv` last.
  package var files: [FileQuality]
  /// Every rejected row, in the order of `files`, then line.
  package var rejectedRows: [RejectedRow]
  /// Folders in the period folder that are not a known municipality (listed, not read).
  package var unknownFolders: [String]

  /// Each municipality's person ids, by code (for the case lists, SPEC 5.2).
  package var personRegistries: [Int: PersonRegistry] {
    Dictionary(uniqueKeysWithValues: kommuner.map { ($0.kommune.code, $0.persons) })
  }
}

/// Finds and reads a period's extract folder (SPEC 3): `<extracts>/<period>/benchmark.csv` and one
/// folder per municipality, named with 3 digits or 4 with a leading 0. Municipalities are read in
/// parallel on every core; the result does not depend on scheduling.
package struct ExtractLoader: Sendable {
  package let extractsRoot: String
  package let period: Period
  package let register: KommuneRegister
  /// The codes the coded columns accept: the rule set's `koder.*` on the period's last day.
  package let codes: CodeLists

  package init(extractsRoot: String, period: Period, register: KommuneRegister, codes: CodeLists = .standard) {
    self.extractsRoot = extractsRoot
    self.period = period
    self.register = register
    self.codes = codes
  }

  /// The folder of the period.
  package var periodFolder: String { extractsRoot + "/" + period.description }

  /// Reads everything. Throws only for a usage error (no period folder, a municipality in two
  /// folders); every data fault is accounted for in the returned `Extract`.
  /// - Parameter progress: called after each municipality with the number done and the bytes read
  ///   so far.
  package func load(progress: (@Sendable (LoadProgress) -> Void)? = nil) throws(ConfigurationError) -> Extract {
    try load(progress: progress, checksums: false, keepingRecords: true) { _, _ in () }.extract
  }

  /// Reads everything and hands each municipality's extract, with its benchmark row, to `measure` on
  /// the core that read it, while its records are fresh in the cache. The returned extract has every
  /// file's quality line and each municipality's person ids but not its records
  /// (`KommuneExtract.releaseRecords`), so one municipality's memory is reused for the next: with
  /// all records held to the end, the run's 950 MB of fresh pages cost about a fifth of its CPU time
  /// in page faults (issue 14).
  /// - Parameter checksums: whether each file's SHA-256 is filled in for the manifest (SPEC 5); on
  ///   a CPU with the SHA instructions a file is hashed right after it is read, while it is mapped.
  package func load<Measured: Sendable>(
    progress: (@Sendable (LoadProgress) -> Void)? = nil, checksums: Bool,
    measuring measure: @Sendable (KommuneExtract, BenchmarkRow?) -> Measured
  ) throws(ConfigurationError) -> (extract: Extract, measured: [Measured]) {
    try load(progress: progress, checksums: checksums, keepingRecords: false, measuring: measure)
  }

  private func load<Measured: Sendable>(
    progress: (@Sendable (LoadProgress) -> Void)?, checksums: Bool, keepingRecords: Bool,
    measuring measure: @Sendable (KommuneExtract, BenchmarkRow?) -> Measured
  ) throws(ConfigurationError) -> (extract: Extract, measured: [Measured]) {
    let folders = try discoverFolders()
    let hashesWhileReading = checksums && SHA256.blockInstructionsAvailable
    // The benchmark first: the measures of each municipality need its row.
    let benchmark = loadBenchmark(checksum: hashesWhileReading)
    let benchmarkRows = benchmark.records.map { rows in
      Dictionary(rows.map { ($0.kommune, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let counter = ProgressCounter()
    let perKommune = parallelMap(register.kommuner.count) { index in
      let kommune = register.kommuner[index]
      let (read, files, rejected) = loadKommune(
        kommune, folderName: folders.byCode[kommune.code], checksums: hashesWhileReading)
      let measured = measure(read, benchmarkRows?[kommune.code])
      var kommuneExtract = read
      if !keepingRecords { kommuneExtract.releaseRecords() }
      let done = counter.add(bytes: files.reduce(0) { $0 + $1.bytes })
      progress?(done)
      return (kommuneExtract, files, rejected, measured)
    }
    var extract = Extract(
      period: period, kommuner: [], benchmark: benchmarkRows, files: [], rejectedRows: [],
      unknownFolders: folders.unknown)
    var measured: [Measured] = []
    measured.reserveCapacity(perKommune.count)
    for (kommuneExtract, files, rejected, result) in perKommune {
      extract.kommuner.append(kommuneExtract)
      extract.files += files
      extract.rejectedRows += rejected
      measured.append(result)
    }
    extract.files.append(benchmark.quality)
    extract.rejectedRows += benchmark.rejectedRows
    // Files not hashed while read: all of them on a CPU without the SHA instructions (eight at a
    // time in SIMD lanes there), and any that is there but was not read (two names for one table).
    if checksums { InputChecksums.fill(&extract.files, extractsRoot: extractsRoot) }
    return (extract, measured)
  }

  /// Reads one municipality's six tables (for `tilsyn forklar`): what `load` reads for it, with its
  /// files' quality lines; the other municipalities are not read.
  package func load(kommune: Kommune) throws(ConfigurationError) -> (extract: KommuneExtract, files: [FileQuality]) {
    let folders = try discoverFolders()
    let (extract, files, _) = loadKommune(kommune, folderName: folders.byCode[kommune.code], checksums: false)
    return (extract, files)
  }

  /// The municipality folders of the period by code, and the folders that are not one.
  private func discoverFolders() throws(ConfigurationError) -> (byCode: [Int: String], unknown: [String]) {
    try Self.requireFolder(extractsRoot, what: "udtræksmappen (--extracts)")
    try Self.requireFolder(periodFolder, what: "udtræksmappen for perioden \(period)")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: periodFolder)) ?? []).sorted()
    var byCode: [Int: String] = [:]
    var unknown: [String] = []
    for name in names {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: periodFolder + "/" + name, isDirectory: &isFolder),
        isFolder.boolValue
      else { continue }
      guard let code = parseKommuneCode(Array(name.utf8)), register.kommune(code: code) != nil else {
        unknown.append(name)
        continue
      }
      if let other = byCode[code] {
        throw .duplicateKommuneFolder(period: period.description, first: other, second: name)
      }
      byCode[code] = name
    }
    return (byCode, unknown)
  }

  /// Throws `missingFolder` when nothing is at `path`, `notAFolder` when a file is (issue 14: a file
  /// given as `--extracts` was reported as missing).
  private static func requireFolder(_ path: String, what: String) throws(ConfigurationError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .missingFolder(path: path, what: what)
    }
    guard isDirectory.boolValue else { throw .notAFolder(path: path, what: what) }
  }

  /// Reads one municipality's six tables (or records them as missing).
  private func loadKommune(
    _ kommune: Kommune, folderName: String?, checksums: Bool
  ) -> (KommuneExtract, [FileQuality], [RejectedRow]) {
    var extract = KommuneExtract(kommune: kommune, folderName: folderName)
    var files: [FileQuality] = []
    var rejected: [RejectedRow] = []
    let folder = folderName ?? kommune.codeText
    let listing = folderName.map { listFiles(in: periodFolder + "/" + $0) } ?? (byLowercased: [:], ambiguous: [:])
    let present = listing.byLowercased
    for table in TableKind.municipalTables {
      let relative = "\(period)/\(folder)/\(present[table.fileName] ?? table.fileName)"
      if let names = listing.ambiguous[table.fileName] {
        // Two files whose names differ only in letter case: neither is read (issue 14: one was
        // picked silently).
        var both = FileQuality(path: relative, kommune: kommune.code, table: table, status: .afvist)
        both.message = "flere filer med samme navn (\(names.joined(separator: ", "))): fjern alle på nær én"
        files.append(both)
        continue
      }
      guard let fileName = present[table.fileName] else {
        var missing = FileQuality(path: relative, kommune: kommune.code, table: table, status: .mangler)
        missing.message = folderName == nil ? "kommunen har ingen mappe" : "filen mangler"
        files.append(missing)
        continue
      }
      let loader = TableLoader(
        path: relative, kommune: kommune.code, period: period, knownKommuner: register.codes, codes: codes)
      let fullPath = periodFolder + "/" + folder + "/" + fileName
      switch table {
      case .forloeb: extract.forloeb = read(Forloeb.self, loader, fullPath, checksums, &extract.persons, &files, &rejected)
      case .samtaler: extract.samtaler = read(Samtale.self, loader, fullPath, checksums, &extract.persons, &files, &rejected)
      case .tilbud: extract.tilbud = read(Tilbud.self, loader, fullPath, checksums, &extract.persons, &files, &rejected)
      case .ydelser: extract.ydelser = read(Ydelsesperiode.self, loader, fullPath, checksums, &extract.persons, &files, &rejected)
      case .timer: extract.timer = read(Arbejdstimer.self, loader, fullPath, checksums, &extract.persons, &files, &rejected)
      case .markeringer:
        extract.markeringer = read(Markering.self, loader, fullPath, checksums, &extract.persons, &files, &rejected)
      case .benchmark: break
      }
    }
    return (extract, files, rejected)
  }

  /// Reads one file with `loader`, appending its quality line (with the file's SHA-256 if
  /// `checksum`) and rejected rows.
  private func read<Record: ExtractRecord>(
    _ type: Record.Type, _ loader: TableLoader, _ path: String, _ checksum: Bool, _ persons: inout PersonRegistry,
    _ files: inout [FileQuality], _ rejected: inout [RejectedRow]
  ) -> [Record]? {
    let source: ByteSource
    do { source = try ByteSource.map(path) } catch {
      var quality = FileQuality(path: loader.path, kommune: loader.kommune, table: Record.table, status: .afvist)
      // The path relative to --extracts, as every output names files (issue 14: no absolute paths).
      switch error {
      case .cannotOpen(_, let reason): quality.message = ReadError.cannotOpen(path: loader.path, reason: reason).description
      case .cannotRead(_, let reason): quality.message = ReadError.cannotRead(path: loader.path, reason: reason).description
      }
      files.append(quality)
      return nil
    }
    let result = loader.load(type, source: source, persons: &persons)
    var quality = result.quality
    if checksum { quality.sha256 = SHA256.hex(source.buffer) }
    files.append(quality)
    rejected += result.rejectedRows
    return result.records
  }

  private func loadBenchmark(checksum: Bool) -> TableLoader.Result<BenchmarkRow> {
    let relative = "\(period)/benchmark.csv"
    let loader = TableLoader(path: relative, kommune: nil, period: period, knownKommuner: register.codes)
    let path = periodFolder + "/benchmark.csv"
    guard FileManager.default.fileExists(atPath: path) else {
      var missing = FileQuality(path: relative, kommune: nil, table: .benchmark, status: .mangler)
      missing.message = "filen mangler"
      return .init(records: nil, quality: missing, rejectedRows: [])
    }
    var files: [FileQuality] = []
    var rejected: [RejectedRow] = []
    var noPersons = PersonRegistry()
    let records = read(BenchmarkRow.self, loader, path, checksum, &noPersons, &files, &rejected)
    return .init(records: records, quality: files[0], rejectedRows: rejected)
  }

  /// The table files in a municipality folder, by lower-cased name (file names match regardless of
  /// letter case, so `Forloeb.csv` is read as `forloeb.csv`), and the lower-cased names that more than
  /// one file has (`forloeb.csv` beside `FORLOEB.CSV`).
  private func listFiles(in folder: String) -> (byLowercased: [String: String], ambiguous: [String: [String]]) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var byLowercased: [String: String] = [:]
    var ambiguous: [String: [String]] = [:]
    for name in names.sorted() {
      let key = name.lowercased()
      if let first = byLowercased[key] {
        ambiguous[key, default: [first]].append(name)
      } else {
        byLowercased[key] = name
      }
    }
    return (byLowercased, ambiguous)
  }
}

/// How far reading has come: municipalities done and bytes read.
package struct LoadProgress: Sendable {
  package var kommuner: Int
  package var bytes: Int
}

/// A thread-safe counter for progress reports: municipalities done and bytes, from any core.
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var progress = LoadProgress(kommuner: 0, bytes: 0)

  func add(bytes: Int) -> LoadProgress {
    lock.lock()
    defer { lock.unlock() }
    progress.kommuner += 1
    progress.bytes += bytes
    return progress
  }
}
