// swift-tools-version:6.0
// tilsyn — STAR's national oversight statistics pipeline for the municipal employment effort.
// No package dependencies: the toolchain's Foundation, Dispatch, XCTest and Swift Testing only (and,
// for the x86 SHA instructions, the C compiler's intrinsics headers that ship in the toolchain).

import PackageDescription

// SHA256Instructions holds SHA-256's block function on the x86 SHA extensions and is the one target
// compiled to use them (`-msha -msse4.1`); TilsynKit asks CPUID before it calls it, so the binary
// still runs on any x86-64 (and elsewhere the target is empty and the portable Swift hash is used).
// Package.swift is compiled for the machine that builds, so `arch` here is the build machine's.
#if arch(x86_64)
  let shaInstructionSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha", "-Xcc", "-msse4.1"])]
#else
  let shaInstructionSettings: [SwiftSetting] = []
#endif

let package = Package(
  name: "tilsyn",
  products: [
    .executable(name: "tilsyn", targets: ["tilsyn"]),
    .library(name: "TilsynKit", targets: ["TilsynKit"]),
  ],
  targets: [
    // All logic: reading, the domain model and rules, the measures, the report writers.
    .target(name: "TilsynKit", dependencies: ["SHA256Instructions"]),
    // SHA-256 on the x86 SHA extensions, called by TilsynKit only on CPUs that have them.
    .target(name: "SHA256Instructions", swiftSettings: shaInstructionSettings),
    // The command line: one type per subcommand, hand-written argument parsing.
    .target(name: "TilsynCommandLine", dependencies: ["TilsynKit"]),
    // The executable: a thin shell around TilsynCommandLine.
    .executableTarget(name: "tilsyn", dependencies: ["TilsynCommandLine"]),
    // libFuzzer targets over the reader, validation, parsers, rule set and letter template (`make
    // fuzz`, issue 14); built without the fuzzer it replays input files given as arguments.
    .executableTarget(name: "tilsyn-fuzz", dependencies: ["TilsynKit"], path: "Sources/TilsynFuzz"),
    // Snapshots/ holds the golden files, read from disk by the tests (not resources).
    .testTarget(name: "TilsynKitTests", dependencies: ["TilsynKit"], exclude: ["Snapshots"]),
    .testTarget(
      name: "TilsynCommandLineTests",
      dependencies: ["TilsynCommandLine", "tilsyn"]
    ),
  ]
)
