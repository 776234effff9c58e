import Foundation
import Glibc

/// Writes a period's report folder all at once (SPEC 1): every file goes into a temporary folder
/// beside it, which then takes the place of `<reports>/<period>` in one atomic exchange
/// (`renameat2` with `RENAME_EXCHANGE`), so a failed or killed run leaves the previous reports of the
/// period untouched and never touches another period's. A lock file keeps two runs from writing
/// into the same `--reports` folder at once.
struct ReportFolder: Sendable {
  let reports: String
  let period: Period

  init(reports: String, period: Period) {
    self.reports = reports
    self.period = period
  }

  /// The period's folder.
  var path: String { "\(reports)/\(period)" }

  /// Takes the `--reports` folder's lock for the duration of `body`; a second run refuses at once.
  func withLock<T>(_ body: () throws -> T) throws -> T {
    try createFolder(reports)
    let lockPath = reports + "/.tilsyn.lock"
    let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw WriteError.current(lockPath)
    }
    defer { close(descriptor) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      throw ConfigurationError.busy(path: reports)
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  /// Writes `files` (relative path → bytes) as the period's folder, replacing the old one atomically.
  func write(_ files: [(path: String, bytes: [UInt8])]) throws {
    let staging = try stage()
    do {
      try staging.write(files)
      try staging.commit()
    } catch {
      staging.discard()
      throw error
    }
  }

  /// A new, empty temporary folder for the period's files (after removing leftovers of killed runs),
  /// filled with `Staging.write`, possibly from several threads, and made the period's folder by
  /// `Staging.commit`. Nobody reads it before then: a run that fails `discard`s it, and one that is
  /// killed leaves it for the next run to remove.
  func stage() throws -> Staging {
    removeLeftovers()
    let staging = Staging(path: "\(reports)/.\(period).tmp-\(getpid())", folder: self)
    try? FileManager.default.removeItem(atPath: staging.path)
    try createFolder(staging.path)
    return staging
  }

  /// The temporary folder of `stage`.
  struct Staging: Sendable {
    let path: String
    fileprivate let folder: ReportFolder

    /// Writes `files` (paths relative to the period's folder; each path written once in all).
    func write(_ files: [(path: String, bytes: [UInt8])]) throws {
      for file in files {
        let target = path + "/" + file.path
        try FileWriting.createFolders((target as NSString).deletingLastPathComponent)
        try FileWriting.write(file.bytes, to: target)
      }
    }

    /// Puts the folder in the place of the period's folder, atomically.
    func commit() throws { try folder.replace(with: path) }

    /// Removes the folder and what is in it.
    func discard() { try? FileManager.default.removeItem(atPath: path) }
  }

  /// Removes the staging folders of earlier runs that were killed before they finished
  /// (`.<period>.tmp-<pid>`, issue 14). Safe under the lock: no other run can be writing into this
  /// reports folder, so every such folder is a leftover; nothing else is touched.
  private func removeLeftovers() {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: reports) else { return }
    for name in names where Self.isStagingName(name) {
      try? FileManager.default.removeItem(atPath: reports + "/" + name)
    }
  }

  /// `.2024H1.tmp-1234`: a period, `.tmp-` and a process id.
  static func isStagingName(_ name: String) -> Bool {
    guard name.hasPrefix("."), let dash = name.range(of: ".tmp-") else { return false }
    let period = name[name.index(after: name.startIndex)..<dash.lowerBound]
    let pid = name[dash.upperBound...]
    return Period(String(period)) != nil && !pid.isEmpty && pid.allSatisfy(\.isASCII) && Int(pid) != nil
  }

  /// Puts `staging` in the place of the period's folder; the old folder, if any, is removed after.
  private func replace(with staging: String) throws {
    if FileManager.default.fileExists(atPath: path) {
      guard let exchange = Self.renameExchange, exchange(AT_FDCWD, staging, AT_FDCWD, path, Self.renameExchangeFlag) == 0
      else {
        throw WriteError.current(path)
      }
      try? FileManager.default.removeItem(atPath: staging)  // now holds the old reports
    } else {
      guard rename(staging, path) == 0 else {
        throw WriteError.current(path)
      }
    }
  }

  /// glibc's `renameat2`, which the Glibc module does not export (it needs `_GNU_SOURCE`); looked up
  /// once by name.
  private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
  private static let renameExchange: RenameAt2? = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
    return unsafeBitCast(symbol, to: RenameAt2.self)
  }()
  /// `RENAME_EXCHANGE` from `<linux/fs.h>`: swap the two paths atomically.
  private static let renameExchangeFlag: UInt32 = 2

  private func createFolder(_ folder: String) throws(WriteError) { try FileWriting.createFolders(folder) }
}
