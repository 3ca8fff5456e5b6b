/// `open()`: text and binary files.
extension Interpreter {
    func openFile(_ args: Arguments) throws -> Value {
        throw PyError.unsupported("open() yet")
    }
}
