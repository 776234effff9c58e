#if DEBUG || FUZZING
  @testable import TilsynKit

  /// One table file through validation (`TableLoader`): the first byte picks the table, the rest is
  /// the file. Besides not crashing, SPEC 3.1's accounting must hold — rows read = accepted +
  /// rejected, one rejected row per rejection, a file rejected whole has 0 rows and a message — and no
  /// text that reaches `datakvalitet.csv` or `afviste_raekker.csv` may hold a CPR-like token or more
  /// of a line than the cap (issue 14).
  enum TableTarget {
    static let period = Period("2024H1")!
    /// Every three-digit code: `benchmark.csv` rows then pass or fail on the other columns.
    static let kommuner = Set(100...999)
    /// What a shown text may hold beyond the raw-line cap: the length note, and one byte more per
    /// masked token.
    static let textLimit = RejectedRow.rawLineLimit + 150

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let first = bytes.first else { return }
      let table = TableKind.allCases[Int(first) % TableKind.allCases.count]
      let file = Array(bytes.dropFirst())
      switch table {
      case .forloeb: load(Forloeb.self, file)
      case .samtaler: load(Samtale.self, file)
      case .tilbud: load(Tilbud.self, file)
      case .ydelser: load(Ydelsesperiode.self, file)
      case .timer: load(Arbejdstimer.self, file)
      case .markeringer: load(Markering.self, file)
      case .benchmark: load(BenchmarkRow.self, file)
      }
    }

    static func load<Record: ExtractRecord>(_ type: Record.Type, _ bytes: [UInt8]) {
      let isBenchmark = Record.table == .benchmark
      let loader = TableLoader(
        path: "2024H1/\(isBenchmark ? "" : "101/")\(Record.table.fileName)", kommune: isBenchmark ? nil : 101,
        period: period, knownKommuner: kommuner)
      var persons = PersonRegistry()
      let result = loader.load(type, bytes: bytes, persons: &persons)
      check(result.quality, result.rejectedRows, records: result.records?.count)
    }

    static func check(_ quality: FileQuality, _ rejected: [RejectedRow], records: Int?) {
      if let records {
        FuzzCheck.that(quality.status == .ok, "records from a file that is \(quality.status)")
        FuzzCheck.that(quality.rowsAccepted >= 0 && quality.rowsRejected == rejected.count, "rejected rows do not add up")
        FuzzCheck.that(records == quality.rowsAccepted - quality.acceptedAfterPeriod, "records do not add up")
        FuzzCheck.that(zip(rejected, rejected.dropFirst()).allSatisfy { $0.line <= $1.line }, "rejected rows out of line order")
        FuzzCheck.that(rejected.allSatisfy { $0.line >= 1 }, "a rejected row without a line")
      } else {
        FuzzCheck.that(quality.status == .afvist, "no records from a file that is \(quality.status)")
        FuzzCheck.that(quality.rowsRead == 0 && rejected.isEmpty, "rows read from a file rejected whole")
        FuzzCheck.that(quality.message?.isEmpty == false, "a file rejected whole without a message")
      }
      let texts = [quality.message ?? ""] + quality.warnings
        + rejected.flatMap { [$0.value, $0.rawLine, $0.column ?? "", $0.expected] }
      for text in texts {
        FuzzCheck.that(CPRMasking.masked(text) == text, "a CPR-like token reaches an output: \(text.debugDescription)")
      }
      for row in rejected {
        FuzzCheck.that(row.rawLine.unicodeScalars.count <= textLimit, "raw line of \(row.rawLine.unicodeScalars.count) characters")
        FuzzCheck.that(row.value.unicodeScalars.count <= textLimit, "value of \(row.value.unicodeScalars.count) characters")
      }
    }
  }
#endif
