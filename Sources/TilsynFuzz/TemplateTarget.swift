#if DEBUG || FUZZING
  import TilsynKit

  /// The letter template (`LetterTemplate`) on arbitrary text, with the placeholders of both
  /// letters. A template it refuses only needs a message; one it accepts is filled in — every known
  /// placeholder has a value, so filling in must not trap — and filling in with each placeholder
  /// written back as `{{name}}` is a template that fills in to the same text.
  enum TemplateTarget {
    static let known = EarlyEffortLetters.placeholders.union(FlereSkalMedLetters.placeholders)
    static let values = Dictionary(uniqueKeysWithValues: known.map { ($0, "{{\($0)}}") })

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
      let text = String(decoding: bytes, as: UTF8.self)
      let template: LetterTemplate
      do { template = try LetterTemplate(text: text, path: "brev.md", known: known) } catch {
        FuzzCheck.that(!error.description.isEmpty, "a refusal without a message")
        return
      }
      let filled = template.render(values)
      // A template without placeholders comes out as it is, but with LF line ends (CRLF and CR read as
      // LF since the CI fuzz found the old check failing on a CR, issue 14).
      if !text.contains("{{") {
        FuzzCheck.that(filled == LetterTemplate.withLFLineEnds(text), "a template without placeholders changes")
      }
      do {
        let again = try LetterTemplate(text: filled, path: "brev.md", known: known).render(values)
        FuzzCheck.that(again == filled, "filling in is not stable: \(filled.debugDescription)")
      } catch {
        FuzzCheck.fail("a filled-in template is refused: \(error.description) in \(filled.debugDescription)")
      }
    }
  }
#endif
