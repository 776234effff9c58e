import Foundation

@testable import TilsynKit

/// A test-side classifier of rows by the reading rules of SPEC 3.1 (independent of the production
/// reader): the first fault of a row in the SPEC's priority order, or `nil` for a valid row.
struct RowClassifier {
  let table: TableKind
  let header: [String]
  private var seen = Set<[String]>()

  init(table: TableKind, header: [String]) {
    self.table = table
    self.header = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
  }

  static let codes: [String: Set<String>] = [
    "maalgruppe": Set(Maalgruppe.codes.map { $0.lowercased() }),
    "type": Set(SamtaleType.codes.map { $0.lowercased() }),
    "afholdt_af": Set(AfholdtAf.codes.map { $0.lowercased() }),
    "tilbudstype": Set(Tilbudstype.codes.map { $0.lowercased() }),
    "ydelse": Set(Ydelse.codes.map { $0.lowercased() }),
    "markering": Set(Markeringstype.codes.map { $0.lowercased() }),
  ]

  private func value(_ fields: [String], _ name: String) -> String? {
    header.firstIndex(of: name).map { fields[$0] }
  }

  mutating func classify(_ fields: [String]) -> RejectReason? {
    guard fields.count == header.count else { return .antalFelter }
    let columns = table.schema.columns
    for column in columns where column.required {
      if value(fields, column.name)?.isEmpty ?? true { return .manglerVaerdi }
    }
    for column in columns {
      guard let text = value(fields, column.name), !text.isEmpty else { continue }
      if column.kind == .date && GeneratedCSV.date(text) == nil { return .ugyldigDato }
      if column.kind == .month && !RowClassifier.isMonth(text) { return .ugyldigDato }
    }
    for column in columns {
      guard let text = value(fields, column.name), !text.isEmpty else { continue }
      if case .code = column.kind, !(RowClassifier.codes[column.name]?.contains(text.lowercased()) ?? false) {
        return .ugyldigVaerdi
      }
      if column.kind == .decimal && !RowClassifier.isDecimal(text) { return .ugyldigVaerdi }
    }
    let id = fields[header.firstIndex(of: "person_id")!]
    let allowed = id.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "_" || $0 == "-") }
    if !allowed || id.count > 64 { return .ugyldigPersonId }
    if RowClassifier.isCPR(id) { return .cprNummer }
    if let end = table.endDateColumn, let endText = value(fields, columns[end].name), !endText.isEmpty,
      let endDay = GeneratedCSV.date(endText), let start = GeneratedCSV.date(value(fields, columns[table.mainDateColumn].name)!),
      endDay < start
    {
      return .slutFoerStart
    }
    if !seen.insert(fields).inserted { return .dublet }
    return nil
  }

  static func isMonth(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, Int(parts[0]) != nil, let month = Int(parts[1]) else { return false }
    return (1...12).contains(month)
  }

  static func isDecimal(_ text: String) -> Bool {
    guard text.allSatisfy({ "0123456789.,".contains($0) }), text.filter({ $0 == "," }).count <= 1,
      text.contains(where: \.isNumber)
    else { return false }
    let normalized = text.contains(",") ? text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") : text
    return Double(normalized) != nil
  }

  static func isCPR(_ text: String) -> Bool {
    let digits = text.replacingOccurrences(of: "-", with: "")
    guard digits.count == 10, digits.allSatisfy(\.isNumber) else { return false }
    guard text.count == 10 || (text.count == 11 && Array(text)[6] == "-") else { return false }
    let d = Array(digits)
    let day = Int(String(d[0...1]))!, month = Int(String(d[2...3]))!
    if day == 29 && month == 2 { return true }
    return Day(year: 2001, month: month, day: day) != nil
  }
}
