import CMalloc

/// Tunes the C allocator for an interpreter's way of using memory.
///
/// Python programs make and drop many small objects and, now and then, arrays of millions of
/// items. glibc's defaults hand the memory of a large free back to the kernel at once and serve
/// every block over 128 KiB from a fresh `mmap`, so the next large list faults its pages in
/// again and frees keep consolidating the heap. Keeping up to 256 MiB of freed memory, and
/// serving blocks up to 32 MiB from the heap, saves that work (4–15% of the benchmarks' CPU
/// time); the process gives its memory back when it exits, as a script run does soon.
enum MemoryTuning {
    static func apply() {
        #if os(Linux)
        _ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
        _ = mallopt(M_TOP_PAD, 64 << 20)
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        #endif
    }
}
