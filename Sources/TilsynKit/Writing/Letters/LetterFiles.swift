/// The files of one letter (SPEC 5, `breve/`): the filled template as Markdown and the same text as a
/// Word document beside it (`.docx`, `WordDocument`), so the template drives both formats. The
/// letter's first paragraph is its letterhead (the sender: "Styrelsen for Arbejdsmarked og
/// Rekruttering — AMK Øst") and is set as such in Word; the title is the letter's first heading.
enum LetterFiles {
  /// `breve/x/101-København.md` and `breve/x/101-København.docx`.
  static func files(markdownPath: String, letter: String) -> [(path: String, bytes: [UInt8])] {
    precondition(markdownPath.hasSuffix(".md"), "a letter's path ends in .md")
    let docxPath = markdownPath.dropLast(".md".count) + ".docx"
    return [
      (markdownPath, Array(letter.utf8)),
      (String(docxPath), WordDocument.docx(markdown: letter, title: title(letter), letterhead: true)),
    ]
  }

  /// The text of the letter's first heading, or empty.
  static func title(_ letter: String) -> String {
    for block in MarkdownBlock.parse(letter) {
      if case .heading(_, let runs) = block { return runs.map(\.text).joined() }
    }
    return ""
  }
}
