import CReadline
import Foundation

/// Reads the REPL's input lines: through GNU readline on a terminal (editing, history,
/// completion), and plainly from a pipe.
final class LineReader {
    let interactive: Bool
    private let historyPath: String

    /// Supplies Tab completions for the text before the cursor.
    static var completer: ((String) -> [String])?
    private static var pendingMatches: [String] = []

    init() {
        interactive = isatty(STDIN_FILENO) != 0
        historyPath = ProcessInfo.processInfo.environment["PIPEBOOK_HISTORY"]
            ?? (NSHomeDirectory() + "/.pipebook_history")
        guard interactive else { return }
        rl_readline_name = UnsafePointer(strdup("pipebook"))
        // Complete on dotted names as a whole: `step.prop<Tab>`.
        rl_basic_word_break_characters = UnsafePointer(strdup(" \t\n\"\\'`@$><=;|&{("))
        rl_attempted_completion_function = { text, _, _ in
            let prefix = text.map { String(cString: $0) } ?? ""
            LineReader.pendingMatches = LineReader.completer?(prefix) ?? []
            rl_attempted_completion_over = 1
            if LineReader.pendingMatches.isEmpty { return nil }
            return rl_completion_matches(text) { _, state in
                if state == 0 { LineReader.matchIndex = 0 }
                guard LineReader.matchIndex < LineReader.pendingMatches.count else { return nil }
                defer { LineReader.matchIndex += 1 }
                return strdup(LineReader.pendingMatches[LineReader.matchIndex])
            }
        }
        read_history(historyPath)
    }

    private static var matchIndex = 0

    /// One line without its newline, or nil at end of input (Ctrl-D).
    func readLine(prompt: String) -> String? {
        guard interactive else {
            return Swift.readLine(strippingNewline: true)
        }
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(raw)
            write_history(historyPath)
        }
        return line
    }

    /// Drops the line being typed (Ctrl-C at the prompt).
    static func discardCurrentLine() {
        rl_replace_line("", 0)
        rl_crlf()
        rl_on_new_line()
        rl_redisplay()
    }
}
