import Foundation

/// The five fuzz targets (issue 14): each takes arbitrary bytes, must not crash, and checks what it
/// can about the result (`FuzzCheck`).
enum FuzzTarget: String, CaseIterable, Sendable {
  /// The CSV reader: bytes → header and rows, the fast path against the byte path.
  case csv
  /// One table file through validation; the first byte picks the table.
  case table
  /// The date, month, integer, decimal, person-id and CPR parsers and CPR masking.
  case parsers
  /// The rule-set loader, and lookups in every rule set it accepts.
  case rules
  /// The letter template: parsing and filling in.
  case template

  /// The target named by `TILSYN_FUZZ_TARGET`, if any.
  static var fromEnvironment: FuzzTarget? {
    ProcessInfo.processInfo.environment["TILSYN_FUZZ_TARGET"].flatMap(FuzzTarget.init(rawValue:))
  }

  /// The target the fuzzer runs; a missing or unknown name stops the process at the first input.
  static let selected: FuzzTarget = {
    guard let target = fromEnvironment else {
      let names = allCases.map(\.rawValue).joined(separator: "|")
      FuzzCheck.fail("set TILSYN_FUZZ_TARGET=\(names)")
    }
    return target
  }()

  func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    #if DEBUG || FUZZING
      switch self {
      case .csv: CSVTarget.run(bytes)
      case .table: TableTarget.run(bytes)
      case .parsers: ParserTarget.run(bytes)
      case .rules: RuleSetTarget.run(bytes)
      case .template: TemplateTarget.run(bytes)
      }
    #else
      FuzzCheck.fail("tilsyn-fuzz needs TilsynKit built for testing: a debug build or make fuzz")
    #endif
  }
}

/// A broken invariant: printed and turned into a crash, so libFuzzer keeps the input.
enum FuzzCheck {
  static func that(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { fail(message()) }
  }

  static func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("tilsyn-fuzz: \(message)\n".utf8))
    fatalError(message)
  }
}
