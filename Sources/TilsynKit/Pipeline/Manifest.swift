/// `manifest.json` (SPEC 5): the tool and rule-set versions, the period, every input file (path
/// relative to `--extracts`, bytes, rows, SHA-256), the reference files, and every output file with
/// its SHA-256 — so every published number can be traced to the bytes it came from — and the committee
/// tables' disclosure control: cells suppressed (primary, secondary) per table, the narrowest interval
/// the audit found for a hidden cell (SPEC 5.1), and the audit's result.
package enum Manifest {
  /// The tool's version, as the manifest and reports name it.
  package static let toolVersion = "0.2.0"

  /// A reference file the run read (register, rule set).
  package struct Reference: Sendable {
    package var path: String
    package var sha256: String

    package init(path: String, sha256: String) {
      self.path = path
      self.sha256 = sha256
    }
  }

  static func json(
    period: Period, rules: RuleSet, extract: Extract, references: [Reference],
    outputs: [(path: String, bytes: [UInt8])], disclosure: AuditResult
  ) -> [UInt8] {
    let inputs: [JSONValue] = extract.files.compactMap { file in
      guard let sha256 = file.sha256 else { return nil }
      return .object([
        ("path", .string(file.path)), ("bytes", .integer(file.bytes)), ("rows", .integer(file.rowsRead)),
        ("status", .string(file.status.rawValue)), ("sha256", .string(sha256)),
      ])
    }
    let value = JSONValue.object([
      ("tool", .string("tilsyn")),
      ("tool_version", .string(toolVersion)),
      ("ruleset_version", .string(rules.version)),
      // The file's name without the folders above it, so two checkouts give the same manifest.
      ("ruleset", .object([("file", .string(rules.path.split(separator: "/").suffix(2).joined(separator: "/"))), ("version", .string(rules.version)), ("sha256", .string(rules.sha256))])),
      ("period", .string(period.description)),
      ("references", .array(references.map { .object([("path", .string($0.path)), ("sha256", .string($0.sha256))]) })),
      ("inputs", .array(inputs)),
      (
        "disclosure_control",
        .object([
          ("audit_passed", .string(disclosure.passed ? "ja" : "nej")),
          ("findings", .array(disclosure.findings.map { .string($0) })),
          (
            "tables",
            .array(
              disclosure.tables.map {
                .object([
                  ("name", .string($0.name)), ("primary", .integer($0.primary)), ("secondary", .integer($0.secondary)),
                  ("suppressed_shares", .integer($0.suppressedShares)),
                  (
                    "narrowest_interval",
                    $0.narrowest.map { narrowest in
                      .object([
                        ("cell", .string(narrowest.cell)), ("lower", .integer(narrowest.interval.lower)),
                        ("upper", narrowest.interval.upper.map { .integer($0) } ?? .null),
                      ])
                    } ?? .null
                  ),
                ])
              })
          ),
        ])
      ),
      ("outputs", .array(outputs.sorted { $0.path < $1.path }.map {
        .object([("path", .string($0.path)), ("bytes", .integer($0.bytes.count)), ("sha256", .string(SHA256.hex($0.bytes)))])
      })),
    ])
    return Array((value.text() + "\n").utf8)
  }
}
