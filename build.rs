//! Generates the parser from `grammar/python.lalrpop` into `$OUT_DIR` (loaded by `src/parser.rs`).

fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop could not build grammar/python.lalrpop");
}
