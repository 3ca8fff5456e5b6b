# Uncaught TypeError from calling a non-callable value.
handlers = {"a": print, "b": 42}
handlers["a"]("calling a works")
handlers["b"]("calling b fails")
