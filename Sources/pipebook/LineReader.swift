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

    enum Input {
        case line(String)
        case endOfInput
        case interrupted
    }

    /// The line readline's callback interface handed over, if any.
    private static var deliveredLine: Input?

    /// One line without its newline, end of input (Ctrl-D), or an interruption (Ctrl-C).
    ///
    /// On a terminal this uses readline's callback interface and polls standard input, so that
    /// `interrupted()` (set by the Ctrl-C handler on another thread) is seen while waiting.
    func readLine(prompt: String, interrupted: () -> Bool) -> Input {
        guard interactive else {
            return Swift.readLine(strippingNewline: true).map { .line($0) } ?? .endOfInput
        }
        LineReader.deliveredLine = nil
        rl_callback_handler_install(prompt) { raw in
            if let raw {
                LineReader.deliveredLine = .line(String(cString: raw))
                free(raw)
            } else {
                LineReader.deliveredLine = .endOfInput
            }
        }
        defer { rl_callback_handler_remove() }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while LineReader.deliveredLine == nil {
            if interrupted() {
                rl_free_line_state()
                rl_callback_sigcleanup()
                return .interrupted
            }
            if poll(&descriptor, 1, 50) > 0 { rl_callback_read_char() }
        }
        let input = LineReader.deliveredLine!
        if case .line(let line) = input, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            write_history(historyPath)
        }
        return input
    }

}
