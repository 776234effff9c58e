/// The 98 municipalities (`data/reference/kommuner.csv`: `kode;navn;region;amk;befolkning_ca`),
/// in code order. Codes may be written with 3 or 4 digits; anything else, an unknown AMK or a repeated
/// code is a configuration error naming the line.
package struct KommuneRegister: Sendable {
  /// The municipalities in code order.
  package let kommuner: [Kommune]
  private let byCode: [Int: Kommune]

  init(kommuner: [Kommune]) {
    self.kommuner = kommuner.sorted { $0.code < $1.code }
    self.byCode = Dictionary(uniqueKeysWithValues: kommuner.map { ($0.code, $0) })
  }

  /// The municipality with `code`, or `nil` for a code that is not one of the 98.
  package func kommune(code: Int) -> Kommune? { byCode[code] }

  /// The set of valid codes.
  package var codes: Set<Int> { Set(byCode.keys) }

  /// The three AMK offices, in the order the reports list them.
  package static let amkOrder = ["Øst", "Syd", "Midt-Nord"]

  /// Reads the register from `path`.
  package static func load(path: String) throws(ConfigurationError) -> KommuneRegister {
    let bytes: [UInt8]
    do { bytes = try FileBytes.read(path) } catch {
      throw .badDataFile(path: path, line: 0, message: error.description)
    }
    let table: ReferenceTable
    do {
      table = try ReferenceTable(
        bytes: bytes, path: path, columns: ["kode", "navn", "region", "amk", "befolkning_ca"])
    }
    var kommuner: [Kommune] = []
    var seen = Set<Int>()
    for row in table.rows {
      let fields = row.fields
      guard let code = parseKommuneCode(fields[0].utf8), code > 0 else {
        throw .badDataFile(path: path, line: row.line, message: "ugyldig kommunekode '\(fields[0])' (forventede 3 cifre eller 4 med foranstillet 0)")
      }
      guard seen.insert(code).inserted else {
        throw .badDataFile(path: path, line: row.line, message: "kommunekode \(code) står mere end én gang")
      }
      guard !fields[1].isEmpty else {
        throw .badDataFile(path: path, line: row.line, message: "kommunen \(code) har intet navn")
      }
      guard amkOrder.contains(fields[3]) else {
        throw .badDataFile(path: path, line: row.line, message: "ukendt AMK '\(fields[3])' (forventede Øst, Syd eller Midt-Nord)")
      }
      guard let population = Int(fields[4]), population >= 0 else {
        throw .badDataFile(path: path, line: row.line, message: "ugyldigt befolkningstal '\(fields[4])'")
      }
      kommuner.append(
        Kommune(code: code, name: fields[1], region: fields[2], amk: fields[3], approximatePopulation: population))
    }
    return KommuneRegister(kommuner: kommuner)
  }
}
