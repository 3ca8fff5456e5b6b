// glibc's allocator settings (mallopt), part of the C library itself.
#if defined(__linux__)
#include <malloc.h>
#endif
