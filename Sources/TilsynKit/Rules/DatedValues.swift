/// One rule's dated values, converted once to the type a measure needs, so lookups in a hot loop are
/// a scan of one or two entries rather than a parse (SPEC 4: rules carry validity dates).
package struct DatedValues<Value: Sendable>: Sendable {
  private let entries: [(from: Day?, to: Day?, value: Value)]

  /// `key`'s entries in `rules`, each value converted by `convert`.
  package init(_ rules: RuleSet, _ key: RuleKey, _ convert: (RuleValue) -> Value) {
    entries = rules.entries(key).map { ($0.from, $0.to, convert($0.value)) }
  }

  /// The value on `day`. The rule-set loader guarantees exactly one entry covers every day.
  @inline(__always)
  package func on(_ day: Day) -> Value {
    for entry in entries where (entry.from.map { day >= $0 } ?? true) && (entry.to.map { day <= $0 } ?? true) {
      return entry.value
    }
    preconditionFailure("no rule value on \(day): the loader should have refused the rule set")
  }
}

extension RuleValue {
  /// The integer value (the rule key's kind guarantees it).
  package var integer: Int {
    guard case .integer(let value) = self else { preconditionFailure("not an integer: \(self)") }
    return value
  }

  package var decimal: FixedDecimal {
    guard case .decimal(let value) = self else { preconditionFailure("not a decimal: \(self)") }
    return value
  }

  package var date: Day {
    guard case .date(let value) = self else { preconditionFailure("not a date: \(self)") }
    return value
  }

  package var flag: Bool {
    guard case .flag(let value) = self else { preconditionFailure("not ja/nej: \(self)") }
    return value
  }

  package var text: String {
    guard case .text(let value) = self else { preconditionFailure("not a text: \(self)") }
    return value
  }

  /// The codes as a set of `Code`.
  func codes<Code: ExtractCode>(_ type: Code.Type = Code.self) -> Set<Code> {
    guard case .codes(let codes) = self else { preconditionFailure("not a code list: \(self)") }
    return Set(codes.compactMap(Code.init(rawValue:)))
  }
}
