//! The evaluation harness of newsprint: runs the extractor over corpora of
//! real pages, scores it the way the reference scorers in `../shared/tools`
//! do, and checks the result against the CI quality floors.
//!
//! The `evaluate` binary (`src/main.rs`) is the command-line front end; the
//! modules are a library so that the tests in `tests/` can reach them.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod corpus;
pub mod gate;
pub mod media;
#[allow(clippy::all, missing_docs)]
pub mod pytables;
pub mod pytext;
pub mod scorers;
pub mod wcxb;
