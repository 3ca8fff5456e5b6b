"""logging for Pipebook: loggers in a dotted hierarchy, levels, StreamHandler, Formatter with
%-style formats, basicConfig — what step scripts use. Records go to standard error unless a
handler says otherwise, as in CPython."""

import sys
import time

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_level_names = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG", NOTSET: "NOTSET"}
_name_levels = {v: k for k, v in _level_names.items()}
_name_levels["WARN"] = WARNING
_name_levels["FATAL"] = CRITICAL

BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"


def getLevelName(level):
    if level in _level_names:
        return _level_names[level]
    if level in _name_levels:
        return _name_levels[level]
    return "Level %s" % level


def _check_level(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _name_levels:
            raise ValueError("Unknown level: %r" % level)
        return _name_levels[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


class LogRecord:
    def __init__(self, name, level, msg, args, exc_info=None):
        self.name = name
        self.levelno = level
        self.levelname = getLevelName(level)
        self.msg = msg
        self.args = args
        self.exc_info = exc_info
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000)
        self.module = "__main__"
        self.funcName = ""
        self.lineno = 0
        self.process = 0
        self.thread = 0

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%"):
        if style != "%":
            raise NotImplementedError("Pipebook's logging supports %-style formats only")
        self._fmt = fmt or "%(message)s"
        self.datefmt = datefmt

    def usesTime(self):
        return "%(asctime)" in self._fmt

    def formatTime(self, record, datefmt=None):
        t = time.localtime(record.created)
        if datefmt:
            return time.strftime(datefmt, t)
        return self.default_msec_format % (time.strftime(self.default_time_format, t), record.msecs)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self._fmt % record.__dict__
        if record.exc_info:
            import traceback
            text += "\n" + "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        return text


_default_formatter = Formatter()


class Handler:
    def __init__(self, level=NOTSET):
        self.level = _check_level(level)
        self.formatter = None

    def setLevel(self, level):
        self.level = _check_level(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _default_formatter).format(record)

    def handle(self, record):
        if record.levelno >= self.level:
            self.emit(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def flush(self):
        pass

    def close(self):
        pass


class StreamHandler(Handler):
    terminator = "\n"

    def __init__(self, stream=None):
        super().__init__()
        self.stream = stream

    def emit(self, record):
        stream = self.stream if self.stream is not None else sys.stderr
        stream.write(self.format(record) + self.terminator)


class FileHandler(StreamHandler):
    def __init__(self, filename, mode="a", encoding=None):
        super().__init__(open(filename, mode, encoding=encoding))

    def close(self):
        self.stream.close()


class NullHandler(Handler):
    def emit(self, record):
        pass


class Logger:
    def __init__(self, name, level=NOTSET):
        self.name = name
        self.level = _check_level(level)
        self.handlers = []
        self.parent = None
        self.propagate = True
        self.disabled = False

    def setLevel(self, level):
        self.level = _check_level(level)

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        return level >= self.getEffectiveLevel()

    def addHandler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)

    def removeHandler(self, handler):
        if handler in self.handlers:
            self.handlers.remove(handler)

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            logger = logger.parent if logger.propagate else None
        return False

    def log(self, level, msg, *args, exc_info=None, **kwargs):
        if self.disabled or not self.isEnabledFor(level):
            return
        if exc_info is True:
            exc_info = sys.exc_info()
        record = LogRecord(self.name, level, msg, args, exc_info or None)
        found = False
        logger = self
        while logger is not None:
            for h in logger.handlers:
                found = True
                h.handle(record)
            logger = logger.parent if logger.propagate else None
        if not found and level >= WARNING:
            # CPython's "last resort" handler: the bare message on standard error.
            sys.stderr.write(record.getMessage() + "\n")

    def debug(self, msg, *args, **kwargs): self.log(DEBUG, msg, *args, **kwargs)
    def info(self, msg, *args, **kwargs): self.log(INFO, msg, *args, **kwargs)
    def warning(self, msg, *args, **kwargs): self.log(WARNING, msg, *args, **kwargs)
    warn = warning
    def error(self, msg, *args, **kwargs): self.log(ERROR, msg, *args, **kwargs)
    def critical(self, msg, *args, **kwargs): self.log(CRITICAL, msg, *args, **kwargs)
    fatal = critical

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def getChild(self, suffix):
        return getLogger(self.name + "." + suffix if self.name != "root" else suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        super().__init__("root", level)


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    if not name or name == "root":
        return root
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    _loggers[name] = logger
    # The parent is the nearest existing ancestor; existing children move under the new logger.
    parts = name.split(".")
    parent = root
    for i in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[:i])
        if prefix in _loggers:
            parent = _loggers[prefix]
            break
    logger.parent = parent
    for other_name, other in _loggers.items():
        if other_name.startswith(name + ".") and (other.parent is parent):
            other.parent = logger
    return logger


def basicConfig(*, filename=None, filemode="a", format=None, datefmt=None, style="%", level=None, stream=None,
                handlers=None, force=False, encoding=None):
    if force:
        for h in list(root.handlers):
            root.removeHandler(h)
            h.close()
    if root.handlers:
        return
    if handlers is None:
        handlers = [FileHandler(filename, filemode, encoding) if filename else StreamHandler(stream)]
    formatter = Formatter(format or BASIC_FORMAT, datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(formatter)
        root.addHandler(h)
    if level is not None:
        root.setLevel(level)


def _root_call(method):
    def function(msg, *args, **kwargs):
        if not root.handlers:
            basicConfig()
        getattr(root, method)(msg, *args, **kwargs)
    function.__name__ = method
    return function


debug = _root_call("debug")
info = _root_call("info")
warning = _root_call("warning")
warn = warning
error = _root_call("error")
critical = _root_call("critical")
exception = _root_call("exception")


def log(level, msg, *args, **kwargs):
    if not root.handlers:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    raise NotImplementedError("Pipebook's logging does not support logging.disable")
