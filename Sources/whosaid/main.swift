import Foundation
import WhoSaid

// The whosaid command: signals first (before any thread starts, so that every thread
// inherits the mask), then the command line, then the exit status.
signal(SIGPIPE, SIG_IGN)
let signals = Interruption.blockSignals()
let interruption = Interruption()
interruption.listen(signals)
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), interruption: interruption))
