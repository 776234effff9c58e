// The entry points of tilsyn-fuzz: libFuzzer's `LLVMFuzzerTestOneInput`, and (in a build without
// libFuzzer) a small `main` that replays input files, for reproducing a crash and for CI.
//
// `make fuzz` builds this target with `-sanitize=fuzzer,address -DFUZZING`; libFuzzer then provides
// `main`. Internals of TilsynKit (TableLoader, RecordScanner) are reached with `@testable import`,
// which needs a module built for testing: a debug build, or the fuzz build's `-enable-testing`.
#if DEBUG || FUZZING
  @testable import TilsynKit
#else
  import TilsynKit
#endif
import Foundation

/// libFuzzer calls this once per input; the target is chosen by `TILSYN_FUZZ_TARGET`. A broken
/// invariant or a trap in TilsynKit crashes the process, which libFuzzer reports with the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = UnsafeBufferPointer(start: size == 0 ? nil : data, count: size)
  FuzzTarget.selected.run(bytes)
  return 0
}

#if !FUZZING
  /// `tilsyn-fuzz --target T FILE|FOLDER…`: runs target T (or `TILSYN_FUZZ_TARGET`) on each file, as
  /// the fuzzer would, and prints one line per file. A crash reproduces as a crash.
  @main
  struct Replay {
    static func main() {
      var arguments = Array(CommandLine.arguments.dropFirst())
      var target = FuzzTarget.fromEnvironment
      if arguments.first == "--target", arguments.count >= 2 {
        guard let named = FuzzTarget(rawValue: arguments[1]) else { usage("ukendt mål '\(arguments[1])'") }
        target = named
        arguments.removeFirst(2)
      }
      guard let target, !arguments.isEmpty else { usage(nil) }
      var count = 0
      for path in arguments.flatMap(files(at:)) {
        guard let data = FileManager.default.contents(atPath: path) else { usage("kan ikke læse \(path)") }
        [UInt8](data).withUnsafeBufferPointer { target.run($0) }
        count += 1
      }
      print("tilsyn-fuzz \(target.rawValue): \(count) input(s) kørt uden fejl")
    }

    /// The file at `path`, or the files in the folder at `path` (sorted).
    static func files(at path: String) -> [String] {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
        return [path]
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      return names.sorted().map { path + "/" + $0 }
    }

    static func usage(_ problem: String?) -> Never {
      if let problem { FileHandle.standardError.write(Data("tilsyn-fuzz: \(problem)\n".utf8)) }
      let targets = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
      FileHandle.standardError.write(
        Data("brug: tilsyn-fuzz --target \(targets) FIL|MAPPE…  (eller TILSYN_FUZZ_TARGET=…)\n".utf8))
      exit(2)
    }
  }
#endif
