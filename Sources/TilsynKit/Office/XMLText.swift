/// Text and attribute values inside the Office XML parts. XML 1.0 cannot hold most control characters
/// even escaped; a rejected input row (`afviste_raekker.csv`'s raw line) may contain them, so they
/// become U+FFFD instead of making the workbook unreadable.
enum XMLText {
  /// `text` escaped (`XMLEscaping`), the characters XML 1.0 forbids replaced by U+FFFD.
  static func escaped(_ text: String) -> String { XMLEscaping.escaped(text, forbidden: "\u{FFFD}") }

  /// The XML declaration every part starts with.
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
