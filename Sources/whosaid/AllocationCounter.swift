import Foundation
import Synchronization

/// Counts heap allocations (`malloc`, `realloc`, `memalign`: every array, string, dictionary,
/// set and class instance the Swift runtime makes, and every C allocation), for `whosaid bench`'s
/// allocations per article.
///
/// Glibc calls allocation hooks only in its debugging allocator, which a process loads before
/// any other library (`LD_PRELOAD=libc_malloc_debug.so.0`); ``install()`` puts counting hooks
/// there, each passing the call on to Glibc's own allocator. Without that library nothing is
/// counted (``isAvailable`` is false). The count is of all threads.
///
/// ```sh
/// LD_PRELOAD=libc_malloc_debug.so.0 whosaid bench --jobs 1 dump.jsonl
/// ```
enum AllocationCounter {
  typealias Malloc = @convention(c) (Int, UnsafeRawPointer?) -> UnsafeMutableRawPointer?
  typealias Realloc = @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeRawPointer?) -> UnsafeMutableRawPointer?
  typealias Memalign = @convention(c) (Int, Int, UnsafeRawPointer?) -> UnsafeMutableRawPointer?
  typealias LibcMalloc = @convention(c) (Int) -> UnsafeMutableRawPointer?
  typealias LibcRealloc = @convention(c) (UnsafeMutableRawPointer?, Int) -> UnsafeMutableRawPointer?
  typealias LibcMemalign = @convention(c) (Int, Int) -> UnsafeMutableRawPointer?

  /// The debugging allocator whose hooks count.
  static let library = "libc_malloc_debug.so.0"

  /// Whether the debugging allocator is loaded (so that hooks are called).
  static let isAvailable: Bool = dlopen(library, RTLD_NOW | RTLD_NOLOAD) != nil

  fileprivate static let counter = Atomic<Int>(0)
  private static let installed = Mutex(false)
  fileprivate static let libcMalloc = unsafeBitCast(symbol("__libc_malloc"), to: LibcMalloc.self)
  fileprivate static let libcRealloc = unsafeBitCast(symbol("__libc_realloc"), to: LibcRealloc.self)
  fileprivate static let libcMemalign = unsafeBitCast(symbol("__libc_memalign"), to: LibcMemalign.self)

  typealias VersionedSymbol = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>, UnsafePointer<CChar>) -> UnsafeMutableRawPointer?

  /// A hook variable of the debugging allocator (kept for old binaries only, so under its old
  /// symbol version, which `dlsym` does not find: `dlvsym` does).
  private static func hookVariable(_ handle: UnsafeMutableRawPointer, _ name: String) -> UnsafeMutableRawPointer? {
    guard let dlvsym = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "dlvsym") else { return nil }
    return unsafeBitCast(dlvsym, to: VersionedSymbol.self)(handle, name, "GLIBC_2.2.5")
  }

  private static func symbol(_ name: String) -> UnsafeMutableRawPointer {
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) ?? UnsafeMutableRawPointer(bitPattern: 1)!
  }

  /// Starts counting (idempotent); false when allocations cannot be counted here.
  @discardableResult
  static func install() -> Bool {
    guard isAvailable, let handle = dlopen(library, RTLD_NOW | RTLD_NOLOAD),
      let mallocHook = hookVariable(handle, "__malloc_hook"), let reallocHook = hookVariable(handle, "__realloc_hook"),
      let memalignHook = hookVariable(handle, "__memalign_hook"),
      dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__libc_malloc") != nil,
      dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__libc_realloc") != nil,
      dlsym(UnsafeMutableRawPointer(bitPattern: 0), "__libc_memalign") != nil
    else { return false }
    // Everything the hooks use exists before they do.
    _ = (counter.load(ordering: .relaxed), libcMalloc, libcRealloc, libcMemalign)
    installed.withLock { done in
      if !done {
        mallocHook.assumingMemoryBound(to: Malloc?.self).pointee = countingMalloc
        reallocHook.assumingMemoryBound(to: Realloc?.self).pointee = countingRealloc
        memalignHook.assumingMemoryBound(to: Memalign?.self).pointee = countingMemalign
        done = true
      }
    }
    return true
  }

  /// Allocations counted since ``install()`` (0 before).
  static var count: Int { counter.load(ordering: .relaxed) }
}

// The hooks: count, then allocate with Glibc's allocator (which calls no hook).
private func countingMalloc(_ size: Int, _ caller: UnsafeRawPointer?) -> UnsafeMutableRawPointer? {
  AllocationCounter.counter.add(1, ordering: .relaxed)
  return AllocationCounter.libcMalloc(size)
}

private func countingRealloc(_ p: UnsafeMutableRawPointer?, _ size: Int, _ caller: UnsafeRawPointer?) -> UnsafeMutableRawPointer? {
  AllocationCounter.counter.add(1, ordering: .relaxed)
  return AllocationCounter.libcRealloc(p, size)
}

private func countingMemalign(_ alignment: Int, _ size: Int, _ caller: UnsafeRawPointer?) -> UnsafeMutableRawPointer? {
  AllocationCounter.counter.add(1, ordering: .relaxed)
  return AllocationCounter.libcMemalign(alignment, size)
}
