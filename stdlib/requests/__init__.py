"""A stand-in for requests: step scripts that import it run, but Pipebook runs offline, so
every request raises ConnectionError saying there is no network."""


class RequestException(IOError):
    pass


class ConnectionError(RequestException):
    pass


class HTTPError(RequestException):
    pass


class Timeout(RequestException):
    pass


class exceptions:
    RequestException = RequestException
    ConnectionError = ConnectionError
    HTTPError = HTTPError
    Timeout = Timeout


def request(method, url, **kwargs):
    raise ConnectionError("Pipebook runs offline: there is no network for %s %s" % (method.upper(), url))


def get(url, params=None, **kwargs): return request("get", url)
def post(url, data=None, json=None, **kwargs): return request("post", url)
def put(url, data=None, **kwargs): return request("put", url)
def delete(url, **kwargs): return request("delete", url)
def head(url, **kwargs): return request("head", url)
def patch(url, data=None, **kwargs): return request("patch", url)


class Session:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def request(self, method, url, **kwargs):
        return request(method, url)

    def get(self, url, **kwargs): return request("get", url)
    def post(self, url, **kwargs): return request("post", url)
