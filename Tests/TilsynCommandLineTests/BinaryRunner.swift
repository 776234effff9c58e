import Foundation

/// Runs the built `tilsyn` binary, as a user would, and captures what it prints.
struct BinaryRunner {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The package root.
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
  }()

  /// The `tilsyn` executable beside the test bundle (`.build/<configuration>/tilsyn`).
  static let executable: URL = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      let candidate = url.deletingLastPathComponent().appendingPathComponent("tilsyn")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: packageRoot + "/.build/debug/tilsyn")
  }()

  /// Runs the binary with `arguments` in `directory`, with `environment` added to this process's.
  static func run(
    _ arguments: [String], in directory: String = packageRoot, environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    // Output goes to files, read after the process has ended: reading pipes with Foundation can trap
    // on an interrupted system call (EINTR) while child processes come and go.
    let folder = temporaryFolder()
    FileManager.default.createFile(atPath: folder + "/out", contents: nil)
    FileManager.default.createFile(atPath: folder + "/err", contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/out"))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: folder + "/err"))
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    return Outcome(
      status: process.terminationStatus,
      stdout: String(decoding: FileManager.default.contents(atPath: folder + "/out") ?? Data(), as: UTF8.self),
      stderr: String(decoding: FileManager.default.contents(atPath: folder + "/err") ?? Data(), as: UTF8.self))
  }

  /// The folder all of this test process's temporary folders go in; removed when the process exits.
  static let temporaryRoot: String = {
    let root = NSTemporaryDirectory() + "tilsyn-cli-tests-\(getpid())"
    try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    atexit { try? FileManager.default.removeItem(atPath: BinaryRunner.temporaryRoot) }
    return root
  }()

  /// A new empty temporary folder (under `temporaryRoot`).
  static func temporaryFolder() -> String {
    let path = temporaryRoot + "/\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func write(_ text: String, to path: String) {
    let url = URL(fileURLWithPath: path)
    try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try! Data(text.utf8).write(to: url)
  }
}
