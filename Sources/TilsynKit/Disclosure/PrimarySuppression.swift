/// Disclosure control of the committee briefing's tables (SPEC 5, `udvalg/`): no published cell may
/// rest on fewer than `minimum` persons (DOMAIN, "Data conventions"; `diskretion.minimum` = 5 in the
/// rule set — callers pass `rules.integer(.diskretionMinimum, on:)`).
///
/// Order: primary suppression of the counts, then secondary suppression that protects every hidden
/// cell against all the table publishes (SPEC 5.1, `protect`), then the shares (which follow from
/// their counts). `DisclosureAudit` checks the result independently. Flags and statuses are computed
/// by the measures on the unsuppressed data; this only decides what is shown.
enum DisclosureControl {
  /// The table with every cell published, suppressed (`..`) or not available.
  /// `parallelFrom`: primary cells from which the secondary suppression's two searches run side by
  /// side (`protect`); the pattern does not depend on it.
  static func apply(_ table: PublicationTable, minimum: Int, parallelFrom: Int = parallelSearchPrimaries) -> SuppressedTable {
    precondition(minimum > 0, "the disclosure minimum is at least 1")
    precondition(
      table.lines.allSatisfy { ($0.components + [$0.total]).allSatisfy(table.contains) },
      "a line names a cell outside \(table.name)")
    var counts = primaryCountStatus(table, minimum: minimum)
    protect(table, &counts, minimum: minimum, parallelFrom: parallelFrom)
    let shares = shareStatus(table, counts: counts, minimum: minimum)
    return SuppressedTable(table: table, minimum: minimum, countStatus: counts, shareStatus: shares)
  }

  /// Primary rule for counts (SPEC 5): a count of 1 to `minimum` − 1 is suppressed. A zero is
  /// published — it reveals nothing about any person — and `nil` (`mangler_data`) is not
  /// available, never suppressed and never 0.
  static func primaryCountStatus(_ table: PublicationTable, minimum: Int) -> [[CellStatus]] {
    table.counts.map { row in
      row.map { value in
        guard let value else { return .notAvailable }
        return (1..<minimum).contains(value) ? .primary : .published
      }
    }
  }

  /// Rule for shares (SPEC 5), applied after the counts are settled:
  /// - not available when the numerator or denominator is `nil` or the denominator is 0 (there is
  ///   no share to show);
  /// - primary when the denominator is below `minimum`;
  /// - secondary when the numerator or the denominator count is suppressed (the share and its
  ///   published denominator would give the hidden numerator back, and vice versa);
  /// - published otherwise.
  static func shareStatus(_ table: PublicationTable, counts: [[CellStatus]], minimum: Int) -> [[CellStatus]] {
    table.rows.indices.map { row in
      table.shareColumns.map { share in
        guard table.counts[row][share.numerator] != nil, let denominator = table.counts[row][share.denominator],
          denominator > 0
        else { return .notAvailable }
        if denominator < minimum { return .primary }
        let hidden = counts[row][share.numerator].isSuppressed || counts[row][share.denominator].isSuppressed
        return hidden ? .secondary : .published
      }
    }
  }
}
