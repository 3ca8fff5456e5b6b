import Foundation

/// The login name of the OS user running this process: who approved or rejected a model.
enum OSUser {
    static var current: String {
        // getpwuid, as os.getlogin-free tools do: it works without a terminal (cron, CI) and under sudo -u.
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(getuid())"
    }
}
