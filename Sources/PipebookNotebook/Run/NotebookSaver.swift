import Foundation

/// Writes a notebook again and again as it runs, without making the run wait for the disk.
///
/// Each request hands over a snapshot of the notebook; a background queue writes the newest
/// one (a rename over a file can take a millisecond on ext4, longer than a cell). Requests that
/// arrive while a write is under way are folded into the next write, and only the cells that
/// changed are serialised again. `flush` waits until the newest snapshot is on disk.
final class NotebookSaver {
    let path: String
    private let queue = DispatchQueue(label: "pipebook.notebook-saver")
    private let lock = NSLock()
    // Guarded by `lock`: what the next write will write.
    private var latest: Notebook?
    private var changed: Set<Int> = []
    private var everythingChanged = true
    private var writeScheduled = false
    private var delayed: DispatchWorkItem?
    private var failure: Error?
    // Touched only on `queue`.
    private var cellTexts: [String] = []

    init(path: String) { self.path = path }

    /// Writes `notebook` soon. `changed` names the cells that differ from the last request
    /// (nil: any may). Throws the error of an earlier write that failed.
    func save(_ notebook: Notebook, changed: [Int]? = nil) throws {
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        request(notebook, changed)
        delayed?.cancel()
        delayed = nil
        if !writeScheduled {
            writeScheduled = true
            queue.async { self.writeLatest() }
        }
    }

    /// Writes `notebook` after `delay`, unless a newer request comes first.
    func saveLater(_ notebook: Notebook, changed: [Int], after delay: TimeInterval) {
        lock.lock()
        defer { lock.unlock() }
        request(notebook, changed)
        delayed?.cancel()
        let work = DispatchWorkItem { self.writeLatest() }
        delayed = work
        queue.asyncAfter(deadline: .now() + delay, execute: work)
    }

    /// Waits until the newest snapshot is written; throws if any write failed.
    func flush() throws {
        queue.sync { writeLatest() }
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
    }

    private func request(_ notebook: Notebook, _ cells: [Int]?) {
        latest = notebook
        if let cells { changed.formUnion(cells) } else { everythingChanged = true }
    }

    private func writeLatest() {
        lock.lock()
        let notebook = latest
        let cells = changed, everything = everythingChanged
        latest = nil
        changed = []
        everythingChanged = false
        writeScheduled = false
        lock.unlock()
        guard let notebook else { return }
        do {
            if everything || cellTexts.count != notebook.cells.count {
                cellTexts = notebook.cells.map(IpynbFormat.cellText)
            } else {
                for index in cells { cellTexts[index] = IpynbFormat.cellText(notebook.cells[index]) }
            }
            let text = NotebookFile.Format(path: path) == .ipynb
                ? IpynbFormat.compose(cellTexts: cellTexts, metadata: notebook.metadata)
                : PercentFormat.write(notebook)
            try NotebookFile.writeAtomically(text, to: path)
        } catch {
            lock.lock()
            failure = failure ?? error
            lock.unlock()
        }
    }
}
