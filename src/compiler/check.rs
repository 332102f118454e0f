//! The checks outside scope analysis: assignment targets as CPython's parser checks them
//! (`targets`), and the placement rules CPython's code generator enforces (`context`, with
//! `patterns` for `case` patterns and `keys` for the values of mapping-pattern keys).

pub(super) mod context;
mod keys;
mod patterns;
pub(super) mod targets;
