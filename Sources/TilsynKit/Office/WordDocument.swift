/// A `.docx` written from Markdown (SPEC 5: letters "also as a Word document ready to send"): the
/// package of `word/document.xml` (the body from `WordBody`), `word/styles.xml` (`WordStyles`) and the
/// core properties. The Markdown is the filled template, so analysts edit one template for both
/// formats.
enum WordDocument {
  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let mainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
  static let stylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"

  /// The document's bytes; `letterhead` styles the first paragraph as `Brevhoved`.
  static func docx(markdown: String, title: String, letterhead: Bool = false) -> [UInt8] {
    let body = WordBody.xml(MarkdownBlock.parse(markdown), firstParagraphStyle: letterhead ? "Brevhoved" : nil)
    let document =
      XMLText.declaration + "<w:document xmlns:w=\"\(namespace)\"><w:body>" + body + WordStyles.section
      + "</w:body></w:document>"
    return OfficePackage(
      main: .init(
        name: "word/document.xml", contentType: mainType, xml: document,
        relationships: [(OfficePackage.officeRelationship + "/styles", "word/styles.xml")]),
      others: [.init(name: "word/styles.xml", contentType: stylesType, xml: WordStyles.xml)],
      title: title
    ).bytes
  }
}
