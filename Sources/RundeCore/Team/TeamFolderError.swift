import Foundation

/// Why a team folder could not be opened, created or read.
public enum TeamFolderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The folder has no `team.toml`; the remedy is `runde init`.
    case notATeamFolder(URL)
    /// `team.toml` or a recipe file has problems: every one found, in file and line order.
    case invalid([TeamFileError])
    /// `create` found a `team.toml` already there and will not overwrite it.
    case alreadyExists(URL)
    /// Writing a file or folder failed; the reason is the system's.
    case cannotWrite(URL, String)

    /// The problems in the files, for ``invalid(_:)``; empty otherwise.
    public var fileErrors: [TeamFileError] {
        if case .invalid(let errors) = self { errors } else { [] }
    }

    /// The message in Nynorsk, one line per problem.
    public var description: String { message(.nn) }
}
