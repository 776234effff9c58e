// The `tilsyn` executable: a thin shell. Parsing, commands and all logic live in the libraries.
import TilsynCommandLine

TilsynCommand.main()
