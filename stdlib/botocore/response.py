"""botocore.response.StreamingBody: the Body of a GetObject answer."""


class StreamingBody:
    """An object's bytes, read once as from the network: read(), iter_lines(), iter_chunks()."""

    _DEFAULT_CHUNK_SIZE = 1024

    def __init__(self, raw_stream, content_length):
        self._raw_stream = raw_stream
        self._content_length = content_length

    def read(self, amt=None):
        return self._raw_stream.read() if amt is None else self._raw_stream.read(amt)

    def readable(self):
        return True

    def readlines(self):
        return self._raw_stream.readlines()

    def __iter__(self):
        return self.iter_chunks(self._DEFAULT_CHUNK_SIZE)

    def iter_lines(self, chunk_size=_DEFAULT_CHUNK_SIZE, keepends=False):
        for line in self._raw_stream.read().splitlines(keepends):
            yield line

    def iter_chunks(self, chunk_size=_DEFAULT_CHUNK_SIZE):
        while True:
            chunk = self.read(chunk_size)
            if not chunk:
                break
            yield chunk

    def close(self):
        self._raw_stream.close()

