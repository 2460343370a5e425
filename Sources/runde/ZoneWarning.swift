import Foundation
import RundeCore

extension Translation {
    /// A log whose first line names a zone this machine does not know is intact, but its times
    /// are shown in `zone` (the team's, else the machine's): `verify` and the registers warn of
    /// it, as the minutes say it in their header.
    static func unknownTimeZone(_ name: String, file: String, shownIn zone: TimeZone) -> Translation {
        Translation(
            nn: "\(file):1: åtvaring: tidssona «\(name)» i loggen er ikkje kjend på denne maskina; runde viser tidene i \(zone.identifier).",
            nb: "\(file):1: advarsel: tidssonen «\(name)» i loggen er ikke kjent på denne maskinen; runde viser tidene i \(zone.identifier).",
            en: "\(file):1: warning: the log's time zone «\(name)» is not known on this machine; runde shows its times in \(zone.identifier).")
    }
}
