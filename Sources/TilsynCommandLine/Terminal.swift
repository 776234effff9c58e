import Foundation

/// Output to the terminal: results to stdout, messages and progress to stderr.
enum Terminal {
  static func output(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Whether stderr is a terminal (progress is shown only there).
  static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

  /// Overwrites the current stderr line with `text` (progress).
  static func progress(_ text: String) {
    FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
  }
}

extension Terminal {
  /// Writes `text` to stdout as it is (no newline added).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}
