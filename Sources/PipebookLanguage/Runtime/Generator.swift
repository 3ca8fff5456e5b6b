import Foundation

/// The hand-over point between a generator's body and whoever iterates it.
///
/// A generator function's body runs on a thread of its own, one step at a time: the
/// consumer resumes it and waits; the body runs to the next `yield`, hands the value over
/// and waits. Only one side ever runs, so the interpreter is never used concurrently.
final class GeneratorChannel {
    enum Input {
        case send(Value)
        case raise(PyError)
    }

    enum Output {
        case yielded(Value)
        case returned(Value)
        case raised(Error)
    }

    private let toBody = DispatchSemaphore(value: 0)
    private let toConsumer = DispatchSemaphore(value: 0)
    var input: Input = .send(.none)
    var output: Output = .returned(.none)
    /// The stack limit of the generator's own thread.
    var stackLimit: UInt = 0

    /// Called by the body at `yield value`: returns what `send` passed, or throws what `throw` passed.
    func yield(_ value: Value, _ interp: Interpreter) throws -> Value {
        output = .yielded(value)
        toConsumer.signal()
        toBody.wait()
        interp.stackLimit = stackLimit
        switch input {
        case .send(let v): return v
        case .raise(let e): throw e
        }
    }

    /// Called by the consumer: lets the body run until it yields, returns or raises.
    func resume(_ input: Input) -> Output {
        self.input = input
        toBody.signal()
        toConsumer.wait()
        return output
    }

    func waitForFirstResume() {
        toBody.wait()
    }

    func finish(_ output: Output) {
        self.output = output
        toConsumer.signal()
    }
}

/// A generator object: what calling a function that contains `yield` returns.
final class PyGenerator: PyIterator, NativeRepresentable {
    private enum State { case created, suspended, running, finished }

    private let frame: Frame
    private let body: StmtCode
    private unowned let interp: Interpreter
    private let channel = GeneratorChannel()
    private var state = State.created

    init(frame: Frame, body: @escaping StmtCode, interp: Interpreter) {
        self.frame = frame
        self.body = body
        self.interp = interp
        frame.generator = channel
    }

    deinit {
        guard state == .suspended else { return }
        // Unwinding runs the body on its own thread, which sets the interpreter's stack limit to
        // that thread's; the thread releasing the generator keeps its own.
        let savedLimit = interp.stackLimit
        _ = channel.resume(.raise(PyError(BuiltinTypes.generatorExit, "")))
        interp.stackLimit = savedLimit
    }

    override var type: PyType { BuiltinTypes.generator }
    override var typeName: String { "generator" }
    var name: String { frame.code.name }
    var qualname: String { frame.code.qualname }

    override func next() throws -> Value? {
        try resume(.send(.none))
    }

    /// Runs the body to its next yield; nil when it returns. `StopIteration.value` is kept in `returnValue`.
    func resume(_ input: GeneratorChannel.Input) throws -> Value? {
        switch state {
        case .finished:
            if case .raise(let e) = input { throw e }
            return nil
        case .running:
            throw PyError.valueError("generator already executing")
        case .created:
            if case .raise(let e) = input {
                state = .finished
                throw e
            }
            if case .send(let v) = input, !v.isNone {
                throw PyError.typeError("can't send non-None value to a just-started generator")
            }
            start()
        case .suspended:
            break
        }
        state = .running
        let savedLimit = interp.stackLimit
        interp.depth += 1
        if interp.depth > interp.recursionLimit {
            interp.depth -= 1
            state = .suspended
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        let output = channel.resume(input)
        interp.depth -= 1
        interp.stackLimit = savedLimit
        switch output {
        case .yielded(let v):
            state = .suspended
            return v
        case .returned(let v):
            state = .finished
            returnValue = v
            return nil
        case .raised(let e):
            state = .finished
            if let p = e as? PyError, p.exception.cls.isSubtype(of: BuiltinTypes.stopIteration) {
                throw PyError.runtimeError("generator raised StopIteration")
            }
            throw e
        }
    }

    var returnValue: Value = .none

    /// `gen.close()`: raises GeneratorExit at the paused `yield`.
    func close() throws {
        guard state == .suspended else {
            state = .finished
            return
        }
        do {
            if try resume(.raise(PyError(BuiltinTypes.generatorExit, ""))) != nil {
                throw PyError.runtimeError("generator ignored GeneratorExit")
            }
        } catch let e as PyError where e.exception.cls === BuiltinTypes.generatorExit
                    || e.exception.cls.isSubtype(of: BuiltinTypes.stopIteration) {
            return
        }
    }

    private func start() {
        let channel = self.channel, frame = self.frame, body = self.body
        let interp = self.interp
        let thread = Thread {
            channel.stackLimit = StackBounds.limitForCurrentThread(size: StackBounds.generatorSize)
            channel.waitForFirstResume()
            interp.stackLimit = channel.stackLimit
            do {
                _ = try body(frame)
                channel.finish(.returned(frame.returnValue))
            } catch let error as PyError {
                error.exception.traceback.append(TracebackEntry(fileName: frame.code.fileName, line: frame.line, function: frame.code.name))
                channel.finish(.raised(error))
            } catch {
                channel.finish(.raised(error))
            }
        }
        thread.stackSize = StackBounds.generatorSize
        thread.start()
    }
}

extension PyGenerator {
    func pythonRepr(_ interp: Interpreter) throws -> String {
        "<generator object \(frame.function?.qualname ?? frame.code.qualname) at \(interp.address(self))>"
    }
}
