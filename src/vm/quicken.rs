//! Quickening: superinstructions for the dispatch loop, as CPython 3.11 makes them (PEP 659's
//! `LOAD_FAST__LOAD_FAST` family). It takes a compiled `CodeObject` once, when the VM loads it,
//! and gives the instruction array the dispatch loop runs: a copy of the compiler's, where the
//! slot of the first instruction of a hot sequence (`LoadFast b; LoadConst 0; Subscr` for
//! `b[0]`, `LoadFast x; LoadFast y; Binary *`, `Compare <; PopJumpIfFalse`...) holds one fused
//! instruction doing the whole sequence's work in one dispatch, without pushing what the next
//! constituent would pop at once.
//!
//! Invariant: the array has the compiler's pc layout. A fused instruction continues after its
//! sequence; the slots it skips keep their own instructions (themselves quickened as starts of
//! their own sequences), so a jump into the middle of a sequence runs the rest of it, and every
//! pc keeps its meaning in the line table and the exception table. When a fused instruction
//! raises, the dispatch loop sets the pc of the constituent that raised, so tracebacks name
//! the right line. A sequence is fused only when one exception handler (or none) covers all of
//! it: an error in any constituent then unwinds to the handler the original would, and values
//! the fused instruction did not push sit above that handler's stack depth anyway (the
//! handler's range covers the sequence's start, where the stack is at least that deep).
//! The compiler's output (and so `--dis` and its snapshots) is untouched.

use crate::bytecode::{CodeObject, Instr};

/// The instructions `run_code` executes for `code`: the same pc layout, plus `EndOfCode` in
/// the slot after the last one (so a fall-through or a jump to the end still reads a slot).
pub fn quicken(code: &CodeObject) -> Box<[Instr]> {
    let instrs = &code.instrs;
    let n = instrs.len();
    let mut quick: Vec<Instr> = instrs.clone();
    // Dispatches from each pc to the end along the fall-through path: choosing, backwards,
    // the fused instruction that leaves the fewest gives the best cover of straight-line code
    // (`LoadFast dt; LoadFast d2; LoadFast d2; LoadConst 0.5; Binary **` becomes two
    // dispatches, where fusing greedily from the left would leave three).
    let mut cost = vec![0u32; n + 1];
    let mut candidates = Vec::new();
    for i in (0..n).rev() {
        let mut best = 1 + cost[i + 1];
        candidates.clear();
        fusions(&instrs[i..], &mut candidates);
        // Longest first: on a tie the earlier (longer, more work fused) candidate stays.
        for &(fused, len) in &candidates {
            if i + len <= n && 1 + cost[i + len] < best && one_handler(code, i, len) {
                best = 1 + cost[i + len];
                quick[i] = fused;
            }
        }
        cost[i] = best;
    }
    quick.push(Instr::EndOfCode);
    quick.into_boxed_slice()
}

/// Whether one handler (or none) covers all of `start..start + len`.
fn one_handler(code: &CodeObject, start: usize, len: usize) -> bool {
    let first = code.handler_for(start);
    (start + 1..start + len).all(|pc| code.handler_for(pc) == first)
}

/// The fused instructions that can replace a sequence starting at `w[0]`, with the sequence's
/// length, longest first.
fn fusions(w: &[Instr], out: &mut Vec<(Instr, usize)>) {
    use Instr::*;
    let binary = |i: Option<&Instr>| match i {
        Some(Binary(op)) => Some((*op, false)),
        Some(Inplace(op)) => Some((*op, true)),
        _ => None,
    };
    let short = |a: u32, c: u32| Some((u16::try_from(a).ok()?, u16::try_from(c).ok()?));
    // The float-loop shapes (n-body's `dx = b[0] - c[0]`, `bm = b[6] * mag`,
    // `b[3] -= dx * cm`): one dispatch each, their operands read in place.
    match w {
        [LoadFast(a), LoadConst(c), DupTwo, Subscr, LoadFast(x), LoadFast(y), Binary(op), Inplace(update), Rot3, StoreSubscr, ..] => {
            if let (Some((a, c)), Some((x, y))) = (short(a.0, c.0), short(x.0, y.0)) {
                let (update, op) = (*update, *op);
                out.push((
                    InplaceSubscrFastFast {
                        update,
                        op,
                        a,
                        c,
                        x,
                        y,
                    },
                    10,
                ));
            }
        }
        [LoadFast(a), LoadConst(c), Subscr, LoadFast(b), LoadConst(d), Subscr, Binary(op), StoreFast(l), ..] => {
            if let (Some((a, c)), Some((b, d)), Some((l, _))) =
                (short(a.0, c.0), short(b.0, d.0), short(l.0, 0))
            {
                let op = *op;
                out.push((SubscrPairStoreFast { op, a, c, b, d, l }, 8));
            }
        }
        [LoadFast(a), LoadConst(c), Subscr, LoadFast(b), Binary(op), StoreFast(l), ..] => {
            if let (Some((a, c)), Some((b, l))) = (short(a.0, c.0), short(b.0, l.0)) {
                let op = *op;
                out.push((SubscrFastStoreFast { op, a, c, b, l }, 6));
            }
        }
        [LoadFast(a), LoadConst(c), DupTwo, Subscr, LoadFast(x), LoadFast(a2), LoadConst(d), Subscr, Binary(op), Inplace(update), Rot3, StoreSubscr, ..]
            if a == a2 =>
        {
            if let (Some((a, c)), Some((x, d))) = (short(a.0, c.0), short(x.0, d.0)) {
                let (update, op) = (*update, *op);
                out.push((
                    InplaceSubscrFastSubscr {
                        update,
                        op,
                        a,
                        c,
                        x,
                        d,
                    },
                    12,
                ));
            }
        }
        [LoadFast(a), LoadFast(b), Binary(op), LoadFast(c), LoadFast(d), Binary(op2), Binary(then), ..] => {
            if let (Some((a, b)), Some((c, d))) = (short(a.0, b.0), short(c.0, d.0)) {
                let (op, op2, then) = (*op, *op2, *then);
                out.push((
                    BinaryQuad {
                        op,
                        op2,
                        then,
                        a,
                        b,
                        c,
                        d,
                    },
                    7,
                ));
            }
        }
        [UnpackSequence(2), StoreFast(a), StoreFast(b), ..] => {
            out.push((UnpackStoreFastFast(*a, *b), 3));
        }
        _ => {}
    }
    match w {
        [LoadFast(a), LoadConst(c), DupTwo, Subscr, ..] => {
            out.push((SubscrFastConstKeep(*a, *c), 4));
        }
        [Inplace(op), Rot3, StoreSubscr, ..] => out.push((InplaceStoreSubscr(*op), 3)),
        _ => {}
    }
    match w {
        [LoadFast(a), LoadConst(c), op, StoreFast(l), ..] => {
            if let (Some((op, inplace)), Some((a, c)), Ok(l)) =
                (binary(Some(op)), short(a.0, c.0), u16::try_from(l.0))
            {
                out.push((
                    BinaryFastConstStoreFast {
                        op,
                        inplace,
                        a,
                        c,
                        l,
                    },
                    4,
                ));
            }
        }
        [LoadFast(a), LoadConst(c), Compare(op), jump @ (PopJumpIfFalse(t) | PopJumpIfTrue(t)), ..] => {
            if let Some((a, c)) = short(a.0, c.0) {
                let (op, target) = (*op, *t);
                let jump_if = matches!(jump, PopJumpIfTrue(_));
                out.push((
                    CompareFastConstJump {
                        op,
                        jump_if,
                        a,
                        c,
                        target,
                    },
                    4,
                ));
            }
        }
        _ => {}
    }
    match w {
        [LoadFast(a), LoadFast(b), rest @ ..] => {
            if let Some((op, inplace)) = binary(rest.first()) {
                let (a, b) = (*a, *b);
                out.push((BinaryFastFast { op, inplace, a, b }, 3));
            }
            match rest.first() {
                Some(Subscr) => out.push((SubscrFastFast(*a, *b), 3)),
                Some(StoreSubscr) => out.push((StoreSubscrFastFast(*a, *b), 3)),
                _ => {}
            }
            out.push((LoadFastLoadFast(*a, *b), 2));
        }
        [LoadFast(a), LoadConst(c), rest @ ..] => {
            if let Some((op, inplace)) = binary(rest.first()) {
                let (a, c) = (*a, *c);
                out.push((BinaryFastConst { op, inplace, a, c }, 3));
            }
            if let Some(Subscr) = rest.first() {
                out.push((SubscrFastConst(*a, *c), 3));
            }
            out.push((LoadFastLoadConst(*a, *c), 2));
        }
        [LoadFast(b), next, ..] => {
            if let Some((op, inplace)) = binary(Some(next)) {
                out.push((BinaryFast { op, inplace, b: *b }, 2));
            }
        }
        [LoadConst(c), LoadFast(a), next, ..] => {
            if let Some((op, inplace)) = binary(Some(next)) {
                let (c, a) = (*c, *a);
                out.push((BinaryConstFast { op, inplace, c, a }, 3));
            }
        }
        [LoadConst(c), next, rest @ ..] => {
            if let Some((op, inplace)) = binary(Some(next)) {
                if let Some(StoreFast(l)) = rest.first() {
                    let (c, l) = (*c, *l);
                    out.push((BinaryConstStoreFast { op, inplace, c, l }, 3));
                }
                out.push((BinaryConst { op, inplace, c: *c }, 2));
            }
        }
        [StoreFast(a), LoadFast(b), ..] => out.push((StoreFastLoadFast(*a, *b), 2)),
        [Compare(op), PopJumpIfFalse(target), ..] => out.push((
            CompareJump {
                op: *op,
                jump_if: false,
                target: *target,
            },
            2,
        )),
        [Compare(op), PopJumpIfTrue(target), ..] => out.push((
            CompareJump {
                op: *op,
                jump_if: true,
                target: *target,
            },
            2,
        )),
        [first, StoreFast(l), ..] => {
            if let Some((op, inplace)) = binary(Some(first)) {
                out.push((BinaryStoreFast { op, inplace, l: *l }, 2));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{BinOp, Label, LocalId};

    fn code_of(src: &str) -> std::rc::Rc<CodeObject> {
        let module = crate::compile(src, "t.py").expect("compiles");
        let function = module.consts.iter().find_map(|c| match c {
            crate::bytecode::Const::Code(c) => Some(c.clone()),
            _ => None,
        });
        function.unwrap_or(module)
    }

    #[test]
    fn keeps_the_pc_layout_and_the_skipped_slots() {
        let code = code_of("def f(b, c):\n    return b[0] - c[0]\n");
        let quick = quicken(&code);
        assert_eq!(quick.len(), code.instrs.len() + 1);
        assert_eq!(quick[code.instrs.len()], Instr::EndOfCode);
        let Instr::LoadConst(zero) = code.instrs[1] else {
            panic!("{:?}", code.instrs)
        };
        assert_eq!(quick[0], Instr::SubscrFastConst(LocalId(0), zero));
        // The skipped slots keep their instructions.
        assert_eq!(quick[1], code.instrs[1]);
        assert_eq!(quick[3], Instr::SubscrFastConst(LocalId(1), zero));
        assert_eq!(
            quick[6],
            code.instrs[6],
            "a lone Binary stays: {:?}",
            &quick[..]
        );
    }

    #[test]
    fn chooses_the_cover_with_fewest_dispatches() {
        let code = code_of("def f(dt, d2):\n    m = dt / (d2 * d2 ** 0.5)\n");
        let quick = quicken(&code);
        assert_eq!(quick[0], Instr::LoadFastLoadFast(LocalId(0), LocalId(1)));
        assert!(matches!(
            quick[2],
            Instr::BinaryFastConst {
                op: BinOp::Pow,
                inplace: false,
                ..
            }
        ));
    }

    #[test]
    fn fuses_the_float_loop_shapes() {
        let code = code_of(
            "def f(ps, k):\n    for b, c in ps:\n        dx = b[0] - c[0]\n        m = b[6] * k\n        b[3] -= dx * m\n",
        );
        let quick = quicken(&code);
        let count = |p: fn(&Instr) -> bool| quick.iter().filter(|i| p(i)).count();
        assert_eq!(count(|i| matches!(i, Instr::UnpackStoreFastFast(..))), 1);
        assert_eq!(
            count(|i| matches!(i, Instr::SubscrPairStoreFast { op: BinOp::Sub, .. })),
            1
        );
        assert_eq!(
            count(|i| matches!(i, Instr::SubscrFastStoreFast { op: BinOp::Mul, .. })),
            1
        );
        let update = |i: &Instr| {
            matches!(
                i,
                Instr::InplaceSubscrFastFast {
                    update: BinOp::Sub,
                    op: BinOp::Mul,
                    ..
                }
            )
        };
        assert_eq!(count(update), 1);
        let code =
            code_of("def f(b, dt, x, y):\n    b[0] += dt * b[3]\n    return x * x + y * y\n");
        let quick = quicken(&code);
        assert!(matches!(
            quick[0],
            Instr::InplaceSubscrFastSubscr {
                update: BinOp::Add,
                op: BinOp::Mul,
                ..
            }
        ));
        assert!(matches!(
            quick[12],
            Instr::BinaryQuad {
                then: BinOp::Add,
                ..
            }
        ));
    }

    #[test]
    fn fuses_compare_and_jump() {
        let code = code_of("def f(n):\n    while n != 1:\n        n -= 1\n");
        let quick = quicken(&code);
        let head = quick.iter().position(|i| {
            matches!(
                i,
                Instr::CompareFastConstJump {
                    jump_if: false,
                    a: 0,
                    ..
                }
            )
        });
        let head = head.expect("the loop test is fused");
        // Its Compare; PopJumpIfFalse slots, reached only by a jump, are fused too.
        assert!(matches!(
            quick[head + 2],
            Instr::CompareJump {
                jump_if: false,
                target: Label(_),
                ..
            }
        ));
    }

    #[test]
    fn a_jump_into_a_fused_sequence_lands_on_the_original_instruction() {
        // The `p` arm jumps to the `LoadConst 0` the `q` arm's `LoadFast q` is fused with.
        let code = code_of("def f(flag, p, q):\n    return (p if flag else q)[0]\n");
        let quick = quicken(&code);
        let fused_at = quick
            .iter()
            .position(|i| matches!(i, Instr::SubscrFastConst(LocalId(2), _)))
            .expect("q[0] is fused");
        let into_middle = code
            .instrs
            .iter()
            .any(|i| *i == Instr::Jump(Label(fused_at as u32 + 1)));
        assert!(into_middle, "{:?}", code.instrs);
        assert!(matches!(quick[fused_at + 1], Instr::LoadConst(_)));
        assert_eq!(quick[fused_at + 2], Instr::Subscr);
    }

    #[test]
    fn does_not_fuse_across_a_handler_boundary() {
        let code = code_of(
            "def f(a, b):\n    x = a\n    try:\n        a + b\n    except E:\n        pass\n",
        );
        let quick = quicken(&code);
        for (pc, i) in quick.iter().enumerate() {
            let len = match i {
                Instr::LoadFastLoadFast(..) | Instr::StoreFastLoadFast(..) => 2,
                Instr::BinaryFastFast { .. } => 3,
                _ => continue,
            };
            assert!(one_handler(&code, pc, len), "{pc}: {i:?}");
        }
    }
}
