//! Tests for the checks and scope analysis.
