// swift-tools-version:6.0
// tilsyn — STAR's national oversight statistics pipeline for the municipal employment effort.
// No package dependencies: the toolchain's Foundation, Dispatch, XCTest and Swift Testing only.

import PackageDescription

let package = Package(
  name: "tilsyn",
  products: [
    .executable(name: "tilsyn", targets: ["tilsyn"]),
    .library(name: "TilsynKit", targets: ["TilsynKit"]),
  ],
  targets: [
    // All logic: reading, the domain model and rules, the measures, the report writers.
    .target(name: "TilsynKit"),
    // The command line: one type per subcommand, hand-written argument parsing.
    .target(name: "TilsynCommandLine", dependencies: ["TilsynKit"]),
    // The executable: a thin shell around TilsynCommandLine.
    .executableTarget(name: "tilsyn", dependencies: ["TilsynCommandLine"]),
    // Snapshots/ holds the golden files, read from disk by the tests (not resources).
    .testTarget(name: "TilsynKitTests", dependencies: ["TilsynKit"], exclude: ["Snapshots"]),
    .testTarget(
      name: "TilsynCommandLineTests",
      dependencies: ["TilsynCommandLine", "tilsyn"]
    ),
  ]
)
