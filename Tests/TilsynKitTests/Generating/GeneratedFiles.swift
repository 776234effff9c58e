import Foundation

@testable import TilsynKit

/// A deliberately simple reader of the generator's CSV files, for its tests only (independent of the
/// production reader): detects BOM / UTF-8 / Windows-1252 and the delimiter, parses RFC 4180 quoting,
/// skips blank lines and trims fields.
struct GeneratedCSV {
  var header: [String]
  var records: [[String]]
  var bytes: [UInt8]

  init(url: URL) throws {
    bytes = [UInt8](try Data(contentsOf: url))
    var text: [UInt8]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      text = Array(bytes.dropFirst(3))
    } else if String(validating: bytes, as: UTF8.self) != nil {
      text = bytes
    } else {
      text = Array(GeneratedCSV.decodeWindows1252(bytes).utf8)
    }
    let firstLine = text.prefix { $0 != 10 && $0 != 13 }
    let delimiter = GeneratedCSV.delimiter(of: Array(firstLine))
    var all = GeneratedCSV.parse(text, delimiter: delimiter)
    header = all.isEmpty ? [] : all.removeFirst().map { $0.lowercased() }
    records = all
  }

  static func decodeWindows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      switch byte {
      case 0x80: scalars.append("€")
      case 0x96: scalars.append("–")
      default: scalars.append(UnicodeScalar(byte))
      }
    }
    return String(scalars)
  }

  static func delimiter(of header: [UInt8]) -> UInt8 {
    var counts: [UInt8: Int] = [59: 0, 9: 0, 44: 0]
    var quoted = false
    for byte in header {
      if byte == 34 { quoted.toggle() } else if !quoted, counts[byte] != nil { counts[byte]! += 1 }
    }
    var best: UInt8 = 59
    var bestCount = -1
    for candidate: UInt8 in [59, 9, 44] where counts[candidate]! > bestCount {
      best = candidate
      bestCount = counts[candidate]!
    }
    return best
  }

  /// Records of trimmed fields; blank lines skipped.
  static func parse(_ text: [UInt8], delimiter: UInt8) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var quoted = false
    var content = false  // anything but spaces and tabs on the line (a line of only those is blank)
    var index = 0
    func finishField() {
      var value = field[...]
      while let first = value.first, first == 32 || first == 9 { value = value.dropFirst() }
      while let last = value.last, last == 32 || last == 9 { value = value.dropLast() }
      fields.append(String(decoding: value, as: UTF8.self))
      field.removeAll()
    }
    func finishRecord() {
      finishField()
      if content { records.append(fields) }
      fields.removeAll()
      content = false
    }
    while index < text.count {
      let byte = text[index]
      if byte != 32 && byte != 9 && byte != 10 && byte != 13 { content = true }
      if quoted {
        if byte == 34 {
          if index + 1 < text.count && text[index + 1] == 34 {
            field.append(34)
            index += 1
          } else {
            quoted = false
          }
        } else {
          field.append(byte)
        }
      } else if byte == 34 {
        quoted = true
      } else if byte == delimiter {
        finishField()
      } else if byte == 10 {
        finishRecord()
      } else if byte != 13 {
        field.append(byte)
      }
      index += 1
    }
    if !field.isEmpty || !fields.isEmpty { finishRecord() }
    return records
  }

  /// The values of a column by (lower-case) name, or `nil` when the file lacks it.
  func column(_ name: String) -> Int? { header.firstIndex(of: name) }

  /// Parses the four date formats of SPEC 3.1; `nil` when not a real date.
  static func date(_ text: String) -> Day? {
    let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "." || $0 == "/" }.map(String.init)
    guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
    if parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2 && text.contains("-") {
      return Day(year: a, month: b, day: c)
    }
    guard parts[2].count == 4, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count) else { return nil }
    let separators = Set(text.filter { $0 == "-" || $0 == "." || $0 == "/" })
    guard separators.count == 1 else { return nil }
    return Day(year: c, month: b, day: a)
  }
}

/// Test fixtures: the municipalities of `data/reference/kommuner.csv` and temporary folders.
enum GeneratorFixtures {
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The 98 municipalities, parsed with a plain split on newline and `;`.
  static let kommuner: [Kommune] = {
    let url = repositoryRoot.appendingPathComponent("data/reference/kommuner.csv")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").dropFirst().compactMap { line in
      let f = line.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      guard f.count == 5, let code = Int(f[0]), let population = Int(f[4]) else { return nil }
      return Kommune(code: code, name: f[1], region: f[2], amk: f[3], approximatePopulation: population)
    }
  }()

  static func temporaryFolder(_ name: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("tilsyn-gen-\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func remove(_ folders: URL...) {
    for folder in folders { try? FileManager.default.removeItem(at: folder) }
  }

  /// Every regular file under `root`, by path relative to it.
  static func files(under root: URL) -> [String: URL] {
    var result: [String: URL] = [:]
    let base = root.standardizedFileURL.path
    if let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
      for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = url
      }
    }
    return result
  }
}
