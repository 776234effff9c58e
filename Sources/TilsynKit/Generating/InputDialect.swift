/// How one municipality's case system writes its extract files (SPEC 3.1, SPEC 7): encoding, BOM,
/// delimiter, line ending, quoting, date and decimal format, header case and column order, an extra
/// free-text column, blank lines. Chosen deterministically from the seed and the municipality code,
/// so a municipality writes every period the same way; the same for all of its files unless a
/// property below says "per file".
struct InputDialect {
  enum Encoding { case utf8, utf8WithBOM, windows1252 }
  /// `YYYY-MM-DD`, or day–month–year with a separator, with or without leading zeros (SPEC 3.1).
  enum DateStyle: Hashable { case iso, dayFirst(separator: UInt8, leadingZeros: Bool) }
  enum LetterCase { case asIs, lower, upper, capitalized }

  var encoding: Encoding = .utf8
  var delimiter: UInt8 = UInt8(ascii: ";")
  var crlf = false
  /// Every field quoted, or only those that need it (a delimiter, quote or line break inside).
  var quoteAll = false
  /// The folder is named `0101` rather than `101`.
  var fourDigitFolder = false
  var dateStyle: DateStyle = .iso
  /// Decimals as `37,5` (else `37.5`).
  var decimalComma = true
  /// Hours written without needless zeros (`37,5`, `160`) rather than always two decimals.
  var shortDecimals = false
  var headerCase: LetterCase = .asIs
  /// Spaces around some header names (matched after trimming, SPEC 3.1).
  var paddedHeader = false
  /// Column order differs from the SPEC order (a different permutation per table).
  var shuffledColumns = false
  /// How codes (`DP`, `jobsamtale`, …) are written; they match case-insensitively (SPEC 3.1).
  var codeCase: LetterCase = .asIs
  /// `afholdt_af` left empty for the jobcenter's own conversations (empty means `jobcenter`).
  var emptyMeansJobcenter = false
  /// `tilbud.bevilget` not recorded at all (an optional column, SPEC 3.4).
  var omitsBevilget = false
  /// Tables carrying the extra free-text column (`bemaerkning`), as a bit set over `TableKind`.
  var notesTables: UInt8 = 0

  /// The dialect of municipality `code` under `seed`.
  init(seed: UInt64, code: Int) {
    var rng = SeededRandom(SeededRandom.derive(seed, 0xD1A1EC7), UInt64(code))
    encoding = WeightedTable([(.utf8, 0.72), (.utf8WithBOM, 0.14), (.windows1252, 0.14)]).pick(&rng)
    delimiter = WeightedTable([(UInt8(ascii: ";"), 0.78), (UInt8(ascii: ","), 0.15), (9, 0.07)]).pick(&rng)
    crlf = rng.chance(encoding == .windows1252 ? 0.8 : 0.15)
    quoteAll = rng.chance(0.18)
    fourDigitFolder = rng.chance(0.15)
    let separator = WeightedTable([(UInt8(0), 0.65), (UInt8(ascii: "-"), 0.12), (UInt8(ascii: "."), 0.12), (UInt8(ascii: "/"), 0.11)])
      .pick(&rng)
    dateStyle = separator == 0 ? .iso : .dayFirst(separator: separator, leadingZeros: rng.chance(0.7))
    decimalComma = rng.chance(0.7)
    shortDecimals = rng.chance(0.5)
    headerCase = WeightedTable([(.asIs, 0.8), (.upper, 0.1), (.capitalized, 0.1)]).pick(&rng)
    paddedHeader = rng.chance(0.08)
    shuffledColumns = rng.chance(0.2)
    codeCase = WeightedTable([(.asIs, 0.9), (.lower, 0.05), (.capitalized, 0.05)]).pick(&rng)
    emptyMeansJobcenter = rng.chance(0.35)
    omitsBevilget = rng.chance(0.05)
    // Windows-1252 files always carry Danish free text, so their encoding is visible in every file.
    if encoding == .windows1252 || rng.chance(0.25) {
      for table in TableKind.municipalTables where encoding == .windows1252 || rng.chance(0.5) {
        notesTables |= 1 << UInt8(table.municipalIndex)
      }
      if notesTables == 0 { notesTables = 1 << UInt8(TableKind.samtaler.municipalIndex) }
    }
  }

  /// The dialect of `benchmark.csv`: like jobindsats.dk's exports, `;`, UTF-8 with BOM, CRLF, decimal comma.
  static var jobindsats: InputDialect {
    var dialect = InputDialect()
    dialect.encoding = .utf8WithBOM
    dialect.crlf = true
    return dialect
  }

  private init() {}

  func hasNotes(_ table: TableKind) -> Bool { notesTables & (1 << UInt8(table.municipalIndex)) != 0 }

  /// The folder name of municipality `code`: `101` or `0101`.
  func folderName(code: Int) -> String { pad(code, fourDigitFolder ? 4 : 3) }

  // MARK: Values

  /// Appends a date in this dialect's format.
  func appendDate(_ day: Day, to buffer: inout [UInt8]) {
    let (year, month, dayOfMonth) = day.components
    switch dateStyle {
    case .iso:
      ByteFormat.padded(year, width: 4, into: &buffer)
      buffer.append(UInt8(ascii: "-"))
      ByteFormat.padded(month, width: 2, into: &buffer)
      buffer.append(UInt8(ascii: "-"))
      ByteFormat.padded(dayOfMonth, width: 2, into: &buffer)
    case .dayFirst(let separator, let leadingZeros):
      let width = leadingZeros ? 2 : 1
      ByteFormat.padded(dayOfMonth, width: width, into: &buffer)
      buffer.append(separator)
      ByteFormat.padded(month, width: width, into: &buffer)
      buffer.append(separator)
      ByteFormat.padded(year, width: 4, into: &buffer)
    }
  }

  /// Appends a month as `YYYY-MM`, the only month format (SPEC 3.1).
  func appendMonth(_ month: YearMonth, to buffer: inout [UInt8]) {
    ByteFormat.padded(month.year, width: 4, into: &buffer)
    buffer.append(UInt8(ascii: "-"))
    ByteFormat.padded(month.month, width: 2, into: &buffer)
  }

  /// Appends a non-negative amount given in hundredths (`16033` → `160,33`).
  func appendDecimal(hundredths: Int, to buffer: inout [UInt8]) {
    ByteFormat.digits(hundredths / 100, into: &buffer)
    let fraction = hundredths % 100
    if shortDecimals && fraction == 0 { return }
    buffer.append(decimalComma ? UInt8(ascii: ",") : UInt8(ascii: "."))
    if shortDecimals && fraction % 10 == 0 {
      ByteFormat.digits(fraction / 10, into: &buffer)
    } else {
      ByteFormat.padded(fraction, width: 2, into: &buffer)
    }
  }

  /// Appends a code (its ASCII raw value) in this dialect's letter case.
  func appendCode(_ code: [UInt8], to buffer: inout [UInt8]) {
    InputDialect.appendCased(code, codeCase, to: &buffer)
  }

  static func appendCased(_ text: [UInt8], _ letterCase: LetterCase, to buffer: inout [UInt8]) {
    switch letterCase {
    case .asIs: buffer.append(contentsOf: text)
    case .lower: for byte in text { buffer.append(lowered(byte)) }
    case .upper: for byte in text { buffer.append(raised(byte)) }
    case .capitalized:
      for (index, byte) in text.enumerated() { buffer.append(index == 0 ? raised(byte) : lowered(byte)) }
    }
  }

  private static func lowered(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
  private static func raised(_ byte: UInt8) -> UInt8 { byte >= 97 && byte <= 122 ? byte - 32 : byte }

  // MARK: Text

  /// The bytes of `text` in this dialect's encoding (Windows-1252 encodes æ ø å é € … as single bytes).
  func encode(_ text: String) -> [UInt8] {
    encoding == .windows1252 ? InputDialect.windows1252(text) : Array(text.utf8)
  }

  /// Windows-1252 bytes of `text`; characters it cannot hold become `?`.
  static func windows1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { scalar -> UInt8 in
      let value = scalar.value
      if value < 0x80 || (0xA0...0xFF).contains(value) { return UInt8(value) }
      switch value {
      case 0x20AC: return 0x80  // €
      case 0x2026: return 0x85  // …
      case 0x2018: return 0x91
      case 0x2019: return 0x92
      case 0x201C: return 0x93
      case 0x201D: return 0x94
      case 0x2013: return 0x96  // –
      case 0x2014: return 0x97  // —
      default: return UInt8(ascii: "?")
      }
    }
  }

  /// The bytes that start a file: the UTF-8 BOM or nothing.
  var preamble: [UInt8] { encoding == .utf8WithBOM ? [0xEF, 0xBB, 0xBF] : [] }

  func appendLineEnd(to buffer: inout [UInt8]) {
    if crlf { buffer.append(13) }
    buffer.append(10)
  }
}
