//! `Pool`: the `weft` binary's global allocator. Small blocks (up to `MAX_SMALL` bytes, the
//! interpreter's `Rc<Str>`s, list nodes, frames' small vectors) come from per-thread free
//! lists, one per 8-byte size class, refilled by carving 64 KiB slabs taken from the system
//! allocator; everything larger or more aligned goes to the system allocator (glibc).
//!
//! Why: a program that makes hundreds of thousands of short strings and frees them later
//! spent ~10% of its instructions in glibc's `malloc`/`free` (~120 instructions a call once
//! its per-thread cache of 7 chunks a size overflows, plus `malloc_consolidate`). Here an
//! allocation or a free is a pop or a push on a singly linked list. A block also takes its
//! exact class size (a 40-byte `Rc<Str>` takes 40 bytes, glibc's chunk 48), so peak memory
//! does not grow for programs of small objects. CPython's pymalloc works the same way.
//!
//! Invariants: a block's class is a function of its `Layout` alone (`class_of`), and Rust
//! hands `dealloc`/`realloc` the layout the block was allocated with, so a block always goes
//! back to the list it came from (or to the system allocator, if it came from there). A free
//! block's first word links to the next free block of its class. Each thread has its own
//! lists, touched only by that thread: a block freed by another thread than the one that made
//! it joins the freeing thread's list, which is sound because a block belongs to no thread,
//! only to its class. Slabs are never returned (as glibc keeps its heap below the top); a
//! thread's lists are lost when it ends, which leaks at most what it had freed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::ptr;

/// Size classes are multiples of this; it is also the alignment every small block has.
const GRAIN: usize = 8;
/// The largest block served from the lists (CPython's pymalloc stops at 512 too).
const MAX_SMALL: usize = 512;
const CLASSES: usize = MAX_SMALL / GRAIN;
/// What a refill takes from the system allocator (below glibc's mmap threshold).
const SLAB: usize = 64 * 1024;

struct Heap {
    /// The first free block of each class (null: none).
    free: [*mut u8; CLASSES],
    /// The unused rest of the newest slab: `[next, end)`.
    next: *mut u8,
    end: *mut u8,
}

thread_local! {
    // `const` and without `Drop`: no lazy initialisation or destructor registration, so the
    // allocator never allocates to reach its own state and the state is usable until the
    // thread's very end.
    static HEAP: UnsafeCell<Heap> = const {
        UnsafeCell::new(Heap {
            free: [ptr::null_mut(); CLASSES],
            next: ptr::null_mut(),
            end: ptr::null_mut(),
        })
    };
}

/// The class index for a layout, or `None` for the system allocator.
#[inline(always)]
fn class_of(layout: &Layout) -> Option<usize> {
    let size = layout.size();
    if size <= MAX_SMALL && layout.align() <= GRAIN && size != 0 {
        Some((size - 1) / GRAIN)
    } else {
        None
    }
}

pub struct Pool;

impl Heap {
    /// A block of class `c`: the head of its list, else carved from the slab.
    #[inline(always)]
    fn take(&mut self, c: usize) -> *mut u8 {
        let p = self.free[c];
        if !p.is_null() {
            // SAFETY: `p` is a free block of class `c` (at least 8 bytes, 8-aligned); its
            // first word is the link `give` wrote.
            self.free[c] = unsafe { *(p as *mut *mut u8) };
            return p;
        }
        self.carve((c + 1) * GRAIN)
    }

    #[inline(never)]
    fn carve(&mut self, size: usize) -> *mut u8 {
        if (self.end as usize) - (self.next as usize) < size {
            // A new slab; the few bytes left in the old one (less than `MAX_SMALL`) are
            // given up.
            // SAFETY: a non-zero size and a valid alignment.
            let slab = unsafe { System.alloc(Layout::from_size_align_unchecked(SLAB, GRAIN)) };
            if slab.is_null() {
                return slab;
            }
            self.next = slab;
            // SAFETY: one past the end of the slab just allocated.
            self.end = unsafe { slab.add(SLAB) };
        }
        let p = self.next;
        // SAFETY: `size <= end - next`, checked or just made so above.
        self.next = unsafe { p.add(size) };
        p
    }

    /// Puts block `p` of class `c` back on its list.
    #[inline(always)]
    fn give(&mut self, p: *mut u8, c: usize) {
        // SAFETY: `p` is a block of class `c` its owner has given up: at least 8 bytes,
        // 8-aligned, ours to overwrite.
        unsafe { *(p as *mut *mut u8) = self.free[c] };
        self.free[c] = p;
    }
}

/// Runs `f` on this thread's heap.
#[inline(always)]
fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    // SAFETY: the heap is this thread's alone, and `f` (the functions above) neither
    // allocates nor calls back into the allocator, so no other reference to it exists
    // while `f` runs.
    HEAP.with(|h| f(unsafe { &mut *h.get() }))
}

// SAFETY: every block returned is valid for `layout` (a small block is a whole class-size
// piece of a slab, 8-aligned, not handed out again until it is freed; larger ones are the
// system allocator's), and a block comes back to where it came from (see the invariants).
// `alloc` and `dealloc` stay calls, as glibc's were: inlined into the dispatch loop they
// changed its register allocation and cost core_fib, which allocates nothing, 2%.
unsafe impl GlobalAlloc for Pool {
    #[inline(never)]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        match class_of(&layout) {
            Some(c) => with_heap(|h| h.take(c)),
            None => System.alloc(layout),
        }
    }

    #[inline(never)]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        match class_of(&layout) {
            Some(c) => with_heap(|h| h.give(p, c)),
            None => System.dealloc(p, layout),
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        match class_of(&layout) {
            Some(_) => {
                // A recycled block holds old bytes.
                let p = self.alloc(layout);
                if !p.is_null() {
                    ptr::write_bytes(p, 0, layout.size());
                }
                p
            }
            None => System.alloc_zeroed(layout),
        }
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (class_of(&layout), class_of(&new_layout)) {
            (Some(a), Some(b)) if a == b => p,
            (None, None) => System.realloc(p, layout, new_size),
            _ => {
                let q = self.alloc(new_layout);
                if !q.is_null() {
                    ptr::copy_nonoverlapping(p, q, layout.size().min(new_size));
                    self.dealloc(p, layout);
                }
                q
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_are_reused_by_class_and_keep_their_contents() {
        let pool = Pool;
        let l40 = Layout::from_size_align(40, 8).unwrap();
        let l16 = Layout::from_size_align(16, 8).unwrap();
        unsafe {
            let a = pool.alloc(l40);
            let b = pool.alloc(l40);
            assert!(!a.is_null() && a != b && (a as usize).is_multiple_of(8));
            ptr::write_bytes(a, 0xab, 40);
            ptr::write_bytes(b, 0xcd, 40);
            assert_eq!(*a.add(39), 0xab);
            pool.dealloc(a, l40);
            // The last freed block of a class is the next one handed out; another class
            // does not take it.
            let c = pool.alloc(l16);
            assert_ne!(c, a);
            assert_eq!(pool.alloc(l40), a);
            assert_eq!(*b.add(39), 0xcd);
            // Zeroed memory is zero even when recycled.
            ptr::write_bytes(c, 0xff, 16);
            pool.dealloc(c, l16);
            let z = pool.alloc_zeroed(l16);
            assert_eq!(std::slice::from_raw_parts(z, 16), &[0u8; 16]);
            pool.dealloc(z, l16);
            pool.dealloc(a, l40);
            pool.dealloc(b, l40);
        }
    }

    #[test]
    fn realloc_moves_between_classes_and_to_the_system_allocator() {
        let pool = Pool;
        let small = Layout::from_size_align(24, 8).unwrap();
        unsafe {
            let p = pool.alloc(small);
            for i in 0..24 {
                *p.add(i) = i as u8;
            }
            // Same class: the same block.
            assert_eq!(pool.realloc(p, small, 20), p);
            let q = pool.realloc(p, small, 200);
            let big = pool.realloc(q, Layout::from_size_align(200, 8).unwrap(), 4000);
            for i in 0..24 {
                assert_eq!(*big.add(i), i as u8);
            }
            let back = pool.realloc(big, Layout::from_size_align(4000, 8).unwrap(), 8);
            assert_eq!(
                std::slice::from_raw_parts(back, 8),
                &[0, 1, 2, 3, 4, 5, 6, 7]
            );
            pool.dealloc(back, Layout::from_size_align(8, 8).unwrap());
            // Over-aligned layouts go to the system allocator.
            let al = Layout::from_size_align(32, 64).unwrap();
            let a = pool.alloc(al);
            assert!((a as usize).is_multiple_of(64));
            pool.dealloc(a, al);
        }
    }

    #[test]
    fn slabs_are_refilled_across_many_blocks() {
        let pool = Pool;
        let l = Layout::from_size_align(MAX_SMALL, 8).unwrap();
        unsafe {
            let blocks: Vec<*mut u8> = (0..1000).map(|_| pool.alloc(l)).collect();
            for (i, &b) in blocks.iter().enumerate() {
                ptr::write_bytes(b, i as u8, MAX_SMALL);
            }
            for (i, &b) in blocks.iter().enumerate() {
                assert!(*b == i as u8 && *b.add(MAX_SMALL - 1) == i as u8);
            }
            for b in blocks {
                pool.dealloc(b, l);
            }
        }
    }
}
