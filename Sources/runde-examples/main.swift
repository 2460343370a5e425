import Foundation
import RundeCore

// Writes the example team folder `Examples/heimetenesta` through the library itself:
// the team file as `runde init` makes it, two past meetings run command by command, and the
// agenda for the next meeting. Run by `make examples`; a test checks that the committed
// folder is exactly what this program writes.

let arguments = CommandLine.arguments.dropFirst()
guard let target = arguments.first else {
    FileHandle.standardError.write(Data("usage: runde-examples FOLDER\n".utf8))
    exit(64)
}

do {
    let folder = try ExampleTeam.write(to: URL(fileURLWithPath: target))
    print("wrote \(folder.url.path)")
} catch {
    FileHandle.standardError.write(Data("runde-examples: \(error)\n".utf8))
    exit(1)
}
