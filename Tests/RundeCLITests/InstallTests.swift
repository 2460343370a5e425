import Foundation
import Testing

/// `make install` into a scratch prefix, as a new user runs it from a clone: the program runs,
/// its man page renders without warnings and names every command, the completions load, and
/// `make uninstall` takes it all away. One install serves every check; it is of the debug build
/// the tests already run (`BUILD=debug`), because a release build takes minutes.
@Suite struct InstallTests {
    static let environment = ["PATH=/usr/bin:/bin", "LANG=C.UTF-8"]

    /// The commands `runde --help` lists.
    static func commands() throws -> [String] {
        let help = try CLI.run(["--help"], in: CLI.repository, environment: ["RUNDE_LANG": "en"]).stdout
        let section = help.components(separatedBy: "SUBCOMMANDS:").last ?? ""
        let listed = section.components(separatedBy: "\n\n").first ?? ""
        return listed.split(separator: "\n").compactMap { line in
            line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
        }
    }

    @Test func makeInstallGivesAProgramAManPageAndCompletions() throws {
        let prefix = try CLI.scratch().appendingPathComponent("prefix")
        let make = ["-C", CLI.repository.path, "--no-print-directory", "BUILD=debug", "PREFIX=\(prefix.path)"]
        let install = try Spawn.run("/usr/bin/make", make + ["install"], environment: Self.environment)
        try #require(install.status == 0, "make install: \(install.output)")

        let runde = prefix.appendingPathComponent("bin/runde")
        let version = try Spawn.run(runde.path, ["--version"], environment: Self.environment)
        #expect(version.status == 0 && version.output == "0.1.0\n", "\(version.output)")
        let files = [
            "bin/runde": 0o755, "share/man/man1/runde.1": 0o644, "share/bash-completion/completions/runde": 0o644,
            "share/zsh/site-functions/_runde": 0o644, "share/fish/vendor_completions.d/runde.fish": 0o644,
        ]
        for (file, mode) in files.sorted(by: { $0.key < $1.key }) {
            #expect(FileModeTests.mode(prefix.appendingPathComponent(file)) == mode, "\(file)")
        }

        // Rendered plain (no bold or underline by overstriking); whatever groff prints is a warning.
        let page = prefix.appendingPathComponent("share/man/man1/runde.1")
        let rendered = prefix.appendingPathComponent("runde.txt")
        let groff = try Spawn.run(
            "/bin/sh", ["-c", "groff -man -Tutf8 -ww -P-cbou \"$1\" > \"$2\"", "sh", page.path, rendered.path], environment: Self.environment)
        #expect(groff.status == 0 && groff.output.isEmpty, "groff: \(groff.output)")
        let text = try String(contentsOf: rendered, encoding: .utf8)
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "FILES", "ENVIRONMENT", "EXIT STATUS", "EXAMPLES", "SEE ALSO"] {
            #expect(text.contains("\n\(section)\n"), "no section \(section)")
        }
        let commands = try Self.commands()
        #expect(commands.count == 13 && commands.contains("decisions") && commands.contains("follow") && commands.contains("sync"), "\(commands)")
        for command in commands {
            #expect(text.contains("runde \(command)\n"), "the man page has no part on runde \(command)")
        }

        let bash = prefix.appendingPathComponent("share/bash-completion/completions/runde")
        let complete = try Spawn.run("/bin/bash", ["-c", "source \"$1\" && complete -p runde", "bash", bash.path], environment: Self.environment)
        #expect(complete.status == 0 && complete.output.contains(" runde\n"), "\(complete.output)")
        // What Tab after `runde <command> --` offers, as bash-completion calls it (with extglob).
        let offer = """
            shopt -s extglob; source "$1"; shift
            for command; do
              COMP_WORDS=(runde "$command" --); COMP_CWORD=2; COMP_LINE="runde $command --"; COMP_POINT=${#COMP_LINE}
              COMPREPLY=(); _runde runde -- "$command"; echo "$command: ${COMPREPLY[*]}"
            done
            """
        let offered = try Spawn.run(
            "/bin/bash", ["-c", offer, "bash", bash.path] + commands, environment: ["PATH=\(runde.deletingLastPathComponent().path):/usr/bin:/bin"])
        for command in commands {
            let line = offered.output.split(separator: "\n").first { $0.hasPrefix("\(command): ") } ?? ""
            #expect(line.contains("--lang") && line.contains("--help"), "Tab after runde \(command) -- offers: \(line)")
        }

        let uninstall = try Spawn.run("/usr/bin/make", make + ["uninstall"], environment: Self.environment)
        #expect(uninstall.status == 0, "make uninstall: \(uninstall.output)")
        for file in files.keys {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) is left")
        }
    }
}
