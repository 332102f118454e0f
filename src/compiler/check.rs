//! The checks outside scope analysis: assignment targets as CPython's parser checks them
//! (`targets`), and the placement rules CPython's code generator enforces (`context`).

pub(super) mod context;
pub(super) mod targets;
