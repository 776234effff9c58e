import TilsynKit

/// The root command (placeholder while the subcommands are written).
public enum TilsynCommand {
  public static func main() {}
}
