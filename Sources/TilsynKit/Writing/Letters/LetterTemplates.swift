/// The letter templates of `data/skabeloner/`, loaded and checked before a run computes anything, so a
/// broken template is a usage error (exit 2) naming its file and line.
public struct LetterTemplates: Sendable {
  public let earlyEffort: LetterTemplate

  public init(earlyEffort: LetterTemplate) {
    self.earlyEffort = earlyEffort
  }

  /// Loads every template from `folder`.
  public static func load(folder: String) throws(ConfigurationError) -> LetterTemplates {
    LetterTemplates(
      earlyEffort: try LetterTemplate.load(
        path: folder + "/" + EarlyEffortLetters.templateName, known: EarlyEffortLetters.placeholders))
  }
}
