use super::*;

#[test]
fn scratch() {
    let src = std::env::var("LEX").unwrap_or_default();
    match dump_tokens(&src) {
        Ok(s) => println!("{s}"),
        Err(e) => println!("{e:?}"),
    }
}
