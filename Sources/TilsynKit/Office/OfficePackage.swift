/// An Office Open XML package (ECMA-376 part 2): the parts of a `.docx` or `.xlsx`, the content types
/// and relationships that tie them together, and the core properties, in a `ZipArchive` (SPEC 5).
/// The core properties carry a title and the sender but no dates, so the package is a function of its
/// content (SPEC 5: byte-identical outputs).
struct OfficePackage {
  struct Part {
    var name: String
    var contentType: String
    var xml: String
    /// The part's own relationships (`word/_rels/document.xml.rels`), as (type, target) with ids
    /// `rId1`, `rId2`, … in order.
    var relationships: [(type: String, target: String)] = []
  }

  /// The main part (`word/document.xml`, `xl/workbook.xml`) and the others.
  var main: Part
  var others: [Part]
  var title: String

  static let relationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
  static let officeRelationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  static let creator = "Styrelsen for Arbejdsmarked og Rekruttering"

  /// The package's bytes: `[Content_Types].xml`, `_rels/.rels`, the core properties, then the parts
  /// with their relationship parts.
  var bytes: [UInt8] {
    let core = Part(name: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", xml: coreXML)
    let parts = [main] + others + [core]
    var types = XMLText.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    types += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    types += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    types += parts.map { "<Override PartName=\"/\($0.name)\" ContentType=\"\($0.contentType)\"/>" }.joined()
    types += "</Types>"
    var archive = ZipArchive()
    archive.add("[Content_Types].xml", text: types)
    archive.add(
      "_rels/.rels",
      text: Self.relationships([
        (Self.officeRelationship + "/officeDocument", main.name),
        ("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", core.name),
      ]))
    for part in parts {
      archive.add(part.name, text: part.xml)
      if !part.relationships.isEmpty {
        archive.add(Self.relationshipPartName(part.name), text: Self.relationships(part.relationships, relativeTo: part.name))
      }
    }
    return archive.bytes
  }

  /// `word/document.xml` → `word/_rels/document.xml.rels`.
  static func relationshipPartName(_ name: String) -> String {
    guard let slash = name.lastIndex(of: "/") else { return "_rels/\(name).rels" }
    return "\(name[..<slash])/_rels/\(name[name.index(after: slash)...]).rels"
  }

  /// A relationships part; targets are package paths, written relative to the source part's folder.
  static func relationships(_ list: [(type: String, target: String)], relativeTo source: String = "") -> String {
    let folder = source.lastIndex(of: "/").map { String(source[...$0]) } ?? ""
    var xml = XMLText.declaration + "<Relationships xmlns=\"\(relationshipNamespace)\">"
    for (index, relationship) in list.enumerated() {
      let target =
        relationship.target.hasPrefix(folder) ? String(relationship.target.dropFirst(folder.count)) : relationship.target
      xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationship.type)\" Target=\"\(XMLText.escaped(target))\"/>"
    }
    return xml + "</Relationships>"
  }

  var coreXML: String {
    XMLText.declaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      + "<dc:title>\(XMLText.escaped(title))</dc:title><dc:creator>\(Self.creator)</dc:creator>"
      + "<dc:language>da-DK</dc:language></cp:coreProperties>"
  }
}
