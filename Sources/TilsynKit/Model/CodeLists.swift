/// The codes the reader accepts in the coded columns that the law changes (SPEC 4.6): target groups,
/// benefits, offer types and markings, from the rule set's `koder.*` rows as valid on the period's
/// last day, in their order (the order of the outputs' breakdowns). A value outside its list is
/// rejected as `ugyldig_vaerdi`. Target groups are open (a new code is a data change); benefits,
/// offer types and markings carry meaning in SPEC 4.2–4.5 (public support, the Flere skal med
/// categories, virksomhedsrettet, FRITAGET), so their lists may leave codes out but not add new ones.
package struct CodeLists: Sendable, Equatable {
  var maalgrupper: [Maalgruppe]
  var ydelser: [Ydelse]
  var tilbudstyper: [Tilbudstype]
  var markeringer: [Markeringstype]

  init(maalgrupper: [Maalgruppe], ydelser: [Ydelse], tilbudstyper: [Tilbudstype], markeringer: [Markeringstype]) {
    self.maalgrupper = maalgrupper
    self.ydelser = ydelser
    self.tilbudstyper = tilbudstyper
    self.markeringer = markeringer
  }

  /// Every code of SPEC 3.2–3.7 (for tools and tests that read without a rule set).
  package static let standard = CodeLists(
    maalgrupper: Maalgruppe.allCases, ydelser: Ydelse.allCases, tilbudstyper: Tilbudstype.allCases,
    markeringer: Markeringstype.allCases)

  /// The rule set's lists on `day` (the period's last day).
  package init(rules: RuleSet, on day: Day) {
    maalgrupper = rules.value(.koderMaalgrupper, on: day).maalgrupper
    ydelser = rules.value(.koderYdelser, on: day).orderedCodes()
    tilbudstyper = rules.value(.koderTilbudstyper, on: day).orderedCodes()
    markeringer = rules.value(.koderMarkeringer, on: day).orderedCodes()
  }

  /// The lists of `self` and `other` together (what `sammenlign` reads with: both rule sets' codes).
  package func union(_ other: CodeLists) -> CodeLists {
    func merge<T: Equatable>(_ a: [T], _ b: [T]) -> [T] { a + b.filter { !a.contains($0) } }
    return CodeLists(
      maalgrupper: merge(maalgrupper, other.maalgrupper), ydelser: merge(ydelser, other.ydelser),
      tilbudstyper: merge(tilbudstyper, other.tilbudstyper), markeringer: merge(markeringer, other.markeringer))
  }
}

extension RuleValue {
  /// A code list in its written order.
  func orderedCodes<Code: ExtractCode>(_ type: Code.Type = Code.self) -> [Code] {
    guard case .codes(let codes) = self else { preconditionFailure("not a code list: \(self)") }
    return codes.compactMap(Code.init(rawValue:))
  }

  /// A list of target groups in its written order.
  var maalgrupper: [Maalgruppe] {
    guard case .codes(let codes) = self else { preconditionFailure("not a code list: \(self)") }
    return codes.compactMap(Maalgruppe.init(rawValue:))
  }

}
