@testable import TilsynKit

/// The pattern tilsyn published before issue 16 (the line cascade alone), to compare against.
enum CascadeReference {
  static func apply(_ table: PublicationTable, minimum: Int) -> SuppressedTable {
    let status = DisclosureControl.lineCascade(table, DisclosureControl.primaryCountStatus(table, minimum: minimum))
    return SuppressedTable(
      table: table, minimum: minimum, countStatus: status,
      shareStatus: DisclosureControl.shareStatus(table, counts: status, minimum: minimum))
  }
}
