/// One of Denmark's 98 municipalities, as listed in `data/reference/kommuner.csv`.
package struct Kommune: Hashable, Sendable {
  /// The three-digit municipality code (101 København … 860 Hjørring).
  var code: Int
  /// The municipality's name, e.g. `Aabenraa`.
  var name: String
  /// The region, e.g. `Syddanmark`.
  var region: String
  /// The regional labour-market office that follows up on it: `Øst`, `Syd` or `Midt-Nord`.
  var amk: String
  /// Approximate population; used only to size synthetic data (DOMAIN "Data conventions").
  var approximatePopulation: Int

  init(code: Int, name: String, region: String, amk: String, approximatePopulation: Int) {
    self.code = code
    self.name = name
    self.region = region
    self.amk = amk
    self.approximatePopulation = approximatePopulation
  }

  /// The code as the outputs write it: always three digits (`101`).
  var codeText: String { pad(code, 3) }
}

/// How a folder name or field names a municipality: three digits (`101`) or four with a leading
/// zero (`0101`), as SPEC 3 allows. Returns the numeric code, or `nil` when the text is neither.
package func parseKommuneCode<Bytes: Collection<UInt8>>(_ text: Bytes) -> Int? {
  guard text.count == 3 || (text.count == 4 && text.first == UInt8(ascii: "0")) else { return nil }
  var value = 0
  for byte in text {
    guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
    value = value * 10 + Int(byte - UInt8(ascii: "0"))
  }
  return value
}
