fn main() {
    println!("weft {}", env!("CARGO_PKG_VERSION"));
}
