/// An early-effort measure as the rule set defines it (SPEC 4.1, 4.6): `samtale`, `tilbud` and, from
/// the 2025 reform, `akasse`. The set of measures is data: a regime lists its measures in
/// `tidlig.maal`, and the outputs' `maal` column and `status_<maal>` columns use the id.
package struct EarlyEffortMeasure: Hashable, Sendable, CustomStringConvertible {
  /// The id as the rule set and the outputs write it (`samtale`).
  let id: String
  /// The Danish name for reports and letters ("jobsamtaler"), from the latest regime that has it.
  package let name: String
  /// The rule that judges a spell.
  let rule: Rule
  /// Whether the measure enters the municipality's overall status, the appendix and the letters
  /// (`rolle` = `flagger`), or is reported only (`information`).
  package let flags: Bool

  /// The two kinds of requirement a measure can make.
  enum Rule: String, Sendable {
    /// Enough talks of the right holders in a window after the spell's start (LAB § 31).
    case samtaler
    /// An offer started by D6 (LAB § 102).
    case tilbud
  }

  init(id: String, name: String, rule: Rule, flags: Bool) {
    self.id = id
    self.name = name
    self.rule = rule
    self.flags = flags
  }

  package var description: String { id }

  package static func == (lhs: Self, rhs: Self) -> Bool { lhs.id == rhs.id }
  package func hash(into hasher: inout Hasher) { hasher.combine(id) }


  /// A measure id is lower-case letters, digits and `_`, as it becomes part of column names.
  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
  }
}
