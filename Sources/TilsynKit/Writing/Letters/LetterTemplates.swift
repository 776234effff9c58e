/// The letter templates of `data/skabeloner/`, loaded and checked before a run computes anything, so a
/// broken template is a usage error (exit 2) naming its file and line.
package struct LetterTemplates: Sendable {
  package let earlyEffort: LetterTemplate
  package let flereSkalMed: LetterTemplate

  package init(earlyEffort: LetterTemplate, flereSkalMed: LetterTemplate) {
    self.earlyEffort = earlyEffort
    self.flereSkalMed = flereSkalMed
  }

  /// Loads every template from `folder`.
  package static func load(folder: String) throws(ConfigurationError) -> LetterTemplates {
    LetterTemplates(
      earlyEffort: try LetterTemplate.load(
        path: folder + "/" + EarlyEffortLetters.templateName, known: EarlyEffortLetters.placeholders),
      flereSkalMed: try LetterTemplate.load(
        path: folder + "/" + FlereSkalMedLetters.templateName, known: FlereSkalMedLetters.placeholders))
  }
}
