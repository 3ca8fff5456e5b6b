import Foundation

/// The login name of the OS user running this process: who approved or rejected a model.
enum OSUser {
    static var current: String {
        // getpwuid rather than getlogin: it answers without a terminal (CI, cron) and names the effective user.
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "uid \(getuid())"
    }
}
