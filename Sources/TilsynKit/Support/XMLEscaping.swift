/// Text made safe for XML character data and attribute values, for every XML the project writes (SVG,
/// the committee page, the Office parts): `& < > " '` as entities, tab and line breaks as character
/// references (so attribute values keep them), and the characters XML 1.0 does not allow (the other
/// control characters, U+FFFE, U+FFFF) dropped, or replaced by `forbidden` when it is given.
enum XMLEscaping {
  static func escaped(_ text: String, forbidden: Unicode.Scalar?) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#x9;"
      case "\n": out += "&#xA;"
      case "\r": out += "&#xD;"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        if let forbidden { out.unicodeScalars.append(forbidden) }
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
